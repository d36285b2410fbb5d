import { describe, expect, it } from 'vitest';
import {
  emptyAuditFilters,
  parseAuditFilters,
  toAuditEventsQuery,
  toAuditSearchParams,
  updateAuditFilters,
} from './audit-filters';

describe('parseAuditFilters', () => {
  it('reads action, date range and page from the URL', () => {
    expect(parseAuditFilters(new URLSearchParams('action=user.updated&from=2025-07-01&to=2025-07-31&page=2'))).toEqual({
      action: 'user.updated',
      from: '2025-07-01',
      to: '2025-07-31',
      page: 2,
    });
  });

  it('ignores unknown actions and dates that are not YYYY-MM-DD', () => {
    expect(parseAuditFilters(new URLSearchParams('action=user.deleted&from=01/07/2025&to=2025-02-30'))).toEqual(
      emptyAuditFilters,
    );
  });
});

describe('toAuditSearchParams and toAuditEventsQuery', () => {
  it('leave out what is not set', () => {
    expect(toAuditSearchParams(emptyAuditFilters).toString()).toBe('');
    expect(toAuditEventsQuery(emptyAuditFilters)).toEqual({ page: 1, pageSize: 50 });
  });

  it('carry every filter that is set', () => {
    const filters = { action: 'auth.login_failed', from: '2025-07-01', to: '2025-07-02', page: 3 } as const;
    expect(toAuditSearchParams(filters).toString()).toBe(
      'action=auth.login_failed&from=2025-07-01&to=2025-07-02&page=3',
    );
    expect(toAuditEventsQuery(filters)).toEqual({ ...filters, pageSize: 50 });
  });
});

describe('updateAuditFilters', () => {
  it('starts again on page 1 after any change but paging', () => {
    expect(updateAuditFilters({ ...emptyAuditFilters, page: 5 }, { from: '2025-07-01' }).page).toBe(1);
  });
});
