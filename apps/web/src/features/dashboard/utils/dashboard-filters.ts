import {
  type Granularity,
  GranularitySchema,
  IdSchema,
  IsoDateSchema,
  type RateDefinition,
  RateDefinitionSchema,
  type TrendIndicator,
  TrendIndicatorSchema,
  type UnitLevel,
  UnitLevelSchema,
} from '@partrack/contracts';

/** The calendar spans a leader picks from; `custom` takes any first and last day. */
export const periodKinds = ['year', 'half', 'quarter', 'month', 'custom'] as const;
export type PeriodKind = (typeof periodKinds)[number];

/** How many parts a year has for each kind of period (halves, quarters, months). */
export const partsPerYear: Record<Exclude<PeriodKind, 'year' | 'custom'>, number> = { half: 2, quarter: 4, month: 12 };

export interface DashboardPeriod {
  kind: PeriodKind;
  year: number;
  /** The half (1–2), quarter (1–4) or month (1–12) of `year`; 1 for a whole year or a custom period. */
  part: number;
  /** Custom periods only: the first and last day, either open. */
  from: string | null;
  to: string | null;
}

/**
 * What the dashboard shows; lives in the URL
 * (`/dashboard?period=&year=&part=&from=&to=&level=&parent=&definition=&target=&trendUnit=&indicator=&granularity=`).
 */
export interface DashboardFilters {
  period: DashboardPeriod;
  /** null: the API's default, the local-government level in force at the period's end. */
  level: UnitLevel | null;
  /** Only this unit's subtree; null: the reader's scope. */
  parentId: string | null;
  definition: RateDefinition;
  /** The target line of the on-time chart, in percent. */
  target: number;
  /** The unit whose trend is drawn; null: none chosen yet. */
  trendUnitId: string | null;
  indicator: TrendIndicator;
  granularity: Granularity;
}

export const DEFAULT_TARGET = 95;
const DEFAULT_DEFINITION: RateDefinition = 'resolved';
const DEFAULT_INDICATOR: TrendIndicator = 'on_time_rate';
const DEFAULT_GRANULARITY: Granularity = 'quarter';
/** The earliest year offered: the reports of the demo data start in 2015. */
export const FIRST_YEAR = 2010;

const pad = (value: number) => String(value).padStart(2, '0');
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The first and last day of a period (ISO dates); a custom period may leave either end open. */
export function periodRange(period: DashboardPeriod): { from: string | null; to: string | null } {
  if (period.kind === 'custom') return { from: period.from, to: period.to };
  const months = period.kind === 'year' ? 12 : 12 / partsPerYear[period.kind];
  const part = period.kind === 'year' ? 1 : period.part;
  const firstMonth = (part - 1) * months + 1;
  const lastMonth = firstMonth + months - 1;
  return {
    from: `${period.year}-${pad(firstMonth)}-01`,
    to: `${period.year}-${pad(lastMonth)}-${pad(lastDayOf(period.year, lastMonth))}`,
  };
}

/** Which part of its year a date falls in, for a kind of period: month 8 is the 2nd half, the 3rd quarter. */
export function partOf(kind: PeriodKind, month: number): number {
  if (kind === 'half' || kind === 'quarter' || kind === 'month') return Math.ceil(month / (12 / partsPerYear[kind]));
  return 1;
}

/** Switches the kind of period, keeping its year and the part that holds the start of the current one. */
export function changePeriodKind(period: DashboardPeriod, kind: PeriodKind): DashboardPeriod {
  if (kind === period.kind) return period;
  const { from, to } = periodRange(period);
  if (kind === 'custom') return { ...period, kind, part: 1, from, to };
  const start = from ?? to;
  const year = start ? Number(start.slice(0, 4)) : period.year;
  const month = start ? Number(start.slice(5, 7)) : 1;
  return { kind, year, part: partOf(kind, month), from: null, to: null };
}

