import {
  type CalendarBucket,
  calendarBuckets,
  computePlanTaskRate,
  countCalendarBuckets,
  type DashboardSummary,
  type DashboardSummaryQuery,
  DashboardSummarySchema,
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
  OnTimeRatesSchema,
  onTimeRateOf,
  type PeriodFigures,
  type PeriodsRate,
  periodSpan,
  planTaskIndicators,
  type RateOf,
  rateOverPeriods,
  type TaskCompletion,
  type TaskCompletionQuery,
  TaskCompletionSchema,
  type Trend,
  type TrendBucket,
  TrendSchema,
  type TrendsQuery,
  todayInVietnam,
  type UnitLevel,
  unitLevels,
  wholeUnitCount,
  wholeUnitRate,
} from '@partrack/contracts';
import { type Db, readSnapshot } from '../../db/database';
import { AppError } from '../../lib/app-error';
import { type JsonAnswer, toJsonAnswer } from '../../lib/http-cache';
import type { AuthenticatedContext, AuthUser } from '../../lib/request-context';
import { createUnitsRepository } from '../units/units.repository';
import {
  type CombinedPeriodsRow,
  createDashboardRepository,
  type DashboardRepository,
  type DashboardUnitRow,
  type DirectiveTotalsRow,
  type FigureFilter,
  type ListedUnitsFilter,
  type PeriodFiguresRow,
} from './dashboard.repository';
import type { AnswerCache } from './dashboard-answers';

type ScopeQuery = Pick<TaskCompletionQuery, 'level' | 'parentId' | 'from' | 'to'>;

export const toDashboardUnit = (row: DashboardUnitRow): DashboardUnit => ({ ...row });

/** Tiers in the order of the unit tree; figures without a tier (the unit's own total) first. */
const tierOrder = (tier: UnitLevel | null) => (tier === null ? -1 : unitLevels.indexOf(tier));

type PeriodsByTier = Map<UnitLevel | null, PeriodFigures[]>;

/** Period rows → unit → tier → the periods reported, each with the values of these indicators. */
function groupPeriodRows(rows: PeriodFiguresRow[], indicators: readonly Indicator[]): Map<string, PeriodsByTier> {
  const byUnit = new Map<string, PeriodsByTier>();
  for (const row of rows) {
    const byTier = byUnit.get(row.unitId) ?? new Map<UnitLevel | null, PeriodFigures[]>();
    byUnit.set(row.unitId, byTier);
    const period: PeriodFigures = {
      periodStart: row.periodStart,
      periodEnd: row.periodEnd,
      values: {},
      figureIds: [],
      inspectionIds: [],
    };
    for (const indicator of indicators) {
      const figure = row.figures[indicator];
      if (!figure) continue;
      period.values[indicator] = figure.v;
      period.figureIds.push(figure.f);
      if (figure.i && !period.inspectionIds.includes(figure.i)) period.inspectionIds.push(figure.i);
    }
    byTier.set(row.tier, [...(byTier.get(row.tier) ?? []), period]);
  }
  return sortTiers(byUnit);
}

function sortTiers(byUnit: Map<string, PeriodsByTier>): Map<string, PeriodsByTier> {
  return new Map(
    [...byUnit].map(([unitId, byTier]) => [
      unitId,
      new Map([...byTier].sort(([a], [b]) => tierOrder(a) - tierOrder(b))),
    ]),
  );
}

/** A unit's combined periods as the one period `rateOverPeriods` needs; the records are not listed. */
function asOnePeriod(row: CombinedPeriodsRow): PeriodFigures {
  const values = Object.fromEntries(Object.entries(row.values).filter(([, value]) => value !== null));
  return { periodStart: row.periodStart, periodEnd: row.periodEnd, values, figureIds: [], inspectionIds: [] };
}

