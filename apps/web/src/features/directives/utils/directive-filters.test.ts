import { describe, expect, it } from 'vitest';
import {
  defaultDirectiveFilters,
  hasActiveFilters,
  parseDirectiveFilters,
  toDirectiveSearchParams,
  toDirectivesQuery,
  toScopeQuery,
  updateDirectiveFilters,
} from './directive-filters';

const unitId = '00000000-0000-4000-8000-0000000000aa';
const inspectionId = '00000000-0000-4000-8000-0000000000bb';

describe('each role’s default list', () => {
  it('opens a unit officer on all their directives, an inspector on the review queue, a leader on the overdue', () => {
    const empty = new URLSearchParams();
    expect(parseDirectiveFilters(empty, 'unit_officer')).toMatchObject({ view: 'all', bucket: null });
    expect(parseDirectiveFilters(empty, 'inspector')).toMatchObject({ view: 'review', bucket: null });
    expect(parseDirectiveFilters(empty, 'leader')).toMatchObject({ view: 'all', bucket: 'open_overdue' });
    expect(parseDirectiveFilters(empty, 'admin')).toMatchObject({ view: 'all', bucket: null });
  });

  it('asks the API for the review queue and the pending extensions by stage and flag', () => {
    expect(toDirectivesQuery(defaultDirectiveFilters('inspector'))).toEqual({
      stage: 'awaiting_review',
      page: 1,
      pageSize: 20,
    });
    expect(toDirectivesQuery(defaultDirectiveFilters('leader'))).toEqual({
      bucket: 'open_overdue',
      page: 1,
      pageSize: 20,
    });
    const extensions = updateDirectiveFilters(defaultDirectiveFilters('leader'), { view: 'extensions' }, 'leader');
    // The leader's extension requests are all of them, not only the overdue ones.
    expect(toDirectivesQuery(extensions)).toEqual({ hasPendingExtension: 'true', page: 1, pageSize: 20 });
  });
});

describe('the URL', () => {
  it('reads every filter', () => {
    const params = new URLSearchParams(
      `view=extensions&bucket=done_late&unit=${unitId}&inspection=${inspectionId}&area=procedures&from=2021-01-01&to=2021-12-31&assignedFrom=2019-01-01&assignedTo=2019-12-31&sort=due_desc&page=3`,
    );
    expect(parseDirectiveFilters(params, 'unit_officer')).toEqual({
      view: 'extensions',
      bucket: 'done_late',
      unitId,
      inspectionId,
      parArea: 'procedures',
      dueFrom: '2021-01-01',
      dueTo: '2021-12-31',
      assignedFrom: '2019-01-01',
      assignedTo: '2019-12-31',
      sort: 'due_desc',
      page: 3,
    });
  });

  it('ignores values the API would refuse, falling back to the role’s defaults', () => {
    const params = new URLSearchParams(
      'view=mine&bucket=late&unit=kien-an&area=x&from=18/03/2021&assignedTo=2021-13-01&sort=a&page=-2',
    );
    expect(parseDirectiveFilters(params, 'leader')).toEqual(defaultDirectiveFilters('leader'));
  });

  it('writes only what differs from the role’s defaults, and "all buckets" when a leader asks for it', () => {
    expect(toDirectiveSearchParams(defaultDirectiveFilters('leader'), 'leader').toString()).toBe('');
    expect(toDirectiveSearchParams(defaultDirectiveFilters('inspector'), 'inspector').toString()).toBe('');

    const everything = updateDirectiveFilters(defaultDirectiveFilters('leader'), { bucket: null }, 'leader');
    const params = toDirectiveSearchParams(everything, 'leader');
    expect(params.toString()).toBe('bucket=all');
    expect(parseDirectiveFilters(params, 'leader').bucket).toBeNull();
  });

  it('round-trips a unit officer’s filtered list', () => {
    const filters = { ...defaultDirectiveFilters('unit_officer'), bucket: 'open_overdue' as const, unitId, page: 2 };
    const params = toDirectiveSearchParams(filters, 'unit_officer');
    expect(params.toString()).toBe(`bucket=open_overdue&unit=${unitId}&page=2`);
    expect(parseDirectiveFilters(params, 'unit_officer')).toEqual(filters);
  });
});

describe('updateDirectiveFilters', () => {
  it('starts again on page 1 after any change but paging', () => {
    const onPage3 = { ...defaultDirectiveFilters('admin'), page: 3 };
    expect(updateDirectiveFilters(onPage3, { parArea: 'procedures' }, 'admin').page).toBe(1);
  });

  it('keeps the bucket counts to the same filters as the list, without bucket and paging', () => {
    const filters = { ...defaultDirectiveFilters('inspector'), bucket: 'done_late' as const, unitId, page: 4 };
    expect(toScopeQuery(filters)).toEqual({ stage: 'awaiting_review', unitId });
  });

  it("passes the dashboard's period on as the days directives were given", () => {
    const filters = {
      ...defaultDirectiveFilters('leader'),
      unitId,
      assignedFrom: '2021-01-01',
      assignedTo: '2021-06-30',
    };
    expect(hasActiveFilters(filters)).toBe(true);
    expect(toScopeQuery(filters)).toEqual({ unitId, assignedFrom: '2021-01-01', assignedTo: '2021-06-30' });
    const params = toDirectiveSearchParams(filters, 'leader');
    expect(params.toString()).toBe(`unit=${unitId}&assignedFrom=2021-01-01&assignedTo=2021-06-30`);
  });
});
