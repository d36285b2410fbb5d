import {
  foldSearchText,
  type ListUnitsQuery,
  ROOT_PARENT,
  toSearchDocument,
  type UnitLevel,
} from '@partrack/contracts';
import { and, asc, eq, gte, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type Db, executeRows, inOrder } from '../../db/database';
import { unitAncestors, unitSuccessions, units } from '../../db/schema';
import { matchesSearch } from '../../db/search';

export type UnitRow = typeof units.$inferSelect;
export type UnitRefRow = Pick<UnitRow, 'id' | 'name' | 'level'>;
export type UnitRowWithChildCount = UnitRow & { childCount: number; parent: UnitRefRow | null };
export type SuccessionRow = { unit: UnitRefRow; effectiveOn: string; note: string | null };

export type NewUnit = {
  id?: string;
  name: string;
  shortName: string;
  level: UnitLevel;
  parentId?: string | null;
  code?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
};

function validOnCondition(date: string): SQL | undefined {
  return and(
    or(isNull(units.validFrom), lte(units.validFrom, date)),
    or(isNull(units.validTo), gte(units.validTo, date)),
  );
}

/**
 * The ids of a unit and all its descendants, as a subquery: `column IN ${unitSubtree(id)}`. One index
 * range of the ancestor table, which the database keeps current (migration 0008).
 */
export function unitSubtree(rootId: string): SQL {
  return sql`(SELECT ${unitAncestors.unitId} FROM ${unitAncestors} WHERE ${unitAncestors.ancestorId} = ${rootId})`;
}

/** Children of the outer row (optionally only those valid on a date), as a correlated subquery. */
function childCountOf(validOn?: string) {
  const validity = validOn
    ? sql` AND (child.valid_from IS NULL OR child.valid_from <= ${validOn}) AND (child.valid_to IS NULL OR child.valid_to >= ${validOn})`
    : sql``;
  // Spelled out: drizzle writes a lone column unqualified, which would bind to `child` here.
  return sql<number>`(SELECT count(*)::int FROM ${units} AS child WHERE child.parent_id = "units"."id"${validity})`;
}

const parentUnit = alias(units, 'parent_unit');
const parentRef = { id: parentUnit.id, name: parentUnit.name, level: parentUnit.level };