export function defaultDashboardFilters(today: string): DashboardFilters {
  return {
    period: { kind: 'year', year: Number(today.slice(0, 4)), part: 1, from: null, to: null },
    level: null,
    parentId: null,
    definition: DEFAULT_DEFINITION,
    target: DEFAULT_TARGET,
    trendUnitId: null,
    indicator: DEFAULT_INDICATOR,
    granularity: DEFAULT_GRANULARITY,
  };
}

function integerIn(value: string | null, min: number, max: number): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  const number = Number(value);
  return number >= min && number <= max ? number : null;
}

function dateOrNull(value: string | null): string | null {
  return IsoDateSchema.safeParse(value).success ? value : null;
}

/** Reads the dashboard from the URL; what is missing or malformed takes its default (`today` sets the year). */
export function parseDashboardFilters(params: URLSearchParams, today: string): DashboardFilters {
  const defaults = defaultDashboardFilters(today);
  const kind = periodKinds.find((known) => known === params.get('period')) ?? defaults.period.kind;
  const year = integerIn(params.get('year'), FIRST_YEAR, 2100) ?? defaults.period.year;
  const parts = kind === 'year' || kind === 'custom' ? 1 : partsPerYear[kind];
  let from = kind === 'custom' ? dateOrNull(params.get('from')) : null;
  let to = kind === 'custom' ? dateOrNull(params.get('to')) : null;
  // A period that ends before it starts cannot be asked for: keep its start only.
  if (from && to && to < from) to = null;
  if (kind !== 'custom') from = to = null;
  const target = Number(params.get('target'));
  const trendUnit = params.get('trendUnit');
  const parent = params.get('parent');
  return {
    period: { kind, year, part: integerIn(params.get('part'), 1, parts) ?? 1, from, to },
    level: UnitLevelSchema.safeParse(params.get('level')).data ?? null,
    parentId: IdSchema.safeParse(parent).success ? parent : null,
    definition: RateDefinitionSchema.safeParse(params.get('definition')).data ?? defaults.definition,
    target: params.has('target') && Number.isFinite(target) && target > 0 && target <= 100 ? target : DEFAULT_TARGET,
    trendUnitId: IdSchema.safeParse(trendUnit).success ? trendUnit : null,
    indicator: TrendIndicatorSchema.safeParse(params.get('indicator')).data ?? defaults.indicator,
    granularity: GranularitySchema.safeParse(params.get('granularity')).data ?? defaults.granularity,
  };
}

/** Writes only what differs from the defaults, so the plain dashboard stays at a plain `/dashboard`. */
export function toDashboardSearchParams(filters: DashboardFilters, today: string): URLSearchParams {
  const defaults = defaultDashboardFilters(today);
  const params = new URLSearchParams();
  const { period } = filters;
  if (period.kind !== defaults.period.kind) params.set('period', period.kind);
  if (period.kind === 'custom') {
    if (period.from) params.set('from', period.from);
    if (period.to) params.set('to', period.to);
  } else {
    if (period.year !== defaults.period.year) params.set('year', String(period.year));
    if (period.kind !== 'year' && period.part !== 1) params.set('part', String(period.part));
  }
  if (filters.level) params.set('level', filters.level);
  if (filters.parentId) params.set('parent', filters.parentId);
  if (filters.definition !== defaults.definition) params.set('definition', filters.definition);
  if (filters.target !== defaults.target) params.set('target', String(filters.target));
  if (filters.trendUnitId) params.set('trendUnit', filters.trendUnitId);
  if (filters.indicator !== defaults.indicator) params.set('indicator', filters.indicator);
  if (filters.granularity !== defaults.granularity) params.set('granularity', filters.granularity);
  return params;
}

/** The scope every per-unit request of the dashboard shares; empty values are left out. */
export function toScopeQuery(filters: DashboardFilters): {
  level?: UnitLevel;
  parentId?: string;
  from?: string;
  to?: string;
} {
  const { from, to } = periodRange(filters.period);
  return {
    ...(filters.level ? { level: filters.level } : {}),
    ...(filters.parentId ? { parentId: filters.parentId } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
}
