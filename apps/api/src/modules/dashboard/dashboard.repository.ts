import { type DirectiveBucket, dossierIndicators, type Indicator, type UnitLevel } from '@partrack/contracts';
import { and, asc, eq, gte, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import { type Db, executeRows } from '../../db/database';
import { directives, figures, inspectionSites, inspections, units } from '../../db/schema';
import { bucketCondition } from '../directives/directives.repository';
import { unitSubtree } from '../units/units.repository';

/** An inclusive period; null ends are open. */
export type Period = { from: string | null; to: string | null };

/** The units a per-unit view lists: one level, in a subtree, existing at some time in the period. */
export type ListedUnitsFilter = Period & { level: UnitLevel; referenceId: string | null };

export type DashboardUnitRow = {
  id: string;
  name: string;
  shortName: string;
  level: UnitLevel;
  parentId: string | null;
  validFrom: string | null;
  validTo: string | null;
};

/**
 * One indicator of one unit, tier and period: the imported one-stop figure when there is one, else the
 * value of the most recent inspection that reported it.
 */
export type FigureValueRow = {
  unitId: string;
  tier: UnitLevel | null;
  periodStart: string | null;
  periodEnd: string;
  indicator: Indicator;
  value: number;
  figureId: string;
  /** Null for a figure imported from a one-stop system's statistics. */
  inspectionId: string | null;
};

export type DirectiveTotalsRow = Record<DirectiveBucket, number> & {
  assigned: number;
  meanDaysToClose: number | null;
  inspectionIds: string[];
};

export type FigureFilter = Period & {
  /** Whose figures: the units listed, or one unit. */
  units: { listed: ListedUnitsFilter } | { unitId: string };
  indicators: readonly Indicator[];
  tier?: UnitLevel | undefined;
  /** Only figures of inspections the caller may read (inspected unit in this subtree). */
  scopeId: string | null;
};

const unitColumns = {
  id: units.id,
  name: units.name,
  shortName: units.shortName,
  level: units.level,
  parentId: units.parentId,
  validFrom: units.validFrom,
  validTo: units.validTo,
};

function listedUnitsCondition(filter: ListedUnitsFilter): SQL | undefined {
  return and(
    eq(units.level, filter.level),
    filter.referenceId ? sql`${units.id} IN ${unitSubtree(filter.referenceId)}` : undefined,
    // Existed at some time in the period: districts until 30/06/2025, communes of the reform after.
    filter.to ? or(isNull(units.validFrom), lte(units.validFrom, filter.to)) : undefined,
    filter.from ? or(isNull(units.validTo), gte(units.validTo, filter.from)) : undefined,
  );
}

/** The ids of the units listed, as a subquery. */
const listedUnitIds = (filter: ListedUnitsFilter) =>
  sql`(SELECT ${units.id} FROM ${units} WHERE ${listedUnitsCondition(filter)})`;

/** Each listed unit with itself and every unit below it: directives and visits roll up to the row. */
const unitTree = (filter: ListedUnitsFilter) => sql`
  tree AS (
    SELECT id AS row_id, id AS unit_id, 0 AS depth FROM ${units} WHERE id IN ${listedUnitIds(filter)}
    UNION ALL
    SELECT tree.row_id, child.id, tree.depth + 1 FROM ${units} child JOIN tree ON child.parent_id = tree.unit_id
     WHERE tree.depth < 20
  )`;

const inPeriod = (column: typeof inspections.date | typeof figures.periodEnd, period: Period) =>
  and(period.from ? gte(column, period.from) : undefined, period.to ? lte(column, period.to) : undefined);

/** An imported figure, or one of an inspection that is not deleted (figures LEFT JOIN inspections). */
const liveFigure = sql`(${figures.inspectionId} IS NULL OR ${inspections.deletedAt} IS NULL)`;

/** Readable in a scope: an inspection's figure by the inspected unit, an imported one by its own unit. */
const figureInScope = (scopeId: string) =>
  sql`coalesce(${inspections.unitId}, ${figures.unitId}) IN ${unitSubtree(scopeId)}`;

/**
 * An inspection's dossier count is superseded when a one-stop import holds dossier counts for the
 * same unit, tier and period (the same start and end).
 */
const dossierIndicatorList = sql.join(
  dossierIndicators.map((indicator) => sql`${indicator}`),
  sql`, `,
);
const notSupersededByImport = sql`NOT (
  ${figures.source} = 'inspection' AND ${figures.indicator} IN (${dossierIndicatorList})
  AND EXISTS (
    SELECT 1 FROM figures imported
     WHERE imported.source = 'one_stop_import'
       AND imported.unit_id = ${figures.unitId}
       AND imported.tier IS NOT DISTINCT FROM ${figures.tier}
       AND imported.period_start IS NOT DISTINCT FROM ${figures.periodStart}
       AND imported.period_end = ${figures.periodEnd}
       AND imported.indicator IN (${dossierIndicatorList})
  ))`;

/** The four buckets as of today, the days to close and the inspections behind them, as aggregates. */
const totalsColumns = (today: string) => sql`
  count(*)::int AS "assigned",
  (count(*) FILTER (WHERE ${bucketCondition('done_on_time', today)}))::int AS "done_on_time",
  (count(*) FILTER (WHERE ${bucketCondition('done_late', today)}))::int AS "done_late",
  (count(*) FILTER (WHERE ${bucketCondition('open_within_deadline', today)}))::int AS "open_within_deadline",
  (count(*) FILTER (WHERE ${bucketCondition('open_overdue', today)}))::int AS "open_overdue",
  (avg(${directives.completedOn} - ${inspections.date}) FILTER (WHERE ${directives.completedOn} IS NOT NULL))::float8
    AS "meanDaysToClose",
  array_agg(DISTINCT ${inspections.id}::text) AS "inspectionIds"`;

/**
 * The dashboard's SQL: every number is aggregated in the database (GROUP BY over indexed columns:
 * figures by unit, indicator and period end; directives by lead unit; inspections by unit and date).
 */
export function createDashboardRepository(db: Db) {
  return {
    async findUnit(id: string, tx: Db = db): Promise<DashboardUnitRow | undefined> {
      const [row] = await tx.select(unitColumns).from(units).where(eq(units.id, id));
      return row;
    },

    async listedUnits(filter: ListedUnitsFilter, tx: Db = db): Promise<DashboardUnitRow[]> {
      return tx
        .select(unitColumns)
        .from(units)
        .where(listedUnitsCondition(filter))
        .orderBy(asc(units.sortName), asc(units.id));
    },

    /**
     * The figures of the units' own reports whose period ends (or "as of" date falls) in the period.
     * The same figure reported by two inspections counts once: the most recent inspection's value.
     * Imported one-stop statistics take precedence (docs/decisions/018-dossier-stats-import.md): where
     * an import holds dossier counts for a unit, tier and period, no inspection's dossier count for the
     * same unit, tier and period is read, so the two sources are never mixed or added up.
     */
    async figureValues(filter: FigureFilter, tx: Db = db): Promise<FigureValueRow[]> {
      const latestFirst = sql`ORDER BY ${inspections.date} DESC, ${inspections.createdAt} DESC, ${figures.position}`;
      const unitCondition =
        'listed' in filter.units
          ? sql`${figures.unitId} IN ${listedUnitIds(filter.units.listed)}`
          : eq(figures.unitId, filter.units.unitId);
      return executeRows<FigureValueRow>(
        tx,
        sql`
        SELECT ${figures.unitId}::text AS "unitId", ${figures.tier} AS "tier",
               ${figures.periodStart}::text AS "periodStart", ${figures.periodEnd}::text AS "periodEnd",
               ${figures.indicator} AS "indicator",
               (array_agg(${figures.value} ${latestFirst}))[1] AS "value",
               (array_agg(${figures.id}::text ${latestFirst}))[1] AS "figureId",
               (array_agg(${figures.inspectionId}::text ${latestFirst}))[1] AS "inspectionId"
          FROM ${figures} LEFT JOIN ${inspections} ON ${inspections.id} = ${figures.inspectionId}
         WHERE ${and(
           liveFigure,
           unitCondition,
           inArray(figures.indicator, [...filter.indicators]),
           inPeriod(figures.periodEnd, filter),
           filter.tier ? eq(figures.tier, filter.tier) : undefined,
           filter.scopeId ? figureInScope(filter.scopeId) : undefined,
           notSupersededByImport,
         )}
         GROUP BY ${figures.unitId}, ${figures.tier}, ${figures.periodStart}, ${figures.periodEnd}, ${figures.indicator}`,
      );
    },

    /** The first and last period end of a unit's figures of these indicators. */
    async figureSpan(
      filter: Omit<FigureFilter, 'units' | 'from' | 'to'> & { unitId: string },
      tx: Db = db,
    ): Promise<{ first: string | null; last: string | null }> {
      const [row] = await executeRows<{ first: string | null; last: string | null }>(
        tx,
        sql`
        SELECT min(${figures.periodEnd})::text AS "first", max(${figures.periodEnd})::text AS "last"
          FROM ${figures} LEFT JOIN ${inspections} ON ${inspections.id} = ${figures.inspectionId}
         WHERE ${and(
           liveFigure,
           eq(figures.unitId, filter.unitId),
           inArray(figures.indicator, [...filter.indicators]),
           filter.tier ? eq(figures.tier, filter.tier) : undefined,
           filter.scopeId ? figureInScope(filter.scopeId) : undefined,
         )}`,
      );
      return { first: row?.first ?? null, last: row?.last ?? null };
    },

    /**
     * Per listed unit: the directives given at inspections dated in the period and led by the unit or
     * a unit below it, by bucket as of today. Units without any are absent.
     */
    async directiveTotalsByUnit(
      filter: ListedUnitsFilter,
      today: string,
      tx: Db = db,
    ): Promise<(DirectiveTotalsRow & { unitId: string })[]> {
      return executeRows(
        tx,
        sql`
        WITH RECURSIVE ${unitTree(filter)}
        SELECT tree.row_id::text AS "unitId", ${totalsColumns(today)}
          FROM tree
          JOIN ${directives} ON ${directives.leadUnitId} = tree.unit_id
          JOIN ${inspections} ON ${inspections.id} = ${directives.inspectionId}
         WHERE ${and(isNull(inspections.deletedAt), inPeriod(inspections.date, filter))}
         GROUP BY tree.row_id`,
      );
    },

    /** The same totals over a whole subtree (null: every unit). */
    async directiveTotals(
      referenceId: string | null,
      period: Period,
      today: string,
      tx: Db = db,
    ): Promise<DirectiveTotalsRow | undefined> {
      const [row] = await executeRows<DirectiveTotalsRow>(
        tx,
        sql`
        SELECT ${totalsColumns(today)}
          FROM ${directives}
          JOIN ${inspections} ON ${inspections.id} = ${directives.inspectionId}
         WHERE ${and(
           isNull(inspections.deletedAt),
           inPeriod(inspections.date, period),
           referenceId ? sql`${directives.leadUnitId} IN ${unitSubtree(referenceId)}` : undefined,
         )}`,
      );
      return row && row.assigned > 0 ? row : undefined;
    },

    /** Inspections dated in the period of units in the subtree (null: every unit). */
    async countInspections(referenceId: string | null, period: Period, tx: Db = db): Promise<number> {
      const [row] = await executeRows<{ count: number }>(
        tx,
        sql`
        SELECT count(*)::int AS "count" FROM ${inspections}
         WHERE ${and(
           isNull(inspections.deletedAt),
           inPeriod(inspections.date, period),
           referenceId ? sql`${inspections.unitId} IN ${unitSubtree(referenceId)}` : undefined,
         )}`,
      );
      return row?.count ?? 0;
    },

    /** The listed units that an inspection dated in the period visited: inspected, a site, or below. */
    async visitedUnitIds(filter: ListedUnitsFilter, tx: Db = db): Promise<Set<string>> {
      const live = and(isNull(inspections.deletedAt), inPeriod(inspections.date, filter));
      const rows = await executeRows<{ unitId: string }>(
        tx,
        sql`
        WITH RECURSIVE ${unitTree(filter)},
        visited AS (
          SELECT ${inspections.unitId} AS unit_id FROM ${inspections} WHERE ${live}
          UNION
          SELECT ${inspectionSites.unitId} FROM ${inspectionSites}
            JOIN ${inspections} ON ${inspections.id} = ${inspectionSites.inspectionId} WHERE ${live}
        )
        SELECT DISTINCT tree.row_id::text AS "unitId" FROM tree JOIN visited ON visited.unit_id = tree.unit_id`,
      );
      return new Set(rows.map((row) => row.unitId));
    },
  };
}

export type DashboardRepository = ReturnType<typeof createDashboardRepository>;
