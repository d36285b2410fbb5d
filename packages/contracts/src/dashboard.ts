import { z } from 'zod';
import { IdSchema, IsoDateSchema } from './dates';
import { DirectiveBucketSchema } from './directive-status';
import { ListDirectivesQuerySchema } from './directives';
import { ruleIssue } from './errors';
import { type Indicator, indicatorCatalogue, indicators } from './figures';
import { ListInspectionsQuerySchema } from './inspections';
import {
  computeOnTimeRate,
  FigureFlagSchema,
  type FigureGroup,
  flagFigureGroup,
  RateBasisSchema,
  RateDefinitionSchema,
  type RateResult,
} from './on-time-rates';
import { type UnitLevel, UnitLevelSchema } from './units';

/*
 * The leader dashboard (issue 6; docs/decisions/013-dashboard-metrics.md): on-time dossier rates and
 * task completion per unit, trends of one unit, and a summary. Every number is summed from counts,
 * never averaged from rates, and every row names the records it was summed from.
 */

/** The first day of two-level local government (Resolution 202/2025/QH15): districts end the day before. */
export const TWO_LEVEL_GOVERNMENT_FROM = '2025-07-01';

/** The level a "per unit" view lists by default on a date: districts up to 30/06/2025, communes after. */
export function localGovernmentLevelOn(date: string): UnitLevel {
  return date < TWO_LEVEL_GOVERNMENT_FROM ? 'district' : 'commune';
}

// ---------------------------------------------------------------------------------------------------
// Queries

const periodIsOrdered = (query: { from?: string; to?: string }) => !query.from || !query.to || query.from <= query.to;
const periodRule = ruleIssue('before_start', 'must not be before from', ['to']);

/** The rows of a per-unit view and the period: both optional, the period open at a missing end. */
const DashboardScopeQuerySchema = z.object({
  /** The units listed; by default the local-government level on the period's last day (or today). */
  level: UnitLevelSchema.optional(),
  /** Only units in this unit's subtree (itself included); by default your scope, or every unit. */
  parentId: IdSchema.optional(),
  /** First day of the period (inclusive); open when missing. */
  from: IsoDateSchema.optional(),
  /** Last day of the period (inclusive); open when missing. */
  to: IsoDateSchema.optional(),
});

/**
 * `sources=true`: each row also lists its reported periods and the records behind it (`periods`,
 * `figureIds`, `inspectionIds`), for the drill-down; without it a row carries the figures alone, which
 * is what a national list of units needs.
 */
const SourcesQuerySchema = z
  .enum(['true', 'false'])
  .transform((value) => value === 'true')
  .default(false);

export const OnTimeRatesQuerySchema = DashboardScopeQuerySchema.extend({
  /** Only figures of this authority tier; by default one row per tier the unit reported. */
  tier: UnitLevelSchema.optional(),
  definition: RateDefinitionSchema.default('resolved'),
  sources: SourcesQuerySchema,
}).refine(periodIsOrdered, periodRule);
export type OnTimeRatesQuery = z.infer<typeof OnTimeRatesQuerySchema>;
export type OnTimeRatesQueryInput = z.input<typeof OnTimeRatesQuerySchema>;

export const TaskCompletionQuerySchema = DashboardScopeQuerySchema.extend({ sources: SourcesQuerySchema }).refine(
  periodIsOrdered,
  periodRule,
);
export type TaskCompletionQuery = z.infer<typeof TaskCompletionQuerySchema>;

export const DashboardSummaryQuerySchema = DashboardScopeQuerySchema.refine(periodIsOrdered, periodRule);
export type DashboardSummaryQuery = z.infer<typeof DashboardSummaryQuerySchema>;

export const GranularitySchema = z.enum(['month', 'quarter', 'half', 'year']);
export type Granularity = z.infer<typeof GranularitySchema>;

