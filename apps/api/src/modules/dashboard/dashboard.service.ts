import {
  type CalendarBucket,
  calendarBuckets,
  computePlanTaskRate,
  countCalendarBuckets,
  type DashboardSummary,
  type DashboardSummaryQuery,
  type DashboardUnit,
  type DirectiveTotals,
  dossierIndicators,
  type FigureGroup,
  type Indicator,
  localGovernmentLevelOn,
  MAX_TREND_BUCKETS,
  type OnTimeRateRow,
  type OnTimeRates,
  type OnTimeRatesQuery,
  onTimeRateOf,
  type PeriodFigures,
  type PeriodsRate,
  periodSpan,
  planTaskIndicators,
  rateOverPeriods,
  type TaskCompletion,
  type TaskCompletionQuery,
  type Trend,
  type TrendBucket,
  type TrendsQuery,
  todayInVietnam,
  type UnitLevel,
  unitLevels,
  wholeUnitCount,
  wholeUnitRate,
} from '@partrack/contracts';
import type { Db } from '../../db/database';
import { AppError } from '../../lib/app-error';
import type { AuthenticatedContext, AuthUser } from '../../lib/request-context';
import { createUnitsRepository } from '../units/units.repository';
import {
  createDashboardRepository,
  type DashboardUnitRow,
  type DirectiveTotalsRow,
  type FigureValueRow,
  type ListedUnitsFilter,
} from './dashboard.repository';

type ScopeQuery = Pick<TaskCompletionQuery, 'level' | 'parentId' | 'from' | 'to'>;

export const toDashboardUnit = (row: DashboardUnitRow): DashboardUnit => ({ ...row });

/** Tiers in the order of the unit tree; figures without a tier (the unit's own total) first. */
const tierOrder = (tier: UnitLevel | null) => (tier === null ? -1 : unitLevels.indexOf(tier));

/** Figure rows → unit → tier → the periods reported, each with its values and the records behind them. */
function groupFigureRows(rows: FigureValueRow[]): Map<string, Map<UnitLevel | null, PeriodFigures[]>> {
  const byUnit = new Map<string, Map<UnitLevel | null, Map<string, PeriodFigures>>>();
  for (const row of rows) {
    const byTier = byUnit.get(row.unitId) ?? new Map<UnitLevel | null, Map<string, PeriodFigures>>();
    byUnit.set(row.unitId, byTier);
    const byPeriod = byTier.get(row.tier) ?? new Map<string, PeriodFigures>();
    byTier.set(row.tier, byPeriod);
    const key = `${row.periodStart ?? ''}|${row.periodEnd}`;
    const period = byPeriod.get(key) ?? {
      periodStart: row.periodStart,
      periodEnd: row.periodEnd,
      values: {},
      figureIds: [],
      inspectionIds: [],
    };
    byPeriod.set(key, period);
    period.values[row.indicator] = row.value;
    period.figureIds.push(row.figureId);
    if (row.inspectionId && !period.inspectionIds.includes(row.inspectionId))
      period.inspectionIds.push(row.inspectionId);
  }
  return new Map(
    [...byUnit].map(([unitId, byTier]) => [
      unitId,
      new Map(
        [...byTier]
          .sort(([a], [b]) => tierOrder(a) - tierOrder(b))
          .map(([tier, periods]) => [tier, [...periods.values()]]),
      ),
    ]),
  );
}

const percentOf = (part: number, whole: number) => (whole > 0 ? (part / whole) * 100 : null);

function toDirectiveTotals(
  row: DirectiveTotalsRow | undefined,
  query: DirectiveTotals['directiveQuery'],
): DirectiveTotals {
  const buckets = {
    done_on_time: row?.done_on_time ?? 0,
    done_late: row?.done_late ?? 0,
    open_within_deadline: row?.open_within_deadline ?? 0,
    open_overdue: row?.open_overdue ?? 0,
  };
  const assigned = row?.assigned ?? 0;
  const done = buckets.done_on_time + buckets.done_late;
  return {
    assigned,
    buckets,
    done,
    completionRate: percentOf(done, assigned),
    onTimeCompletionRate: percentOf(buckets.done_on_time, assigned),
    meanDaysToClose: row?.meanDaysToClose ?? null,
    directiveQuery: query,
  };
}

/** A rate with its sources, as the contracts' `SourcedRate` (without the combined counts). */
function toSourcedRate({ counts: _counts, ...rate }: PeriodsRate) {
  return rate;
}