/** Without `sources`, a row carries its figures but not the periods and records behind them. */
function withoutSources<T extends { periods?: unknown; figureIds?: unknown; inspectionIds?: unknown }>(rate: T) {
  const { periods: _periods, figureIds: _figureIds, inspectionIds: _inspectionIds, ...figures } = rate;
  return figures;
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
export function createDashboardService({ db, answers }: { db: Db; answers?: AnswerCache | undefined }) {
  /**
   * Each answer reads one snapshot on one connection: its numbers agree, and a request never holds
   * two. With a cache, an answer already computed for the same question, scope, day and data version
   * is sent again as it was serialised. The version is read first on its own: an answer cached under
   * it was computed in a snapshot of that version, so a hit needs no transaction; a miss reads the
   * version again in the snapshot it computes in.
   */
  function answer(
    question: { route: string; context: AuthenticatedContext; query: unknown },
    schema: { parse(value: unknown): unknown },
    compute: (repo: DashboardRepository, tx: Db) => Promise<unknown>,
  ): Promise<JsonAnswer> {
    const keyAt = (version: number) =>
      JSON.stringify([
        question.route,
        question.context.user.unit?.id ?? null,
        todayInVietnam(),
        version,
        question.query,
      ]);
    const computeInSnapshot = () =>
      readSnapshot(db, async (tx) => {
        const repo = createDashboardRepository(tx);
        const key = answers ? keyAt(await repo.dataVersion()) : undefined;
        const cached = key ? answers?.get(key) : undefined;
        if (cached) return cached;
        const computed = toJsonAnswer(schema, await compute(repo, tx));
        if (key) answers?.set(key, computed);
        return computed;
      });
    if (!answers) return computeInSnapshot();
    return createDashboardRepository(db)
      .dataVersion()
      .then((version) => answers.get(keyAt(version)) ?? computeInSnapshot());
  }

  async function requireUnitInScope(
    repo: DashboardRepository,
    tx: Db,
    user: AuthUser,
    id: string,
  ): Promise<DashboardUnitRow> {
    const unit = await repo.findUnit(id);
    if (!unit || (user.unit && !(await createUnitsRepository(tx).isWithin(user.unit.id, id)))) {
      throw AppError.notFound('Unit', id);
    }
    return unit;
  }

  /** The period, the level and the subtree a per-unit answer lists. */
  async function frameOf(repo: DashboardRepository, tx: Db, user: AuthUser, query: ScopeQuery) {
    const asOf = todayInVietnam();
    const from = query.from ?? null;
    const to = query.to ?? null;
    const level = query.level ?? localGovernmentLevelOn(to ?? asOf);
    const reference = query.parentId
      ? await requireUnitInScope(repo, tx, user, query.parentId)
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

  /**
   * Each unit's reported periods by tier, for `rateOverPeriods`. With `sources`, every period with its
   * records. Without, the database combines a unit's periods when they simply follow one another
   * (`combinedPeriods`), and only the units where that is not the whole answer — overlapping periods,
   * or several periods without a rate between them — are read period by period; the rates are the same.
   */
  async function periodsOf(
    repo: DashboardRepository,
    filter: FigureFilter,
    rateOf: RateOf,
    sources: boolean,
  ): Promise<Map<string, PeriodsByTier>> {
    if (sources) return groupPeriodRows(await repo.periodFigures(filter), filter.indicators);
    const combined = await repo.combinedPeriods(filter);
    const byUnit = new Map<string, PeriodsByTier>();
    const exact = new Set<string>();
    for (const row of combined) {
      const period = asOnePeriod(row);
      if (!row.isChained || (row.periodCount > 1 && rateOf(period.values).basis === 'not_reported')) {
        exact.add(row.unitId);
        continue;
      }
      const byTier = byUnit.get(row.unitId) ?? new Map<UnitLevel | null, PeriodFigures[]>();
      byUnit.set(row.unitId, byTier.set(row.tier, [period]));
    }
    if (exact.size > 0) {
      const rows = await repo.periodFigures({ ...filter, units: { unitIds: [...exact] } });
      for (const [unitId, byTier] of groupPeriodRows(rows, filter.indicators)) byUnit.set(unitId, byTier);
    }
    return sortTiers(byUnit);
  }

  return {
    onTimeRates(context: AuthenticatedContext, query: OnTimeRatesQuery): Promise<JsonAnswer> {
      return answer(
        { route: 'on-time-rates', context, query },
        OnTimeRatesSchema,
        async (repo, tx): Promise<OnTimeRates> => {
          const { frame, filter, scopeId } = await frameOf(repo, tx, context.user, query);
          const rateOf = onTimeRateOf(query.definition);
          const units = await repo.listedUnits(filter);
          const figuresOf = await periodsOf(
            repo,
            {
              units: { listed: filter },
              indicators: dossierIndicators,
              from: filter.from,
              to: filter.to,
              tier: query.tier,
              scopeId,
            },
            rateOf,
            query.sources,
          );
          const rows = units.flatMap((unit): OnTimeRateRow[] => {
            const byTier = figuresOf.get(unit.id);
            // Unknown is not zero: a unit without figures is listed, explicitly not reported.
            const tiers: [UnitLevel | null, PeriodFigures[]][] = byTier?.size
              ? [...byTier]
              : [[query.tier ?? null, []]];
            return tiers.map(([tier, periods]) => {
              const rate = rateOverPeriods(periods, rateOf);
              const sourced = toSourcedRate(rate);
              return {
                unit: toDashboardUnit(unit),
                tier,
                definition: query.definition,
                ...(query.sources ? sourced : withoutSources(sourced)),
                counts: toDossierCounts(rate.counts),
              };
            });
          });
          return { ...frame, tier: query.tier ?? null, definition: query.definition, rows };
        },
      );
    },

    taskCompletion(context: AuthenticatedContext, query: TaskCompletionQuery): Promise<JsonAnswer> {
      return answer(
        { route: 'task-completion', context, query },
        TaskCompletionSchema,
        async (repo, tx): Promise<TaskCompletion> => {
          const { frame, filter, scopeId } = await frameOf(repo, tx, context.user, query);
          const units = await repo.listedUnits(filter);
          const totals = await repo.directiveTotalsByUnit(filter, frame.asOf);
          const figuresOf = await periodsOf(
            repo,
            { units: { listed: filter }, indicators: planTaskIndicators, from: filter.from, to: filter.to, scopeId },
            computePlanTaskRate,
            query.sources,
          );
          const totalsOf = new Map(totals.map((row) => [row.unitId, row]));
          return {
            ...frame,
            rows: units.map((unit) => {
              const total = totalsOf.get(unit.id);
              const planTasks = wholeUnitRate(figuresOf.get(unit.id) ?? new Map(), computePlanTaskRate);
              const sourced = toSourcedRate(planTasks);
              return {
                unit: toDashboardUnit(unit),
                directives: toDirectiveTotals(total, { unitId: unit.id, ...assignedRange(frame) }),
                inspectionIds: total?.inspectionIds ?? [],
                planTasks: {
                  ...(query.sources ? sourced : withoutSources(sourced)),
                  assigned: planTasks.counts.plan_tasks_assigned ?? null,
                  completed: planTasks.counts.plan_tasks_completed ?? null,
                },
              };
            }),
          };
        },
      );
    },

    summary(context: AuthenticatedContext, query: DashboardSummaryQuery): Promise<JsonAnswer> {
      return answer(
        { route: 'summary', context, query },
        DashboardSummarySchema,
        async (repo, tx): Promise<DashboardSummary> => {
          const { frame, filter } = await frameOf(repo, tx, context.user, query);
          const referenceId = filter.referenceId;
          const units = await repo.listedUnits(filter);
          const visited = await repo.visitedUnitIds(filter);
          const inspectionCount = await repo.countInspections(referenceId, filter);
          const totals = await repo.directiveTotals(referenceId, filter, frame.asOf);
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
      );
    },

    trends(context: AuthenticatedContext, query: TrendsQuery): Promise<JsonAnswer> {
      return answer({ route: 'trends', context, query }, TrendSchema, async (repo, tx): Promise<Trend> => {
        const unit = await requireUnitInScope(repo, tx, context.user, query.unitId);
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
        const periodRows = await repo.periodFigures({
          units: { unitIds: [unit.id] },
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
          const inBucket = periodRows.filter((row) => row.periodEnd >= bucket.start && row.periodEnd <= bucket.end);
          const byTier =
            groupPeriodRows(inBucket, indicators).get(unit.id) ?? new Map<UnitLevel | null, PeriodFigures[]>();
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
      });
    },
  };
}