type CountIndicator = {
  [K in Indicator]: (typeof indicatorCatalogue)[K] extends 'count' ? K : never;
}[Indicator];
type TrendIndicatorName = CountIndicator | 'on_time_rate' | 'plan_task_completion_rate';
const countIndicators = indicators.filter(
  (indicator): indicator is CountIndicator => indicatorCatalogue[indicator] === 'count',
);

/**
 * What a trend follows: a count indicator (summed per bucket), or a rate computed per bucket from the
 * summed counts — the on-time dossier rate (by `definition`) or plan-task completion. Rates reported
 * without counts (level 3–4 services, staff reduction) cannot be summed and have no trend.
 */
export const TrendIndicatorSchema = z.enum(['on_time_rate', 'plan_task_completion_rate', ...countIndicators] as [
  TrendIndicatorName,
  ...TrendIndicatorName[],
]);
export type TrendIndicator = z.infer<typeof TrendIndicatorSchema>;

export const TrendsQuerySchema = z
  .object({
    unitId: IdSchema,
    indicator: TrendIndicatorSchema,
    granularity: GranularitySchema.default('quarter'),
    /** Widened to whole buckets; by default the span of the unit's figures of this indicator. */
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
    /** Only this authority tier; by default the whole unit (its own total, or the sum of its tiers). */
    tier: UnitLevelSchema.optional(),
    definition: RateDefinitionSchema.default('resolved'),
  })
  .refine(periodIsOrdered, periodRule);
export type TrendsQuery = z.infer<typeof TrendsQuerySchema>;
export type TrendsQueryInput = z.input<typeof TrendsQuerySchema>;

/** A trend answers at most this many buckets (20 years by month). */
export const MAX_TREND_BUCKETS = 240;

// ---------------------------------------------------------------------------------------------------
// Answers

export const DashboardUnitSchema = z.object({
  id: IdSchema,
  name: z.string(),
  shortName: z.string(),
  level: UnitLevelSchema,
  parentId: IdSchema.nullable(),
  validFrom: IsoDateSchema.nullable(),
  validTo: IsoDateSchema.nullable(),
});
export type DashboardUnit = z.infer<typeof DashboardUnitSchema>;

/** What every per-unit answer says about itself: the period, the level and the subtree it lists. */
const DashboardFrameSchema = z.object({
  /** Today in Vietnam: directive buckets are counted as of this day. */
  asOf: IsoDateSchema,
  from: IsoDateSchema.nullable(),
  to: IsoDateSchema.nullable(),
  level: UnitLevelSchema,
  /** The subtree listed: `parentId`, else your scope's unit; null for every unit. */
  reference: DashboardUnitSchema.nullable(),
});

/** `GET /api/v1/directives` with these (plus `bucket`) lists exactly the directives behind a count. */
export const DirectiveDrillDownSchema = ListDirectivesQuerySchema.pick({
  unitId: true,
  assignedFrom: true,
  assignedTo: true,
});
export type DirectiveDrillDown = z.infer<typeof DirectiveDrillDownSchema>;

/** `GET /api/v1/inspections` with these lists exactly the inspections behind a count. */
export const InspectionDrillDownSchema = ListInspectionsQuerySchema.pick({ unitId: true, from: true, to: true });
export type InspectionDrillDown = z.infer<typeof InspectionDrillDownSchema>;

/** The dossier counts a rate is computed from, by indicator; null = not reported (never zero). */
export const dossierIndicators = [
  'received',
  'carried_over',
  'resolved',
  'resolved_early',
  'resolved_on_time',
  'resolved_late',
  'in_progress',
  'in_progress_within_deadline',
  'in_progress_overdue',
  'on_time_rate_reported',
] as const satisfies readonly Indicator[];
export const DossierCountsSchema = z.object(
  Object.fromEntries(dossierIndicators.map((indicator) => [indicator, z.number().nullable()])) as Record<
    (typeof dossierIndicators)[number],
    z.ZodNullable<z.ZodNumber>
  >,
);
export type DossierCounts = z.infer<typeof DossierCountsSchema>;

