import {
  IdSchema,
  type InspectionKind,
  InspectionKindSchema,
  type InspectionSort,
  InspectionSortSchema,
  IsoDateSchema,
  type ParArea,
  ParAreaSchema,
} from '@partrack/contracts';
import type { InspectionsExportQuery, InspectionsQuery } from '../api/inspection-keys';

/**
 * What the inspection list shows; lives in the URL
 * (`/inspections?q=&unit=&from=&to=&kind=&area=&overdue=1&sort=&deleted=1&page=`).
 */
export interface InspectionFilters {
  q: string;
  /** The unit and everything below it. */
  unitId: string | null;
  from: string | null;
  to: string | null;
  kind: InspectionKind | null;
  parArea: ParArea | null;
  hasOverdue: boolean;
  sort: InspectionSort;
  /** Administrators only: the deleted inspections instead. */
  deleted: boolean;
  page: number;
}

export const DEFAULT_SORT: InspectionSort = 'date_desc';

export const emptyInspectionFilters: InspectionFilters = {
  q: '',
  unitId: null,
  from: null,
  to: null,
  kind: null,
  parArea: null,
  hasOverdue: false,
  sort: DEFAULT_SORT,
  deleted: false,
  page: 1,
};

export const INSPECTIONS_PAGE_SIZE = 20;
const MAX_QUERY_LENGTH = 200;

function dateOrNull(value: string | null): string | null {
  return IsoDateSchema.safeParse(value).success ? value : null;
}

/** Reads filters from the URL, ignoring anything malformed instead of sending it to the API. */
export function parseInspectionFilters(params: URLSearchParams): InspectionFilters {
  const page = Number(params.get('page'));
  const unitId = params.get('unit');
  return {
    q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
    unitId: IdSchema.safeParse(unitId).success ? unitId : null,
    from: dateOrNull(params.get('from')),
    to: dateOrNull(params.get('to')),
    kind: InspectionKindSchema.safeParse(params.get('kind')).data ?? null,
    parArea: ParAreaSchema.safeParse(params.get('area')).data ?? null,
    hasOverdue: params.get('overdue') === '1',
    sort: InspectionSortSchema.safeParse(params.get('sort')).data ?? DEFAULT_SORT,
    deleted: params.get('deleted') === '1',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** Writes only what differs from the defaults, so the plain list stays at a plain `/inspections`. */
export function toInspectionSearchParams(filters: InspectionFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q.trim() !== '') params.set('q', filters.q);
  if (filters.unitId) params.set('unit', filters.unitId);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.parArea) params.set('area', filters.parArea);
  if (filters.hasOverdue) params.set('overdue', '1');
  if (filters.sort !== DEFAULT_SORT) params.set('sort', filters.sort);
  if (filters.deleted) params.set('deleted', '1');
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/** Any change but paging starts again on page 1. */
export function updateInspectionFilters(
  current: InspectionFilters,
  change: Partial<InspectionFilters>,
): InspectionFilters {
  return { ...current, page: 1, ...change };
}

/** Whether anything narrows the list (sorting and paging do not). */
export function hasActiveFilters(filters: InspectionFilters): boolean {
  return (
    filters.q.trim() !== '' ||
    filters.unitId !== null ||
    filters.from !== null ||
    filters.to !== null ||
    filters.kind !== null ||
    filters.parArea !== null ||
    filters.hasOverdue ||
    filters.deleted
  );
}

/** The filters as the API takes them, without paging: shared by the list and its export. */
function toFilterQuery(filters: InspectionFilters): Omit<InspectionsQuery, 'page' | 'pageSize'> {
  const query: Omit<InspectionsQuery, 'page' | 'pageSize'> = {};
  const q = filters.q.trim();
  if (q !== '') query.q = q;
  if (filters.unitId) query.unitId = filters.unitId;
  if (filters.from) query.from = filters.from;
  if (filters.to) query.to = filters.to;
  if (filters.kind) query.kind = filters.kind;
  if (filters.parArea) query.parArea = filters.parArea;
  if (filters.hasOverdue) query.hasOverdueDirectives = 'true';
  if (filters.sort !== DEFAULT_SORT) query.sort = filters.sort;
  if (filters.deleted) query.deleted = 'true';
  return query;
}

/** The API's query for these filters; empty ones are left out so they share one cache entry. */
export function toInspectionsQuery(filters: InspectionFilters): InspectionsQuery {
  return { ...toFilterQuery(filters), page: filters.page, pageSize: INSPECTIONS_PAGE_SIZE };
}

/** The export of exactly what the list shows, every page of it. */
export function toExportQuery(filters: InspectionFilters, format: InspectionsExportQuery['format']) {
  return { ...toFilterQuery(filters), format } satisfies InspectionsExportQuery;
}
