import { describe, expect, it } from 'vitest';
import {
  calendarBuckets,
  combineFigureGroups,
  computePlanTaskRate,
  countCalendarBuckets,
  localGovernmentLevelOn,
  OnTimeRatesQuerySchema,
  onTimeRateOf,
  type PeriodFigures,
  rateOverPeriods,
  selectCountedPeriods,
  TrendsQuerySchema,
  wholeUnitCount,
  wholeUnitRate,
} from './dashboard';
import { issueCodeOf } from './errors';
import type { FigureGroup } from './on-time-rates';
import type { UnitLevel } from './units';

const period = (periodStart: string | null, periodEnd: string, values: FigureGroup = {}): PeriodFigures => ({
  periodStart,
  periodEnd,
  values,
  figureIds: [],
  inspectionIds: [],
});
const ends = (periods: PeriodFigures[]) => periods.map((item) => `${item.periodStart ?? '…'}–${item.periodEnd}`);
const resolvedRate = onTimeRateOf('resolved');

describe('the level a per-unit view lists', () => {
  it('is the district up to 30/06/2025 and the commune from 01/07/2025', () => {
    expect(localGovernmentLevelOn('2025-06-30')).toBe('district');
    expect(localGovernmentLevelOn('2025-07-01')).toBe('commune');
  });
});

describe('selectCountedPeriods', () => {
  it('lets a year supersede its own first half', () => {
    const { counted, superseded } = selectCountedPeriods([
      period('2021-01-01', '2021-06-30'),
      period('2021-01-01', '2021-12-31'),
    ]);
    expect(ends(counted)).toEqual(['2021-01-01–2021-12-31']);
    expect(ends(superseded)).toEqual(['2021-01-01–2021-06-30']);
  });

  it('counts consecutive periods together, oldest first', () => {
    const { counted } = selectCountedPeriods([
      period('2021-07-01', '2021-12-31'),
      period('2021-01-01', '2021-03-31'),
      period('2021-04-01', '2021-06-30'),
    ]);
    expect(ends(counted)).toEqual(['2021-01-01–2021-03-31', '2021-04-01–2021-06-30', '2021-07-01–2021-12-31']);
  });

  it('lets the latest "as of" figure supersede everything before it', () => {
    const { counted, superseded } = selectCountedPeriods([
      period(null, '2021-05-19'),
      period(null, '2021-10-01'),
      period('2021-01-01', '2021-06-30'),
    ]);
    expect(ends(counted)).toEqual(['…–2021-10-01']);
    expect(superseded).toHaveLength(2);
  });

  it('keeps the later of two periods that overlap without one holding the other', () => {
    const { counted } = selectCountedPeriods([period('2021-01-01', '2021-06-30'), period('2021-03-01', '2021-09-30')]);
    expect(ends(counted)).toEqual(['2021-03-01–2021-09-30']);
  });
});

describe('combineFigureGroups', () => {
  it('sums flows, takes carried over from the first period and stocks from the last', () => {
    const combined = combineFigureGroups([
      { received: 100, carried_over: 10, resolved: 90, in_progress: 20, on_time_rate_reported: 95 },
      { received: 50, carried_over: 20, resolved: 60, in_progress: 10, on_time_rate_reported: 99 },
    ]);
    expect(combined).toEqual({ received: 150, carried_over: 10, resolved: 150, in_progress: 10 });
  });

  it('leaves a flow unknown when one period does not report it: unknown is not zero', () => {
    expect(combineFigureGroups([{ received: 100, resolved: 90 }, { received: 50 }])).toEqual({ received: 150 });
  });
});

describe('rateOverPeriods', () => {
  it('computes the rate from the summed counts, never by averaging the rates', () => {
    const rate = rateOverPeriods(
      [
        period('2021-01-01', '2021-03-31', { resolved: 10, resolved_on_time: 5 }),
        period('2021-04-01', '2021-06-30', { resolved: 90, resolved_on_time: 90 }),
      ],
      resolvedRate,
    );
    // 95 of 100, not the mean of 50 % and 100 %.
    expect(rate).toMatchObject({ basis: 'computed', numerator: 95, denominator: 100, rate: 95 });
    expect(rate).toMatchObject({ periodStart: '2021-01-01', periodEnd: '2021-06-30' });
    expect(rate.periods.map((item) => item.isCounted)).toEqual([true, true]);
  });

  it('falls back to the latest period with a rate of its own, and says which', () => {
    const rate = rateOverPeriods(
      [
        period('2021-01-01', '2021-03-31', { resolved: 10, resolved_on_time: 5 }),
        period('2021-04-01', '2021-06-30', { received: 90 }),
      ],
      resolvedRate,
    );
    expect(rate).toMatchObject({ basis: 'computed', rate: 50, periodStart: '2021-01-01', periodEnd: '2021-03-31' });
    expect(rate.periods.map((item) => item.isCounted)).toEqual([true, false]);
  });

  it('says not reported when there is nothing', () => {
    expect(rateOverPeriods([], resolvedRate)).toMatchObject({ basis: 'not_reported', rate: null, periods: [] });
  });
});