export const planTaskIndicators = [
  'plan_tasks_assigned',
  'plan_tasks_completed',
  'plan_tasks_completed_rate',
] as const satisfies readonly Indicator[];

/** One reported period of a unit's figures, whether the row counted it, and its own rate. */
export const FigurePeriodSchema = z.object({
  /** Null: the figures are "as of" periodEnd. */
  periodStart: IsoDateSchema.nullable(),
  periodEnd: IsoDateSchema,
  /** False when an overlapping (later or longer) period was counted instead, or its figures lack a rate. */
  isCounted: z.boolean(),
  basis: RateBasisSchema,
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  rate: z.number().nullable(),
  reportedRate: z.number().nullable(),
  figureIds: z.array(IdSchema),
  inspectionIds: z.array(IdSchema),
});
export type FigurePeriod = z.infer<typeof FigurePeriodSchema>;

/** A rate with the counts it came from and the records behind them. */
const SourcedRateSchema = z.object({
  basis: RateBasisSchema,
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  /** Percent, 0–100, unrounded; null when not reported. */
  rate: z.number().nullable(),
  reportedRate: z.number().nullable(),
  /** The span the rate covers: first counted period's start (null: "as of") to the last one's end. */
  periodStart: IsoDateSchema.nullable(),
  periodEnd: IsoDateSchema.nullable(),
  flags: z.array(FigureFlagSchema),
  periods: z.array(FigurePeriodSchema),
  /** The figures counted, and the inspections that recorded them (open one to see the source). */
  figureIds: z.array(IdSchema),
  inspectionIds: z.array(IdSchema),
});
export type SourcedRate = z.infer<typeof SourcedRateSchema>;

/** The records behind a rate: listed when asked for (`sources=true`). */
const sourceFields = { periods: true, figureIds: true, inspectionIds: true } as const;

export const OnTimeRateRowSchema = SourcedRateSchema.partial(sourceFields).extend({
  unit: DashboardUnitSchema,
  /** The authority tier the dossiers were handled at; null when the report did not split them. */
  tier: UnitLevelSchema.nullable(),
  definition: RateDefinitionSchema,
  counts: DossierCountsSchema,
});
export type OnTimeRateRow = z.infer<typeof OnTimeRateRowSchema>;

export const OnTimeRatesSchema = DashboardFrameSchema.extend({
  tier: UnitLevelSchema.nullable(),
  definition: RateDefinitionSchema,
  /** Every unit listed has at least one row; a unit without figures has one `not_reported` row. */
  rows: z.array(OnTimeRateRowSchema),
});
export type OnTimeRates = z.infer<typeof OnTimeRatesSchema>;

const count = z.number().int().min(0);

export const DirectiveTotalsSchema = z.object({
  /** Directives given at inspections dated in the period, led by the unit or a unit below it. */
  assigned: count,
  buckets: z.object(
    Object.fromEntries(DirectiveBucketSchema.options.map((bucket) => [bucket, count])) as Record<
      z.infer<typeof DirectiveBucketSchema>,
      typeof count
    >,
  ),
  done: count,
  /** done ÷ assigned, percent; null when nothing was assigned. */
  completionRate: z.number().nullable(),
  /** done on time ÷ assigned, percent; null when nothing was assigned. */
  onTimeCompletionRate: z.number().nullable(),
  /** Mean days from the inspection to the accepted completion, over the directives done. */
  meanDaysToClose: z.number().nullable(),
  /** The directive list behind these numbers. */
  directiveQuery: DirectiveDrillDownSchema,
});
export type DirectiveTotals = z.infer<typeof DirectiveTotalsSchema>;

export const PlanTasksSchema = SourcedRateSchema.partial(sourceFields).extend({
  assigned: z.number().nullable(),
  completed: z.number().nullable(),
});
export type PlanTasks = z.infer<typeof PlanTasksSchema>;