function toDossierCounts(counts: FigureGroup): OnTimeRateRow['counts'] {
  return Object.fromEntries(
    dossierIndicators.map((indicator) => [indicator, counts[indicator] ?? null]),
  ) as OnTimeRateRow['counts'];
}

/** The period as the list filters take it: `from`/`to` of inspections, `assignedFrom`/`assignedTo` of directives. */
const inspectionRange = (period: { from: string | null; to: string | null }) => ({
  ...(period.from ? { from: period.from } : {}),
  ...(period.to ? { to: period.to } : {}),
});
const assignedRange = (period: { from: string | null; to: string | null }) => ({
  ...(period.from ? { assignedFrom: period.from } : {}),
  ...(period.to ? { assignedTo: period.to } : {}),
});

/**
 * The leader dashboard (DOMAIN.md; docs/decisions/013-dashboard-metrics.md): every answer is limited
 * to the caller's scope, and every number is summed from counts in the database or from the figures'
 * counts by the contracts' rules, never averaged from rates.
 */
export function createDashboardService({ db }: { db: Db }) {
  const repo = createDashboardRepository(db);

  /** A unit outside the caller's scope does not exist for them (404), as everywhere else. */
  async function requireUnitInScope(user: AuthUser, id: string): Promise<DashboardUnitRow> {
    const unit = await repo.findUnit(id);
    if (!unit || (user.unit && !(await createUnitsRepository(db).isWithin(user.unit.id, id)))) {
      throw AppError.notFound('Unit', id);
    }
    return unit;
  }

  /** The period, the level and the subtree a per-unit answer lists. */
  async function frameOf(user: AuthUser, query: ScopeQuery) {
    const asOf = todayInVietnam();
    const from = query.from ?? null;
    const to = query.to ?? null;
    const level = query.level ?? localGovernmentLevelOn(to ?? asOf);
    const reference = query.parentId
      ? await requireUnitInScope(user, query.parentId)
      : user.unit
        ? await repo.findUnit(user.unit.id)
        : undefined;
    const filter: ListedUnitsFilter = { level, referenceId: reference?.id ?? null, from, to };
    return {
      frame: { asOf, from, to, level, reference: reference ? toDashboardUnit(reference) : null },
      filter,
      scopeId: user.unit?.id ?? null,
    };
  }

  return {
    async onTimeRates(context: AuthenticatedContext, query: OnTimeRatesQuery): Promise<OnTimeRates> {
      const { frame, filter, scopeId } = await frameOf(context.user, query);
      const [units, figureRows] = await Promise.all([
        repo.listedUnits(filter),
        repo.figureValues({
          units: { listed: filter },
          indicators: dossierIndicators,
          from: filter.from,
          to: filter.to,
          tier: query.tier,
          scopeId,
        }),
      ]);
      const figuresOf = groupFigureRows(figureRows);
      const rateOf = onTimeRateOf(query.definition);
      const rows = units.flatMap((unit): OnTimeRateRow[] => {
        const byTier = figuresOf.get(unit.id);
        // Unknown is not zero: a unit without figures is listed, explicitly not reported.
        const tiers: [UnitLevel | null, PeriodFigures[]][] = byTier?.size ? [...byTier] : [[query.tier ?? null, []]];
        return tiers.map(([tier, periods]) => {
          const rate = rateOverPeriods(periods, rateOf);
          return {
            unit: toDashboardUnit(unit),
            tier,
            definition: query.definition,
            ...toSourcedRate(rate),
            counts: toDossierCounts(rate.counts),
          };
        });
      });
      return { ...frame, tier: query.tier ?? null, definition: query.definition, rows };
    },

    async taskCompletion(context: AuthenticatedContext, query: TaskCompletionQuery): Promise<TaskCompletion> {
      const { frame, filter, scopeId } = await frameOf(context.user, query);
      const [units, totals, figureRows] = await Promise.all([
        repo.listedUnits(filter),
        repo.directiveTotalsByUnit(filter, frame.asOf),
        repo.figureValues({
          units: { listed: filter },
          indicators: planTaskIndicators,
          from: filter.from,
          to: filter.to,
          scopeId,
        }),
      ]);
      const totalsOf = new Map(totals.map((row) => [row.unitId, row]));
      const figuresOf = groupFigureRows(figureRows);
      return {
        ...frame,
        rows: units.map((unit) => {
          const total = totalsOf.get(unit.id);
          const planTasks = wholeUnitRate(figuresOf.get(unit.id) ?? new Map(), computePlanTaskRate);
          return {
            unit: toDashboardUnit(unit),
            directives: toDirectiveTotals(total, { unitId: unit.id, ...assignedRange(frame) }),
            inspectionIds: total?.inspectionIds ?? [],
            planTasks: {
              ...toSourcedRate(planTasks),
              assigned: planTasks.counts.plan_tasks_assigned ?? null,
              completed: planTasks.counts.plan_tasks_completed ?? null,
            },
          };
        }),
      };
    },

    async summary(context: AuthenticatedContext, query: DashboardSummaryQuery): Promise<DashboardSummary> {
      const { frame, filter } = await frameOf(context.user, query);
      const referenceId = filter.referenceId;
      const [units, visited, inspectionCount, totals] = await Promise.all([
        repo.listedUnits(filter),
        repo.visitedUnitIds(filter),
        repo.countInspections(referenceId, filter),
        repo.directiveTotals(referenceId, filter, frame.asOf),
      ]);
      const reference = referenceId ? { unitId: referenceId } : {};
      return {
        ...frame,
        unitCount: units.length,
        inspectionCount,
        inspectionQuery: { ...reference, ...inspectionRange(frame) },
        directives: toDirectiveTotals(totals, { ...reference, ...assignedRange(frame) }),
        unitsNotInspected: units.filter((unit) => !visited.has(unit.id)).map(toDashboardUnit),
      };
    },

    async trends(context: AuthenticatedContext, query: TrendsQuery): Promise<Trend> {
      const unit = await requireUnitInScope(context.user, query.unitId);
      const asOf = todayInVietnam();
      const scopeId = context.user.unit?.id ?? null;
      const indicators: readonly Indicator[] =
        query.indicator === 'on_time_rate'
          ? dossierIndicators
          : query.indicator === 'plan_task_completion_rate'
            ? planTaskIndicators
            : [query.indicator];
      let { from, to } = query;
      if (!from || !to) {
        const span = await repo.figureSpan({ unitId: unit.id, indicators, tier: query.tier, scopeId });
        to ??= span.last && (!from || span.last >= from) ? span.last : (from ?? asOf);
        from ??= span.first && span.first <= to ? span.first : to;
      }
      if (countCalendarBuckets(from, to, query.granularity) > MAX_TREND_BUCKETS) {
        throw new AppError('VALIDATION_FAILED', 'Invalid query: from', [
          {
            path: 'from',
            code: 'too_many_buckets',
            message: `the period holds more than ${MAX_TREND_BUCKETS} buckets of a ${query.granularity}`,
          },
        ]);
      }
      const buckets = calendarBuckets(from, to, query.granularity);
      const first = buckets[0] as CalendarBucket;
      const last = buckets.at(-1) as CalendarBucket;
      const figureRows = await repo.figureValues({
        units: { unitId: unit.id },
        indicators,
        from: first.start,
        to: last.end,
        tier: query.tier,
        scopeId,
      });
      const rateOf =
        query.indicator === 'on_time_rate'
          ? onTimeRateOf(query.definition)
          : query.indicator === 'plan_task_completion_rate'
            ? computePlanTaskRate
            : undefined;
      const trendBuckets = buckets.map((bucket): TrendBucket => {
        // A figure belongs to the bucket its period ends in.
        const inBucket = figureRows.filter((row) => row.periodEnd >= bucket.start && row.periodEnd <= bucket.end);
        const byTier = groupFigureRows(inBucket).get(unit.id) ?? new Map<UnitLevel | null, PeriodFigures[]>();
        if (rateOf) {
          const rate = wholeUnitRate(byTier, rateOf);
          return {
            ...bucket,
            basis: rate.basis,
            value: rate.rate,
            numerator: rate.numerator,
            denominator: rate.denominator,
            reportedRate: rate.reportedRate,
            periodStart: rate.periodStart,
            periodEnd: rate.periodEnd,
            flags: rate.flags,
            figureIds: rate.figureIds,
            inspectionIds: rate.inspectionIds,
          };
        }
        const { value, covering } = wholeUnitCount(byTier, query.indicator as Indicator);
        return {
          ...bucket,
          basis: value === null ? 'not_reported' : 'reported',
          value,
          numerator: null,
          denominator: null,
          reportedRate: null,
          ...periodSpan(covering),
          flags: [],
          figureIds: [...new Set(covering.flatMap((period) => period.figureIds))],
          inspectionIds: [...new Set(covering.flatMap((period) => period.inspectionIds))],
        };
      });
      return {
        asOf,
        unit: toDashboardUnit(unit),
        indicator: query.indicator,
        granularity: query.granularity,
        tier: query.tier ?? null,
        definition: query.definition,
        from: first.start,
        to: last.end,
        buckets: trendBuckets,
      };
    },
  };
}