describe('wholeUnitRate', () => {
  const tiers = (entries: [UnitLevel | null, PeriodFigures[]][]) => new Map(entries);

  it('adds the tiers by their counts', () => {
    const rate = wholeUnitRate(
      tiers([
        ['district', [period('2021-01-01', '2021-05-31', { resolved: 12616, resolved_on_time: 12616 })]],
        ['commune', [period('2021-01-01', '2021-05-31', { resolved: 61000, resolved_on_time: 60000 })]],
      ]),
      resolvedRate,
    );
    expect(rate).toMatchObject({ basis: 'computed', numerator: 72616, denominator: 73616 });
  });

  it("prefers the unit's own computed total to its tiers", () => {
    const rate = wholeUnitRate(
      tiers([
        [null, [period('2021-01-01', '2021-05-31', { resolved: 10, resolved_on_time: 9 })]],
        ['district', [period('2021-01-01', '2021-05-31', { resolved: 4, resolved_on_time: 4 })]],
      ]),
      resolvedRate,
    );
    expect(rate).toMatchObject({ numerator: 9, denominator: 10 });
  });

  it('does not pass one tier off as the whole unit', () => {
    const rate = wholeUnitRate(
      tiers([
        ['district', [period('2021-01-01', '2021-05-31', { resolved: 4, resolved_on_time: 4 })]],
        ['commune', [period('2021-01-01', '2021-05-31', { received: 40 })]],
      ]),
      resolvedRate,
    );
    expect(rate).toMatchObject({ basis: 'not_reported', rate: null });
    expect(rate.periods).toHaveLength(2);
  });

  it('computes plan-task completion from counts, else keeps the reported rate', () => {
    expect(
      computePlanTaskRate({ plan_tasks_assigned: 21, plan_tasks_completed: 12, plan_tasks_completed_rate: 57.14 }),
    ).toMatchObject({ basis: 'computed', numerator: 12, denominator: 21, reportedRate: 57.14 });
    expect(computePlanTaskRate({ plan_tasks_completed_rate: 100 })).toMatchObject({ basis: 'reported', rate: 100 });
    expect(computePlanTaskRate({})).toMatchObject({ basis: 'not_reported', rate: null });
  });
});

describe('wholeUnitCount', () => {
  it("takes the unit's own total when there is one, else the sum of its tiers", () => {
    const own = new Map<UnitLevel | null, PeriodFigures[]>([
      [null, [period(null, '2021-05-19', { procedures_total: 410 })]],
      ['district', [period(null, '2021-05-19', { procedures_total: 262 })]],
    ]);
    expect(wholeUnitCount(own, 'procedures_total').value).toBe(410);
    const split = new Map<UnitLevel | null, PeriodFigures[]>([
      ['district', [period('2021-01-01', '2021-05-31', { received: 12989 })]],
      ['commune', [period('2021-01-01', '2021-05-31', { received: 61494 })]],
    ]);
    expect(wholeUnitCount(split, 'received')).toMatchObject({ value: 74483 });
    expect(wholeUnitCount(new Map(), 'received')).toEqual({ value: null, covering: [] });
  });
});

describe('calendarBuckets', () => {
  it('covers the period in whole calendar buckets', () => {
    expect(calendarBuckets('2020-11-15', '2021-02-01', 'quarter')).toEqual([
      { key: '2020-Q4', start: '2020-10-01', end: '2020-12-31' },
      { key: '2021-Q1', start: '2021-01-01', end: '2021-03-31' },
    ]);
    expect(calendarBuckets('2024-02-10', '2024-02-10', 'month')).toEqual([
      { key: '2024-02', start: '2024-02-01', end: '2024-02-29' },
    ]);
    expect(calendarBuckets('2021-05-01', '2022-01-01', 'half').map((bucket) => bucket.key)).toEqual([
      '2021-H1',
      '2021-H2',
      '2022-H1',
    ]);
    expect(calendarBuckets('2019-12-31', '2021-01-01', 'year').map((bucket) => bucket.end)).toEqual([
      '2019-12-31',
      '2020-12-31',
      '2021-12-31',
    ]);
  });

  it('counts buckets without building them', () => {
    expect(countCalendarBuckets('2020-11-15', '2021-02-01', 'quarter')).toBe(2);
    expect(countCalendarBuckets('1990-01-01', '2021-12-31', 'month')).toBe(384);
  });
});

describe('the dashboard queries', () => {
  it('name a period that ends before it starts "before_start" at to', () => {
    const result = OnTimeRatesQuerySchema.safeParse({ from: '2021-01-01', to: '2020-12-31' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issueCodeOf(issue)])).toEqual([
      ['to', 'before_start'],
    ]);
  });

  it('trend counts and computed rates, not rates reported without counts', () => {
    const unitId = '00000000-0000-4000-8000-000000000000';
    expect(TrendsQuerySchema.parse({ unitId, indicator: 'on_time_rate' })).toMatchObject({
      granularity: 'quarter',
      definition: 'resolved',
    });
    expect(TrendsQuerySchema.safeParse({ unitId, indicator: 'received' }).success).toBe(true);
    expect(TrendsQuerySchema.safeParse({ unitId, indicator: 'staff_reduction_rate' }).success).toBe(false);
  });
});