export const TaskCompletionRowSchema = z.object({
  unit: DashboardUnitSchema,
  directives: DirectiveTotalsSchema,
  /** The inspections whose directives are counted. */
  inspectionIds: z.array(IdSchema),
  /** The unit's own reported plan tasks (assigned, completed, rate), whole unit. */
  planTasks: PlanTasksSchema,
});
export type TaskCompletionRow = z.infer<typeof TaskCompletionRowSchema>;

export const TaskCompletionSchema = DashboardFrameSchema.extend({ rows: z.array(TaskCompletionRowSchema) });
export type TaskCompletion = z.infer<typeof TaskCompletionSchema>;

export const TrendBucketSchema = z.object({
  /** `2021`, `2021-H1`, `2021-Q2`, `2021-06`. */
  key: z.string(),
  start: IsoDateSchema,
  end: IsoDateSchema,
  /** A count: `reported` or `not_reported`. A rate: `computed`, `reported` or `not_reported`. */
  basis: RateBasisSchema,
  /** The count, or the rate in percent; null when not reported. */
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  reportedRate: z.number().nullable(),
  /**
   * The span the figures cover. A bucket holds the figures whose period ends in it; a longer period
   * (a year in a half-year bucket) is never prorated, so it may start before the bucket does.
   */
  periodStart: IsoDateSchema.nullable(),
  periodEnd: IsoDateSchema.nullable(),
  flags: z.array(FigureFlagSchema),
  figureIds: z.array(IdSchema),
  inspectionIds: z.array(IdSchema),
});
export type TrendBucket = z.infer<typeof TrendBucketSchema>;

export const TrendSchema = z.object({
  asOf: IsoDateSchema,
  unit: DashboardUnitSchema,
  indicator: TrendIndicatorSchema,
  granularity: GranularitySchema,
  tier: UnitLevelSchema.nullable(),
  definition: RateDefinitionSchema,
  /** The whole buckets covered. */
  from: IsoDateSchema,
  to: IsoDateSchema,
  buckets: z.array(TrendBucketSchema),
});
export type Trend = z.infer<typeof TrendSchema>;

export const DashboardSummarySchema = DashboardFrameSchema.extend({
  /** Units of `level` listed (valid in the period, in the subtree). */
  unitCount: count,
  /** Inspections dated in the period of any unit in the subtree. */
  inspectionCount: count,
  inspectionQuery: InspectionDrillDownSchema,
  /** Directives given in the period, led in the subtree: buckets.open_overdue, onTimeCompletionRate… */
  directives: DirectiveTotalsSchema,
  /** Units listed that no inspection dated in the period visited (as the inspected unit, a site, or below). */
  unitsNotInspected: z.array(DashboardUnitSchema),
});
export type DashboardSummary = z.infer<typeof DashboardSummarySchema>;

// ---------------------------------------------------------------------------------------------------
// Rules: which reported periods add up, how counts combine, what the rate of a set of periods is.

/** One reported period of one unit and tier: the figures that belong together. */
export type PeriodFigures = {
  periodStart: string | null;
  periodEnd: string;
  values: FigureGroup;
  figureIds: string[];
  inspectionIds: string[];
};

/**
 * Of a unit's reported periods (one tier), those that add up without counting a dossier twice.
 * Walking back from the latest end, a period is counted when it ends before every period already
 * counted begins; of periods ending together the longest wins. So a year supersedes its own first
 * half, two halves add up, and an "as of" figure (open start) supersedes everything before it.
 * Counted periods come back oldest first.
 */
export function selectCountedPeriods<T extends { periodStart: string | null; periodEnd: string }>(
  periods: T[],
): { counted: T[]; superseded: T[] } {
  const ordered = [...periods].sort(
    (a, b) =>
      b.periodEnd.localeCompare(a.periodEnd) ||
      (a.periodStart === null ? -1 : b.periodStart === null ? 1 : a.periodStart.localeCompare(b.periodStart)),
  );
  const counted: T[] = [];
  const superseded: T[] = [];
  // The earliest start counted so far: undefined before any, null once an open start is counted.
  let boundary: string | null | undefined;
  for (const period of ordered) {
    if (boundary === undefined || (boundary !== null && period.periodEnd < boundary)) {
      counted.push(period);
      boundary = period.periodStart;
    } else {
      superseded.push(period);
    }
  }
  return { counted: counted.reverse(), superseded };
}

