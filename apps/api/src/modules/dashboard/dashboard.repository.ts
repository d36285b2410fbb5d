import {
  type AuditEntityType,
  type DirectiveBucket,
  endStockIndicators,
  type Indicator,
  indicatorCatalogue,
  type UnitLevel,
} from '@partrack/contracts';
import { and, asc, eq, gte, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { type Db, executeRows, preparedPerHandle } from '../../db/database';
import {
  auditEvents,
  directives,
  figurePeriods,
  inspectionSites,
  inspections,
  type PeriodFigure,
  unitAncestors,
  units,
} from '../../db/schema';
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
 * One reported period of a unit and tier (a row of `figure_periods`): for each indicator the value that
 * stands — the imported one-stop figure when there is one, else the most recent live inspection's —
 * with the figure and inspection it came from.
 */
export type PeriodFiguresRow = {
  unitId: string;
  tier: UnitLevel | null;
  periodStart: string | null;
  periodEnd: string;
  figures: Partial<Record<Indicator, PeriodFigure>>;
};

/**
 * The periods of a unit and tier combined in the database, when they follow one another without
 * overlapping (`isChained`): what `combineFigureGroups` makes of them, in SQL, so that a national list
 * reads one row per unit and tier instead of every month.
 */
export type CombinedPeriodsRow = {
  unitId: string;
  tier: UnitLevel | null;
  periodCount: number;
  isChained: boolean;
  periodStart: string | null;
  periodEnd: string;
  values: Partial<Record<Indicator, number | null>>;
};

export type DirectiveTotalsRow = Record<DirectiveBucket, number> & {
  assigned: number;
  meanDaysToClose: number | null;
  inspectionIds: string[];
};

export type FigureFilter = Period & {
  /** Whose figures: the units listed, some units, or one unit. */
  units: { listed: ListedUnitsFilter } | { unitIds: string[] };
  indicators: readonly Indicator[];
  tier?: UnitLevel | undefined;
  /** Only periods whose every figure is of a record the caller may read (its unit in this subtree). */
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

const inPeriod = (column: typeof inspections.date | typeof figurePeriods.periodEnd, period: Period) =>
  and(period.from ? gte(column, period.from) : undefined, period.to ? lte(column, period.to) : undefined);

/** The dashboard's indicators, which `figure_periods` also holds as columns. */
const indicatorColumns: Partial<Record<Indicator, AnyPgColumn>> = {
  received: figurePeriods.received,
  carried_over: figurePeriods.carriedOver,
  resolved: figurePeriods.resolved,
  resolved_early: figurePeriods.resolvedEarly,
  resolved_on_time: figurePeriods.resolvedOnTime,
  resolved_late: figurePeriods.resolvedLate,
  in_progress: figurePeriods.inProgress,
  in_progress_within_deadline: figurePeriods.inProgressWithinDeadline,
  in_progress_overdue: figurePeriods.inProgressOverdue,
  on_time_rate_reported: figurePeriods.onTimeRateReported,
  plan_tasks_assigned: figurePeriods.planTasksAssigned,
  plan_tasks_completed: figurePeriods.planTasksCompleted,
  plan_tasks_completed_rate: figurePeriods.planTasksCompletedRate,
};

function columnOf(indicator: Indicator): AnyPgColumn {
  const column = indicatorColumns[indicator];
  if (!column) throw new Error(`${indicator} is not one of the dashboard's indicators`);
  return column;
}

/** The periods that hold one of the indicators, of the units asked for, in the period and scope. */
function periodConditions(filter: FigureFilter): SQL | undefined {
  const columns = filter.indicators.map((indicator) => indicatorColumns[indicator]);
  const holdsOne = columns.every((column) => column !== undefined)
    ? sql`(${sql.join(
        columns.map((column) => sql`${column} IS NOT NULL`),
        sql` OR `,
      )})`
    : sql`${figurePeriods.figures} ?| ARRAY[${sql.join(
        filter.indicators.map((indicator) => sql`${indicator}`),
        sql`, `,
      )}]::text[]`;
  return and(
    'listed' in filter.units
      ? sql`${figurePeriods.unitId} IN ${listedUnitIds(filter.units.listed)}`
      : sql`${figurePeriods.unitId} = ANY(${`{${filter.units.unitIds.join(',')}}`}::uuid[])`,
    inPeriod(figurePeriods.periodEnd, filter),
    filter.tier ? eq(figurePeriods.tier, filter.tier) : undefined,
    holdsOne,
    filter.scopeId ? sql`${figurePeriods.ownerIds} <@ ARRAY${unitSubtree(filter.scopeId)}` : undefined,
  );
}

/**
 * How one indicator's periods combine, as `combineFigureGroups` does it: carried over from the first
 * period, stocks from the last (both read off the window over the periods in order), flows summed when
 * every period reports them (unknown is not zero), a rate or maximum only when there is one period.
 */
function combined(indicator: Indicator): { window: SQL | null; value: SQL } {
  const column = columnOf(indicator);
  const edge = sql.identifier(`edge_${indicator}`);
  if (indicator === 'carried_over') {
    return { window: sql`first_value(${column}) OVER whole AS ${edge}`, value: sql`max(${edge})` };
  }
  if (endStockIndicators.has(indicator)) {
    return { window: sql`last_value(${column}) OVER whole AS ${edge}`, value: sql`max(${edge})` };
  }
  if (indicatorCatalogue[indicator] === 'count') {
    return { window: null, value: sql`CASE WHEN count(${column}) = count(*) THEN sum(${column}) END` };
  }
  return { window: null, value: sql`CASE WHEN count(*) = 1 THEN max(${column}) END` };
}

/**
 * The four buckets as of today, the days to close and the inspections behind them, as aggregates over
 * `assigned` read as "directives" (the buckets' conditions name the directives' columns).
 */
const totalsColumns = (today: string) => sql`
  count(*)::int AS "assigned",
  (count(*) FILTER (WHERE ${bucketCondition('done_on_time', today)}))::int AS "done_on_time",
  (count(*) FILTER (WHERE ${bucketCondition('done_late', today)}))::int AS "done_late",
  (count(*) FILTER (WHERE ${bucketCondition('open_within_deadline', today)}))::int AS "open_within_deadline",
  (count(*) FILTER (WHERE ${bucketCondition('open_overdue', today)}))::int AS "open_overdue",
  (avg(${directives.completedOn} - ${directives}.assigned_on) FILTER (WHERE ${directives.completedOn} IS NOT NULL))::float8
    AS "meanDaysToClose",
  array_agg(DISTINCT ${directives.inspectionId}::text) AS "inspectionIds"`;

/** What the dashboard reads, as the audit trail names it. */
const DATA_ENTITY_TYPES: AuditEntityType[] = ['unit', 'inspection', 'directive', 'import_batch'];

const dataVersionQuery = preparedPerHandle((db) => {
  const latest = (entityType: AuditEntityType) =>
    sql`(SELECT max(${auditEvents.seq}) FROM ${auditEvents} WHERE ${auditEvents.entityType} = ${entityType})`;
  return db
    .select({ version: sql<number | null>`greatest(${sql.join(DATA_ENTITY_TYPES.map(latest), sql`, `)})::float8` })
    .from(sql`(VALUES (1)) AS one`)
    .prepare('dashboard_data_version');
});

/**
 * The directives given at live inspections dated in the period, as the CTE `assigned` (with the
 * inspection's date as `assigned_on`). A query starts from them: a year holds a few thousand
 * inspections, against every directive ever given to the units listed.
 */
const assignedInPeriod = (period: Period) => sql`
  assigned AS MATERIALIZED (
    SELECT ${directives.inspectionId}, ${directives.leadUnitId}, ${directives.dueDate}, ${directives.completedOn},
           ${inspections.date} AS assigned_on
      FROM ${inspections} JOIN ${directives} ON ${directives.inspectionId} = ${inspections.id}
     WHERE ${and(isNull(inspections.deletedAt), inPeriod(inspections.date, period))}
  )`;

/**
 * The dashboard's SQL: every number is aggregated in the database (GROUP BY over indexed columns:
 * figures by unit, indicator and period end; directives by lead unit; inspections by unit and date).
 */
export function createDashboardRepository(db: Db) {
  return {
    /**
     * The data version: the audit trail's last entry about what the dashboard reads (units,
     * inspections, directives, imports). Each kind is one index lookup; prepared, as every request asks.
     */
    async dataVersion(tx: Db = db): Promise<number> {
      const [row] = await dataVersionQuery(tx).execute();
      return row?.version ?? 0;
    },

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

    /** The reported periods of the units (each with its standing figures) that end in the period. */
    async periodFigures(filter: FigureFilter, tx: Db = db): Promise<PeriodFiguresRow[]> {
      return executeRows<PeriodFiguresRow>(
        tx,
        sql`
        SELECT ${figurePeriods.unitId}::text AS "unitId", ${figurePeriods.tier} AS "tier",
               ${figurePeriods.periodStart}::text AS "periodStart", ${figurePeriods.periodEnd}::text AS "periodEnd",
               ${figurePeriods.figures} AS "figures"
          FROM ${figurePeriods}
         WHERE ${periodConditions(filter)}`,
      );
    },

    /**
     * Per unit and tier: the periods combined in SQL, and whether they simply follow one another (then
     * every one of them counts and the combination is the answer; otherwise the caller reads them).
     */
    async combinedPeriods(filter: FigureFilter, tx: Db = db): Promise<CombinedPeriodsRow[]> {
      const parts = filter.indicators.map((indicator) => ({ indicator, ...combined(indicator) }));
      const windows = parts.flatMap((part) => (part.window ? [sql`, ${part.window}`] : []));
      const values = sql.join(
        parts.map((part) => sql`${part.indicator}::text, ${part.value}`),
        sql`, `,
      );
      // The subquery keeps the table's name, so that its columns read as the table's.
      return executeRows<CombinedPeriodsRow>(
        tx,
        sql`
        SELECT ${figurePeriods.unitId}::text AS "unitId", ${figurePeriods.tier} AS "tier",
               count(*)::int AS "periodCount",
               bool_and(next_end IS NULL OR (next_start IS NOT NULL AND ${figurePeriods.periodEnd} < next_start))
                 AS "isChained",
               CASE WHEN bool_or(${figurePeriods.periodStart} IS NULL) THEN NULL
                    ELSE min(${figurePeriods.periodStart}) END::text AS "periodStart",
               max(${figurePeriods.periodEnd})::text AS "periodEnd",
               json_build_object(${values}) AS "values"
          FROM (
            SELECT ${figurePeriods.unitId}, ${figurePeriods.tier}, ${figurePeriods.periodStart}, ${figurePeriods.periodEnd},
                   ${sql.join(
                     filter.indicators.map((indicator) => columnOf(indicator)),
                     sql`, `,
                   )},
                   lead(${figurePeriods.periodStart}) OVER w AS next_start,
                   lead(${figurePeriods.periodEnd}) OVER w AS next_end
                   ${sql.join(windows, sql``)}
              FROM ${figurePeriods}
             WHERE ${periodConditions(filter)}
            WINDOW w AS (PARTITION BY ${figurePeriods.unitId}, ${figurePeriods.tier}
                         ORDER BY ${figurePeriods.periodEnd}, ${figurePeriods.periodStart} NULLS FIRST),
                   whole AS (w ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
          ) AS ${figurePeriods}
         GROUP BY ${figurePeriods.unitId}, ${figurePeriods.tier}`,
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
        SELECT min(${figurePeriods.periodEnd})::text AS "first", max(${figurePeriods.periodEnd})::text AS "last"
          FROM ${figurePeriods}
         WHERE ${periodConditions({ ...filter, units: { unitIds: [filter.unitId] }, from: null, to: null })}`,
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
        WITH ${assignedInPeriod(filter)}
        SELECT ${unitAncestors.ancestorId}::text AS "unitId", ${totalsColumns(today)}
          FROM assigned AS ${directives}
          JOIN ${unitAncestors} ON ${unitAncestors.unitId} = ${directives.leadUnitId}
         WHERE ${unitAncestors.ancestorId} IN ${listedUnitIds(filter)}
         GROUP BY ${unitAncestors.ancestorId}`,
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
        WITH ${assignedInPeriod(period)}
        SELECT ${totalsColumns(today)}
          FROM assigned AS ${directives}
         WHERE ${referenceId ? sql`${directives.leadUnitId} IN ${unitSubtree(referenceId)}` : sql`true`}`,
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
        WITH visited AS (
          SELECT ${inspections.unitId} AS unit_id FROM ${inspections} WHERE ${live}
          UNION
          SELECT ${inspectionSites.unitId} FROM ${inspectionSites}
            JOIN ${inspections} ON ${inspections.id} = ${inspectionSites.inspectionId} WHERE ${live}
        )
        SELECT DISTINCT ${unitAncestors.ancestorId}::text AS "unitId"
          FROM visited JOIN ${unitAncestors} ON ${unitAncestors.unitId} = visited.unit_id
         WHERE ${unitAncestors.ancestorId} IN ${listedUnitIds(filter)}`,
      );
      return new Set(rows.map((row) => row.unitId));
    },
  };
}

export type DashboardRepository = ReturnType<typeof createDashboardRepository>;
