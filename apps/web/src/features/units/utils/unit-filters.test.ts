import { describe, expect, it } from 'vitest';
import {
  emptyUnitFilters,
  isFlatListMode,
  parseUnitFilters,
  toUnitSearchParams,
  updateUnitFilters,
} from './unit-filters';

describe('parseUnitFilters', () => {
  it('reads every filter from the URL', () => {
    const params = new URLSearchParams('q=kien+thuy&level=district&validOn=2025-06-30&page=3');
    expect(parseUnitFilters(params)).toEqual({ q: 'kien thuy', level: 'district', validOn: '2025-06-30', page: 3 });
  });

  it('ignores malformed values instead of passing them to the API', () => {
    const params = new URLSearchParams('level=village&validOn=30/06/2025&page=-2');
    expect(parseUnitFilters(params)).toEqual(emptyUnitFilters);
  });

  it('cuts a search term to the 100 characters the API accepts', () => {
    expect(parseUnitFilters(new URLSearchParams({ q: 'a'.repeat(150) })).q).toHaveLength(100);
  });
});

describe('toUnitSearchParams', () => {
  it('writes nothing for the default view', () => {
    expect(toUnitSearchParams(emptyUnitFilters).toString()).toBe('');
  });

  it('round-trips through parseUnitFilters', () => {
    const filters = { q: 'phường', level: 'commune' as const, validOn: '2025-07-01', page: 2 };
    expect(parseUnitFilters(toUnitSearchParams(filters))).toEqual(filters);
  });

  it('drops a search made only of spaces', () => {
    expect(toUnitSearchParams({ ...emptyUnitFilters, q: '   ' }).has('q')).toBe(false);
  });
});

describe('isFlatListMode', () => {
  it('shows the tree when neither a search nor a level is set', () => {
    expect(isFlatListMode({ ...emptyUnitFilters, validOn: '2025-07-01' })).toBe(false);
  });

  it('shows a flat list for a search or a level', () => {
    expect(isFlatListMode({ ...emptyUnitFilters, q: 'kien' })).toBe(true);
    expect(isFlatListMode({ ...emptyUnitFilters, level: 'district' })).toBe(true);
  });
});

describe('updateUnitFilters', () => {
  it('goes back to page 1 when a filter changes', () => {
    expect(updateUnitFilters({ ...emptyUnitFilters, page: 4 }, { level: 'commune' })).toMatchObject({
      level: 'commune',
      page: 1,
    });
  });

  it('keeps an explicit page change', () => {
    expect(updateUnitFilters(emptyUnitFilters, { page: 2 }).page).toBe(2);
  });
});