/** Carried over is a stock at the period's start; these are stocks at its end. */
export const endStockIndicators: ReadonlySet<Indicator> = new Set<Indicator>([
  'in_progress',
  'in_progress_within_deadline',
  'in_progress_overdue',
  'paused',
  'procedures_total',
  'procedures_published_online',
  'procedures_in_one_stop_system',
]);

/**
 * The counts of consecutive periods (oldest first) as one: flows are summed, but only when every
 * period reports them (unknown is not zero); carried over is the first period's, stocks at the end
 * the last one's. A rate or a maximum of several periods is not one figure: it is dropped.
 */
export function combineFigureGroups(groups: FigureGroup[]): FigureGroup {
  const [first] = groups;
  const last = groups.at(-1);
  if (!first || !last || groups.length === 1) return { ...first };
  const combined: FigureGroup = {};
  const present = new Set(groups.flatMap((group) => Object.keys(group) as Indicator[]));
  for (const indicator of present) {
    let value: number | undefined;
    if (indicator === 'carried_over') value = first[indicator];
    else if (endStockIndicators.has(indicator)) value = last[indicator];
    else if (indicatorCatalogue[indicator] === 'count' && groups.every((group) => group[indicator] !== undefined)) {
      value = groups.reduce((sum, group) => sum + (group[indicator] ?? 0), 0);
    }
    if (value !== undefined) combined[indicator] = value;
  }
  return combined;
}

/** Plan-task completion: completed ÷ assigned; the reported rate stands in without counts. */
export function computePlanTaskRate(group: FigureGroup): RateResult {
  const reportedRate = group.plan_tasks_completed_rate ?? null;
  const { plan_tasks_completed: completed, plan_tasks_assigned: assigned } = group;
  if (completed !== undefined && assigned) {
    return {
      basis: 'computed',
      numerator: completed,
      denominator: assigned,
      rate: (completed / assigned) * 100,
      reportedRate,
    };
  }
  if (reportedRate !== null) {
    return { basis: 'reported', numerator: null, denominator: null, rate: reportedRate, reportedRate };
  }
  return { basis: 'not_reported', numerator: null, denominator: null, rate: null, reportedRate: null };
}

export type RateOf = (group: FigureGroup) => RateResult;

/** The rate of a unit's periods, with the counts and records it covers. */
export type PeriodsRate = SourcedRate & { counts: FigureGroup };

const unique = (values: string[]) => [...new Set(values)];

/** From the earliest start (null: "as of", open) to the latest end of some periods; nulls for none. */
export function periodSpan(periods: { periodStart: string | null; periodEnd: string | null }[]): {
  periodStart: string | null;
  periodEnd: string | null;
} {
  const starts = periods.map((period) => period.periodStart);
  const ends = periods.flatMap((period) => (period.periodEnd ? [period.periodEnd] : []));
  return {
    periodStart: starts.length === 0 || starts.includes(null) ? null : ([...starts].sort()[0] ?? null),
    periodEnd: ends.sort().at(-1) ?? null,
  };
}

const NOT_REPORTED: RateResult = {
  basis: 'not_reported',
  numerator: null,
  denominator: null,
  rate: null,
  reportedRate: null,
};

