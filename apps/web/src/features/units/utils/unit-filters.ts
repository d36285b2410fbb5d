import { IsoDateSchema, type UnitLevel, UnitLevelSchema } from '@partrack/contracts';

/** What the units screen is showing; lives in the URL so every state can be linked to. */
export interface UnitListFilters {
  q: string;
  level: UnitLevel | null;
  /** `YYYY-MM-DD`, or null for units of every period. */
  validOn: string | null;
  page: number;
}

export const emptyUnitFilters: UnitListFilters = { q: '', level: null, validOn: null, page: 1 };

const MAX_QUERY_LENGTH = 100;

/** Reads filters from the URL, ignoring anything malformed instead of sending it to the API. */
export function parseUnitFilters(params: URLSearchParams): UnitListFilters {
  const level = UnitLevelSchema.safeParse(params.get('level'));
  const validOn = IsoDateSchema.safeParse(params.get('validOn'));
  const page = Number(params.get('page'));
  return {
    q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
    level: level.success ? level.data : null,
    validOn: validOn.success ? validOn.data : null,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** Writes only what differs from the defaults, so the plain list stays at a plain `/units`. */
export function toUnitSearchParams(filters: UnitListFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q.trim() !== '') params.set('q', filters.q);
  if (filters.level) params.set('level', filters.level);
  if (filters.validOn) params.set('validOn', filters.validOn);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/**
 * A search term or a level turns the tree into a flat, paged list: matches sit at any depth, and a
 * level alone (every district, say) is a list rather than a branch.
 */
export function isFlatListMode(filters: UnitListFilters): boolean {
  return filters.q.trim() !== '' || filters.level !== null;
}

/** Applies a change from the filter bar; any change but paging starts again on page 1. */
export function updateUnitFilters(current: UnitListFilters, change: Partial<UnitListFilters>): UnitListFilters {
  return { ...current, page: 1, ...change };
}
