import type { UnitLevel } from '@partrack/contracts';
import { eq, sql } from 'drizzle-orm';
import { type Db, executeRows } from '../../db/database';
import { importBatches, units } from '../../db/schema';
import { unitSubtree } from '../units/units.repository';

export type ImportUnitRow = {
  id: string;
  name: string;
  shortName: string;
  code: string | null;
  level: UnitLevel;
  validFrom: string | null;
  validTo: string | null;
};

/** One imported count, keyed for the upsert. */
export type ImportedFigure = {
  unitId: string;
  indicator: string;
  tier: UnitLevel | null;
  periodStart: string;
  periodEnd: string;
  value: number;
  /** The spreadsheet row it came from. */
  position: number;
};

export const IMPORT_SOURCE = 'one_stop_import';

/** The upsert key: one figure per source, unit, indicator, tier and period (docs/decisions/018). */
export const importKeyOf = (figure: Omit<ImportedFigure, 'value' | 'position'>) =>
  [IMPORT_SOURCE, figure.unitId, figure.indicator, figure.tier ?? '', figure.periodStart, figure.periodEnd].join('|');

export function createDossierStatsRepository(db: Db) {
  return {
    async listUnits(tx: Db = db): Promise<ImportUnitRow[]> {
      return tx
        .select({
          id: units.id,
          name: units.name,
          shortName: units.shortName,
          code: units.code,
          level: units.level,
          validFrom: units.validFrom,
          validTo: units.validTo,
        })
        .from(units);
    },

    async subtreeIds(rootId: string, tx: Db = db): Promise<Set<string>> {
      const rows = await executeRows<{ id: string }>(
        tx,
        sql`SELECT s.unit_id::text AS id FROM ${unitSubtree(rootId)} AS s`,
      );
      return new Set(rows.map((row) => row.id));
    },

    async createBatch(tx: Db, batch: { kind: string; fileName: string; importedBy: string }): Promise<string> {
      const [row] = await tx.insert(importBatches).values(batch).returning({ id: importBatches.id });
      if (!row) throw new Error('import batch not created');
      return row.id;
    },

    async finishBatch(
      tx: Db,
      id: string,
      counts: { rowCount: number; figuresCreated: number; figuresUpdated: number },
    ): Promise<void> {
      await tx.update(importBatches).set(counts).where(eq(importBatches.id, id));
    },

    /**
     * Inserts the figures, or updates the stored one with the same key when its value differs: a
     * re-import never adds a second figure. The rows travel as one JSON parameter (any batch size,
     * the same on both drivers). `xmax = 0` tells a fresh row from an updated one.
     */
    async upsertFigures(
      tx: Db,
      batchId: string,
      figures: ImportedFigure[],
    ): Promise<{ created: number; updated: number }> {
      if (figures.length === 0) return { created: 0, updated: 0 };
      const rows = figures.map((figure) => ({
        k: importKeyOf(figure),
        p: figure.position,
        u: figure.unitId,
        i: figure.indicator,
        t: figure.tier,
        s: figure.periodStart,
        e: figure.periodEnd,
        v: figure.value,
      }));
      const result = await executeRows<{ inserted: boolean }>(
        tx,
        sql`
        INSERT INTO figures (source, import_batch_id, import_key, position, unit_id, indicator, tier, period_start, period_end, value)
        SELECT ${IMPORT_SOURCE}::figure_source, ${batchId}::uuid, r.k, r.p, r.u, r.i, r.t::unit_level, r.s, r.e, r.v
          FROM json_to_recordset(${JSON.stringify(rows)}::json)
            AS r(k text, p int, u uuid, i text, t text, s date, e date, v float8)
        ON CONFLICT (import_key) DO UPDATE
           SET value = excluded.value, import_batch_id = excluded.import_batch_id, position = excluded.position
         WHERE figures.value IS DISTINCT FROM excluded.value
        RETURNING (xmax = 0) AS inserted`,
      );
      const created = result.filter((row) => row.inserted).length;
      return { created, updated: result.length - created };
    },
  };
}

export type DossierStatsRepository = ReturnType<typeof createDossierStatsRepository>;
