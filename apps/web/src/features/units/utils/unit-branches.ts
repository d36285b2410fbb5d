import type { Unit, UnitList } from '@partrack/contracts';

/** One request for a page of a node's children, as React Query reports it. */
export interface UnitPageResult {
  data: UnitList | undefined;
  error: unknown;
  isPending: boolean;
}

/** Children of one tree node, gathered from however many pages have been requested. */
export interface UnitBranch {
  /** `pending` and `error` describe the first page: there is nothing to list yet. */
  status: 'pending' | 'error' | 'success';
  units: Unit[];
  total: number;
  /** The first error among the pages, also when earlier pages did load. */
  error: unknown;
  isLoadingMore: boolean;
}

export function toUnitBranch(pages: readonly UnitPageResult[]): UnitBranch {
  const [first, ...rest] = pages;
  const failed = pages.find((page) => page.error != null);
  if (!first?.data) {
    return {
      status: failed ? 'error' : 'pending',
      units: [],
      total: 0,
      error: failed?.error ?? null,
      isLoadingMore: false,
    };
  }
  const units: Unit[] = [];
  for (const page of pages) {
    // A gap would list page 3 under page 1; stop at the first page that has not arrived.
    if (!page.data) break;
    units.push(...page.data.items);
  }
  return {
    status: 'success',
    units,
    total: first.data.total,
    error: failed?.error ?? null,
    isLoadingMore: rest.some((page) => page.isPending),
  };
}
