import { describe, expect, it } from 'vitest';
import {
  changePeriodKind,
  type DashboardPeriod,
  defaultDashboardFilters,
  parseDashboardFilters,
  periodRange,
  toDashboardSearchParams,
  toScopeQuery,
} from './dashboard-filters';

const TODAY = '2026-12-01';
const period = (change: Partial<DashboardPeriod>): DashboardPeriod => ({
  kind: 'year',
  year: 2021,
  part: 1,
  from: null,
  to: null,
  ...change,
});

describe('periodRange', () => {
  it('turns a year, a half, a quarter and a month into their first and last day', () => {
    expect(periodRange(period({ kind: 'year', year: 2020 }))).toEqual({ from: '2020-01-01', to: '2020-12-31' });
    expect(periodRange(period({ kind: 'half', part: 1 }))).toEqual({ from: '2021-01-01', to: '2021-06-30' });
    expect(periodRange(period({ kind: 'half', part: 2 }))).toEqual({ from: '2021-07-01', to: '2021-12-31' });
    expect(periodRange(period({ kind: 'quarter', part: 3 }))).toEqual({ from: '2021-07-01', to: '2021-09-30' });
    expect(periodRange(period({ kind: 'month', part: 2, year: 2024 }))).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
    });
    expect(periodRange(period({ kind: 'month', part: 2, year: 2021 }))).toEqual({
      from: '2021-02-01',
      to: '2021-02-28',
    });
  });

  it('keeps a custom period as picked, either end open', () => {
    expect(periodRange(period({ kind: 'custom', from: '2015-01-01', to: '2021-12-31' }))).toEqual({
      from: '2015-01-01',
      to: '2021-12-31',
    });
    expect(periodRange(period({ kind: 'custom', from: null, to: '2021-12-31' }))).toEqual({
      from: null,
      to: '2021-12-31',
    });
  });
});

describe('changePeriodKind', () => {
  it('keeps the year and picks the part holding the start of the current period', () => {
    const thirdQuarter = period({ kind: 'quarter', part: 3 });
    expect(changePeriodKind(thirdQuarter, 'half')).toMatchObject({ kind: 'half', year: 2021, part: 2 });
    expect(changePeriodKind(thirdQuarter, 'month')).toMatchObject({ kind: 'month', part: 7 });
    expect(changePeriodKind(thirdQuarter, 'year')).toMatchObject({ kind: 'year', year: 2021, part: 1 });
  });

  it('opens a custom period on the days of the period it replaces', () => {
    expect(changePeriodKind(period({ kind: 'half', part: 2 }), 'custom')).toMatchObject({
      kind: 'custom',
      from: '2021-07-01',
      to: '2021-12-31',
    });
  });
});

describe('parseDashboardFilters', () => {
  it('opens on the current year in Vietnam, rates on resolved dossiers and a 95 % target', () => {
    const filters = parseDashboardFilters(new URLSearchParams(), TODAY);
    expect(filters).toEqual(defaultDashboardFilters(TODAY));
    expect(periodRange(filters.period)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(filters).toMatchObject({ definition: 'resolved', target: 95, level: null, parentId: null });
  });

  it('reads the acceptance view: 2015–2021, districts, Decision 766', () => {
    const filters = parseDashboardFilters(
      new URLSearchParams('period=custom&from=2015-01-01&to=2021-12-31&level=district&definition=decision_766'),
      TODAY,
    );
    expect(toScopeQuery(filters)).toEqual({ level: 'district', from: '2015-01-01', to: '2021-12-31' });
    expect(filters.definition).toBe('decision_766');
  });

  it('ignores what is malformed instead of sending it to the API', () => {
    const filters = parseDashboardFilters(
      new URLSearchParams(
        'period=decade&year=1900&part=9&level=hamlet&parent=x&definition=average&target=150&indicator=x&granularity=week',
      ),
      TODAY,
    );
    expect(filters).toEqual(defaultDashboardFilters(TODAY));
  });

  it('drops the end of a custom period that ends before it starts', () => {
    const filters = parseDashboardFilters(new URLSearchParams('period=custom&from=2021-01-01&to=2020-01-01'), TODAY);
    expect(periodRange(filters.period)).toEqual({ from: '2021-01-01', to: null });
  });

  it('rejects a part the kind of period does not have', () => {
    expect(parseDashboardFilters(new URLSearchParams('period=half&part=3'), TODAY).period.part).toBe(1);
    expect(parseDashboardFilters(new URLSearchParams('period=month&part=12'), TODAY).period.part).toBe(12);
  });
});

describe('toDashboardSearchParams', () => {
  it('leaves the plain dashboard at a plain /dashboard', () => {
    expect(toDashboardSearchParams(defaultDashboardFilters(TODAY), TODAY).toString()).toBe('');
  });

  it('writes what differs from the defaults and reads back the same view', () => {
    const filters = {
      ...defaultDashboardFilters(TODAY),
      period: period({ kind: 'quarter', year: 2021, part: 2 }),
      level: 'commune' as const,
      parentId: '0190a2b3-0000-7000-8000-000000000001',
      definition: 'decision_766' as const,
      target: 90,
      trendUnitId: '0190a2b3-0000-7000-8000-000000000002',
      indicator: 'received' as const,
      granularity: 'month' as const,
    };
    const params = toDashboardSearchParams(filters, TODAY);
    expect(params.toString()).toBe(
      'period=quarter&year=2021&part=2&level=commune&parent=0190a2b3-0000-7000-8000-000000000001&definition=decision_766&target=90&trendUnit=0190a2b3-0000-7000-8000-000000000002&indicator=received&granularity=month',
    );
    expect(parseDashboardFilters(params, TODAY)).toEqual(filters);
  });
});