export function createUnitsRepository(db: Db) {
  function filtersOf(query: Omit<ListUnitsQuery, 'page' | 'pageSize'>): SQL | undefined {
    const conditions: (SQL | undefined)[] = [];
    if (query.level) conditions.push(eq(units.level, query.level));
    if (query.parentId === ROOT_PARENT) conditions.push(isNull(units.parentId));
    else if (query.parentId) conditions.push(eq(units.parentId, query.parentId));
    if (query.validOn) conditions.push(validOnCondition(query.validOn));
    if (query.q !== undefined) conditions.push(matchesSearch({ vector: units.searchVector }, query.q));
    return and(...conditions);
  }

  return {
    async list(query: ListUnitsQuery, tx: Db = db): Promise<{ rows: UnitRowWithChildCount[]; total: number }> {
      const where = filtersOf(query);
      const [rows, counted] = await inOrder([
        tx
          .select({ unit: units, parent: parentRef, childCount: childCountOf(query.validOn) })
          .from(units)
          .leftJoin(parentUnit, eq(parentUnit.id, units.parentId))
          .where(where)
          .orderBy(asc(units.level), asc(units.sortName), asc(units.id))
          .limit(query.pageSize)
          .offset((query.page - 1) * query.pageSize),
        tx.select({ total: sql<number>`count(*)::int` }).from(units).where(where),
      ]);
      return {
        rows: rows.map((row) => ({ ...row.unit, parent: row.parent, childCount: row.childCount })),
        total: counted[0]?.total ?? 0,
      };
    },

    async findById(id: string, tx: Db = db): Promise<UnitRowWithChildCount | undefined> {
      const [row] = await tx
        .select({ unit: units, parent: parentRef, childCount: childCountOf() })
        .from(units)
        .leftJoin(parentUnit, eq(parentUnit.id, units.parentId))
        .where(eq(units.id, id));
      return row ? { ...row.unit, parent: row.parent, childCount: row.childCount } : undefined;
    },

    /** The chain of parents, root first. */
    async findAncestors(id: string, tx: Db = db): Promise<UnitRefRow[]> {
      const rows = await executeRows<UnitRefRow & { depth: number }>(
        tx,
        sql`
        WITH RECURSIVE chain AS (
          SELECT p.id, p.name, p.level, p.parent_id, 1 AS depth
            FROM ${units} u JOIN ${units} p ON p.id = u.parent_id
           WHERE u.id = ${id}
          UNION ALL
          SELECT p.id, p.name, p.level, p.parent_id, chain.depth + 1
            FROM chain JOIN ${units} p ON p.id = chain.parent_id
           WHERE chain.depth < 20
        )
        SELECT id, name, level, depth FROM chain ORDER BY depth DESC`,
      );
      return rows.map(({ id: ancestorId, name, level }) => ({ id: ancestorId, name, level }));
    },

    async findSuccessions(
      id: string,
      tx: Db = db,
    ): Promise<{ successors: SuccessionRow[]; predecessors: SuccessionRow[] }> {
      const other = alias(units, 'other');
      const pick = { id: other.id, name: other.name, level: other.level };
      const [successors, predecessors] = await inOrder([
        tx
          .select({ unit: pick, effectiveOn: unitSuccessions.effectiveOn, note: unitSuccessions.note })
          .from(unitSuccessions)
          .innerJoin(other, eq(other.id, unitSuccessions.successorId))
          .where(eq(unitSuccessions.predecessorId, id))
          .orderBy(asc(other.sortName)),
        tx
          .select({ unit: pick, effectiveOn: unitSuccessions.effectiveOn, note: unitSuccessions.note })
          .from(unitSuccessions)
          .innerJoin(other, eq(other.id, unitSuccessions.predecessorId))
          .where(eq(unitSuccessions.successorId, id))
          .orderBy(asc(other.sortName)),
      ]);
      return { successors, predecessors };
    },

    async insert(unit: NewUnit, tx: Db = db): Promise<UnitRow> {
      const [row] = await tx
        .insert(units)
        .values({
          ...unit,
          searchText: toSearchDocument(unit.name, unit.code),
          sortName: foldSearchText(unit.shortName),
        })
        .returning();
      if (!row) throw new Error('Insert returned no row');
      return row;
    },

    async update(current: UnitRow, changes: Partial<NewUnit>, tx: Db = db): Promise<void> {
      const name = changes.name ?? current.name;
      const shortName = changes.shortName ?? current.shortName;
      const code = changes.code === undefined ? current.code : changes.code;
      await tx
        .update(units)
        .set({
          ...changes,
          searchText: toSearchDocument(name, code),
          sortName: foldSearchText(shortName),
          updatedAt: sql`now()`,
        })
        .where(eq(units.id, current.id));
    },

    /** Whether `unitId` is `ancestorId` itself or lies below it. */
    async isWithin(ancestorId: string, unitId: string, tx: Db = db): Promise<boolean> {
      const [row] = await tx
        .select({ depth: unitAncestors.depth })
        .from(unitAncestors)
        .where(and(eq(unitAncestors.ancestorId, ancestorId), eq(unitAncestors.unitId, unitId)));
      return row !== undefined;
    },

    /** Which of `unitIds` are `ancestorId` itself or lie below it, in one query. */
    async filterWithin(ancestorId: string, unitIds: string[], tx: Db = db): Promise<Set<string>> {
      if (unitIds.length === 0) return new Set();
      const rows = await tx
        .select({ unitId: unitAncestors.unitId })
        .from(unitAncestors)
        .where(and(eq(unitAncestors.ancestorId, ancestorId), inArray(unitAncestors.unitId, [...new Set(unitIds)])));
      return new Set(rows.map((row) => row.unitId));
    },

    async codeTakenBy(code: string, tx: Db = db): Promise<string | undefined> {
      const [row] = await tx.select({ id: units.id }).from(units).where(eq(units.code, code));
      return row?.id;
    },

    async insertSuccession(
      succession: { predecessorId: string; successorId: string; effectiveOn: string; note?: string | null },
      tx: Db = db,
    ): Promise<void> {
      await tx.insert(unitSuccessions).values(succession);
    },

    async count(tx: Db = db): Promise<number> {
      const [row] = await tx.select({ count: sql<number>`count(*)::int` }).from(units);
      return row?.count ?? 0;
    },
  };
}

export type UnitsRepository = ReturnType<typeof createUnitsRepository>;
