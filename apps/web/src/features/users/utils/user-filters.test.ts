import { describe, expect, it } from 'vitest';
import {
  emptyUserFilters,
  parseUserFilters,
  toUserSearchParams,
  toUsersQuery,
  updateUserFilters,
} from './user-filters';

describe('parseUserFilters', () => {
  it('reads search, role, status and page from the URL', () => {
    expect(parseUserFilters(new URLSearchParams('q=kien%20an&role=unit_officer&status=disabled&page=3'))).toEqual({
      q: 'kien an',
      role: 'unit_officer',
      status: 'disabled',
      page: 3,
    });
  });

  it('ignores values the API would refuse instead of sending them', () => {
    expect(parseUserFilters(new URLSearchParams('role=superuser&status=maybe&page=-2'))).toEqual(emptyUserFilters);
  });
});

describe('toUserSearchParams', () => {
  it('writes only what differs from the defaults', () => {
    expect(toUserSearchParams(emptyUserFilters).toString()).toBe('');
    expect(toUserSearchParams({ q: 'noi vu', role: 'inspector', status: 'active', page: 2 }).toString()).toBe(
      'q=noi+vu&role=inspector&status=active&page=2',
    );
  });
});

describe('toUsersQuery', () => {
  it('asks the API for active or disabled users by isActive', () => {
    expect(toUsersQuery({ ...emptyUserFilters, status: 'disabled' })).toEqual({
      page: 1,
      pageSize: 20,
      isActive: false,
    });
    expect(toUsersQuery({ ...emptyUserFilters, status: 'active' })).toMatchObject({ isActive: true });
  });

  it('trims the search and leaves empty filters out', () => {
    expect(toUsersQuery({ q: '  kien ', role: null, status: null, page: 2 })).toEqual({
      q: 'kien',
      page: 2,
      pageSize: 20,
    });
    expect(toUsersQuery({ ...emptyUserFilters, q: '   ' })).toEqual({ page: 1, pageSize: 20 });
  });
});

describe('updateUserFilters', () => {
  it('starts again on page 1 after any change but paging', () => {
    const onPage3 = { ...emptyUserFilters, page: 3 };
    expect(updateUserFilters(onPage3, { role: 'leader' })).toMatchObject({ role: 'leader', page: 1 });
    expect(updateUserFilters(onPage3, { page: 4 }).page).toBe(4);
  });
});