function sourcedFrom(result: RateResult, covering: PeriodFigures[], all: PeriodFigures[], rateOf: RateOf) {
  const counts = combineFigureGroups(covering.map((period) => period.values));
  const isCovering = new Set(covering);
  return {
    ...result,
    counts,
    ...periodSpan(covering),
    flags: flagFigureGroup(counts),
    periods: [...all]
      .sort(
        (a, b) => a.periodEnd.localeCompare(b.periodEnd) || (a.periodStart ?? '').localeCompare(b.periodStart ?? ''),
      )
      .map((period) => ({
        periodStart: period.periodStart,
        periodEnd: period.periodEnd,
        isCounted: isCovering.has(period),
        ...rateOf(period.values),
        figureIds: period.figureIds,
        inspectionIds: period.inspectionIds,
      })),
    figureIds: unique(covering.flatMap((period) => period.figureIds)),
    inspectionIds: unique(covering.flatMap((period) => period.inspectionIds)),
  };
}

/**
 * The rate over a unit's reported periods of one tier: the non-overlapping periods are combined and
 * the rate computed from their summed counts. When the counts do not add up to a rate (a period lacks
 * one of them), the latest counted period that has a rate on its own stands, and the row says which.
 * Rates are never averaged.
 */
export function rateOverPeriods(periods: PeriodFigures[], rateOf: RateOf): PeriodsRate {
  const { counted } = selectCountedPeriods(periods);
  if (counted.length === 0) return sourcedFrom(NOT_REPORTED, [], periods, rateOf);
  const combined = rateOf(combineFigureGroups(counted.map((period) => period.values)));
  if (combined.basis === 'not_reported' && counted.length > 1) {
    for (const period of [...counted].reverse()) {
      const own = rateOf(period.values);
      if (own.basis !== 'not_reported') return sourcedFrom(own, [period], periods, rateOf);
    }
  }
  return sourcedFrom(combined, counted, periods, rateOf);
}

/**
 * The rate of a whole unit from its figures by tier. Figures without a tier are the unit's own total
 * and win when they give a computed rate; else the tiers add up — their numerators and denominators,
 * only when every tier reported has counts. A reported rate stands in only when it is the one there is.
 */
export function wholeUnitRate(byTier: Map<UnitLevel | null, PeriodFigures[]>, rateOf: RateOf): PeriodsRate {
  const untiered = byTier.has(null) ? rateOverPeriods(byTier.get(null) ?? [], rateOf) : undefined;
  const tiers = [...byTier.entries()]
    .filter(([tier]) => tier !== null)
    .map(([, periods]) => rateOverPeriods(periods, rateOf));
  const sources = [...(untiered ? [untiered] : []), ...tiers];
  const [only] = sources;
  if (!only) return sourcedFrom(NOT_REPORTED, [], [], rateOf);
  if (sources.length === 1) return only;
  if (untiered?.basis === 'computed') return untiered;
  if (tiers.every((tier) => tier.basis === 'computed')) return sumTierRates(tiers);
  if (untiered && untiered.basis !== 'not_reported') return untiered;
  const [onlyTier] = tiers;
  if (tiers.length === 1 && onlyTier && onlyTier.basis !== 'not_reported') return onlyTier;
  // Nothing to stand on: not reported, but the periods seen stay listed for the drill-down.
  return {
    ...NOT_REPORTED,
    counts: {},
    periodStart: null,
    periodEnd: null,
    flags: sources.flatMap((rate) => rate.flags),
    periods: sources.flatMap((rate) => rate.periods),
    figureIds: unique(sources.flatMap((rate) => rate.figureIds)),
    inspectionIds: unique(sources.flatMap((rate) => rate.inspectionIds)),
  };
}

/** Tiers handle different dossiers: their computed rates add up by numerators and denominators. */
function sumTierRates(tiers: PeriodsRate[]): PeriodsRate {
  const numerator = tiers.reduce((sum, tier) => sum + (tier.numerator ?? 0), 0);
  const denominator = tiers.reduce((sum, tier) => sum + (tier.denominator ?? 0), 0);
  return {
    basis: 'computed',
    numerator,
    denominator,
    rate: denominator ? (numerator / denominator) * 100 : null,
    reportedRate: null,
    counts: sumAcrossTiers(tiers.map((tier) => tier.counts)),
    ...periodSpan(tiers),
    flags: tiers.flatMap((tier) => tier.flags),
    periods: tiers.flatMap((tier) => tier.periods),
    figureIds: unique(tiers.flatMap((tier) => tier.figureIds)),
    inspectionIds: unique(tiers.flatMap((tier) => tier.inspectionIds)),
  };
}

