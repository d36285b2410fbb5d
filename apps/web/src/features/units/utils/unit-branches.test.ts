import { describe, expect, it } from 'vitest';
import { makeUnit, makeUnitList } from '../../../testing/unit-fixtures';
import { toUnitBranch } from './unit-branches';

const pending = { data: undefined, error: null, isPending: true };

describe('toUnitBranch', () => {
  it('is pending until the first page arrives', () => {
    expect(toUnitBranch([pending]).status).toBe('pending');
    expect(toUnitBranch([]).status).toBe('pending');
  });

  it('is an error when the first page failed', () => {
    const error = new Error('boom');
    expect(toUnitBranch([{ data: undefined, error, isPending: false }])).toMatchObject({ status: 'error', error });
  });

  it('lists the units of every loaded page in order, with the total of the first', () => {
    const [a, b, c] = [makeUnit(), makeUnit(), makeUnit()];
    const branch = toUnitBranch([
      { data: makeUnitList([a, b], { total: 3, pageSize: 2 }), error: null, isPending: false },
      { data: makeUnitList([c], { total: 3, page: 2, pageSize: 2 }), error: null, isPending: false },
    ]);
    expect(branch).toMatchObject({ status: 'success', units: [a, b, c], total: 3, isLoadingMore: false });
  });

  it('reports a further page that is loading or failed without hiding what is there', () => {
    const first = { data: makeUnitList([makeUnit()], { total: 2, pageSize: 1 }), error: null, isPending: false };
    expect(toUnitBranch([first, pending])).toMatchObject({ status: 'success', isLoadingMore: true });

    const error = new Error('page 2 failed');
    const failed = toUnitBranch([first, { data: undefined, error, isPending: false }]);
    expect(failed).toMatchObject({ status: 'success', error, isLoadingMore: false });
    expect(failed.units).toHaveLength(1);
  });
});
