import { describe, expect, it } from 'vitest';
import {
  emptyInspectionFilters,
  hasActiveFilters,
  parseInspectionFilters,
  toExportQuery,
  toInspectionSearchParams,
  toInspectionsQuery,
  updateInspectionFilters,
} from './inspection-filters';

const unitId = '00000000-0000-4000-8000-0000000000aa';

describe('parseInspectionFilters', () => {
  it('reads every filter from the URL', () => {
    const params = new URLSearchParams(
      `q=gia%20lam&unit=${unitId}&from=2021-01-01&to=2021-12-31&kind=review_meeting&area=procedures&overdue=1&sort=unit_asc&deleted=1&page=2`,
    );
    expect(parseInspectionFilters(params)).toEqual({
      q: 'gia lam',
      unitId,
      from: '2021-01-01',
      to: '2021-12-31',
      kind: 'review_meeting',
      parArea: 'procedures',
      hasOverdue: true,
      sort: 'unit_asc',
      deleted: true,
      page: 2,
    });
  });

  it('ignores values the API would refuse instead of sending them', () => {
    const params = new URLSearchParams('unit=kien-an&from=18/12/2020&kind=party&area=x&sort=random&page=-1');
    expect(parseInspectionFilters(params)).toEqual(emptyInspectionFilters);
  });
});

describe('toInspectionSearchParams', () => {
  it('writes only what differs from the defaults', () => {
    expect(toInspectionSearchParams(emptyInspectionFilters).toString()).toBe('');
    expect(
      toInspectionSearchParams({ ...emptyInspectionFilters, q: 'gia lam', hasOverdue: true, page: 3 }).toString(),
    ).toBe('q=gia+lam&overdue=1&page=3');
  });
});

describe('toInspectionsQuery and toExportQuery', () => {
  it('ask the API for the same inspections, the export without paging', () => {
    const filters = { ...emptyInspectionFilters, q: ' gia lam ', unitId, hasOverdue: true, sort: 'date_asc' as const };
    expect(toInspectionsQuery(filters)).toEqual({
      q: 'gia lam',
      unitId,
      hasOverdueDirectives: 'true',
      sort: 'date_asc',
      page: 1,
      pageSize: 20,
    });
    expect(toExportQuery(filters, 'xlsx')).toEqual({
      q: 'gia lam',
      unitId,
      hasOverdueDirectives: 'true',
      sort: 'date_asc',
      format: 'xlsx',
    });
  });
});

describe('updateInspectionFilters and hasActiveFilters', () => {
  it('start again on page 1 after any change but paging', () => {
    const onPage3 = { ...emptyInspectionFilters, page: 3 };
    expect(updateInspectionFilters(onPage3, { kind: 'visit' })).toMatchObject({ kind: 'visit', page: 1 });
    expect(updateInspectionFilters(onPage3, { page: 4 }).page).toBe(4);
  });

  it('count neither sorting nor paging as a filter', () => {
    expect(hasActiveFilters({ ...emptyInspectionFilters, sort: 'unit_asc', page: 2 })).toBe(false);
    expect(hasActiveFilters({ ...emptyInspectionFilters, hasOverdue: true })).toBe(true);
    expect(hasActiveFilters({ ...emptyInspectionFilters, q: '   ' })).toBe(false);
  });
});