/**
 * One count indicator of a whole unit: its own untiered total when reported, else the sum of its
 * tiers (each tier's periods combined first); null when not reported.
 */
export function wholeUnitCount(
  byTier: Map<UnitLevel | null, PeriodFigures[]>,
  indicator: Indicator,
): { value: number | null; covering: PeriodFigures[] } {
  const combine = (periods: PeriodFigures[]) => {
    const { counted } = selectCountedPeriods(periods);
    return { value: combineFigureGroups(counted.map((period) => period.values))[indicator], counted };
  };
  const untiered = byTier.has(null) ? combine(byTier.get(null) ?? []) : undefined;
  if (untiered?.value !== undefined) return { value: untiered.value, covering: untiered.counted };
  const tiers = [...byTier.entries()].filter(([tier]) => tier !== null).map(([, periods]) => combine(periods));
  const known = tiers.filter((tier) => tier.value !== undefined);
  if (known.length === 0) return { value: null, covering: [] };
  return {
    value: known.reduce((sum, tier) => sum + (tier.value ?? 0), 0),
    covering: known.flatMap((tier) => tier.counted),
  };
}

/** Counts of different tiers are different dossiers: they add up where each tier knows them. */
export function sumAcrossTiers(groups: FigureGroup[]): FigureGroup {
  const total: FigureGroup = {};
  for (const group of groups) {
    for (const [indicator, value] of Object.entries(group) as [Indicator, number][]) {
      if (indicatorCatalogue[indicator] === 'count') total[indicator] = (total[indicator] ?? 0) + value;
    }
  }
  return total;
}

/** The on-time rate under a definition, as a `RateOf`. */
export const onTimeRateOf =
  (definition: z.infer<typeof RateDefinitionSchema>): RateOf =>
  (group) =>
    computeOnTimeRate(group, definition);

// ---------------------------------------------------------------------------------------------------
// Calendar buckets

const pad = (value: number) => String(value).padStart(2, '0');
const isoOf = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const monthsPer: Record<Granularity, number> = { month: 1, quarter: 3, half: 6, year: 12 };

function keyOf(granularity: Granularity, year: number, month: number): string {
  if (granularity === 'year') return String(year);
  if (granularity === 'half') return `${year}-H${month <= 6 ? 1 : 2}`;
  if (granularity === 'quarter') return `${year}-Q${Math.ceil(month / 3)}`;
  return `${year}-${pad(month)}`;
}

export type CalendarBucket = { key: string; start: string; end: string };

/** The calendar buckets (month, quarter, half, year) from the one holding `from` to the one holding `to`. */
export function calendarBuckets(
  from: string,
  to: string,
  granularity: Granularity,
  limit = Infinity,
): CalendarBucket[] {
  const step = monthsPer[granularity];
  let year = Number(from.slice(0, 4));
  let month = Math.floor((Number(from.slice(5, 7)) - 1) / step) * step + 1;
  const buckets: CalendarBucket[] = [];
  while (isoOf(year, month, 1) <= to && buckets.length < limit) {
    const endMonth = month + step - 1;
    buckets.push({
      key: keyOf(granularity, year, month),
      start: isoOf(year, month, 1),
      end: isoOf(year, endMonth, lastDayOf(year, endMonth)),
    });
    month += step;
    if (month > 12) {
      month -= 12;
      year += 1;
    }
  }
  return buckets;
}

/** How many buckets `calendarBuckets` would answer, without building them. */
export function countCalendarBuckets(from: string, to: string, granularity: Granularity): number {
  const step = monthsPer[granularity];
  const index = (date: string) => Math.floor((Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1) / step);
  return Math.max(0, index(to) - index(from) + 1);
}
