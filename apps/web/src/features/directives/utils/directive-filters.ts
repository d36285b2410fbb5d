import {
  type DirectiveBucket,
  DirectiveBucketSchema,
  IdSchema,
  IsoDateSchema,
  type ParArea,
  ParAreaSchema,
  type Role,
} from '@partrack/contracts';
import type { DirectivesQuery } from '../api/directive-keys';

/** The lists a reader can switch between; each role opens on the one it works from. */
export const directiveViews = ['all', 'review', 'extensions'] as const;
export type DirectiveView = (typeof directiveViews)[number];

export const directiveSorts = ['due_asc', 'due_desc'] as const;
export type DirectiveSort = (typeof directiveSorts)[number];

/**
 * What the directive list shows; lives in the URL
 * (`/directives?view=&bucket=&unit=&inspection=&area=&from=&to=&assignedFrom=&assignedTo=&sort=&page=`).
 */
export interface DirectiveFilters {
  /** `review`: reported done, awaiting the inspecting side; `extensions`: an extension request waits. */
  view: DirectiveView;
  /** null: every bucket. */
  bucket: DirectiveBucket | null;
  /** The lead unit and everything below it. */
  unitId: string | null;
  inspectionId: string | null;
  parArea: ParArea | null;
  dueFrom: string | null;
  dueTo: string | null;
  /** The day the directive was given (its inspection's date): how the dashboard's period opens the list. */
  assignedFrom: string | null;
  assignedTo: string | null;
  sort: DirectiveSort;
  page: number;
}

export const DIRECTIVES_PAGE_SIZE = 20;
const DEFAULT_SORT: DirectiveSort = 'due_asc';
/** How the URL says "every bucket" when the role's default is one bucket. */
const ALL_BUCKETS = 'all';

/** Where each role starts: inspectors at their review queue, leaders at the overdue list. */
export function defaultViewOf(role: Role): DirectiveView {
  return role === 'inspector' ? 'review' : 'all';
}

/** The bucket a view opens on: a leader's list of everything opens on the overdue ones. */
export function defaultBucketOf(role: Role, view: DirectiveView): DirectiveBucket | null {
  return role === 'leader' && view === 'all' ? 'open_overdue' : null;
}

export function defaultDirectiveFilters(role: Role): DirectiveFilters {
  const view = defaultViewOf(role);
  return {
    view,
    bucket: defaultBucketOf(role, view),
    unitId: null,
    inspectionId: null,
    parArea: null,
    dueFrom: null,
    dueTo: null,
    assignedFrom: null,
    assignedTo: null,
    sort: DEFAULT_SORT,
    page: 1,
  };
}

function idOrNull(value: string | null): string | null {
  return IdSchema.safeParse(value).success ? value : null;
}

function dateOrNull(value: string | null): string | null {
  return IsoDateSchema.safeParse(value).success ? value : null;
}

/** Reads filters from the URL, with the role's defaults for what it leaves out; malformed values are ignored. */
export function parseDirectiveFilters(params: URLSearchParams, role: Role): DirectiveFilters {
  const view = directiveViews.find((known) => known === params.get('view')) ?? defaultViewOf(role);
  const bucketParam = params.get('bucket');
  const bucket =
    bucketParam === ALL_BUCKETS
      ? null
      : (DirectiveBucketSchema.safeParse(bucketParam).data ?? defaultBucketOf(role, view));
  const page = Number(params.get('page'));
  return {
    view,
    bucket,
    unitId: idOrNull(params.get('unit')),
    inspectionId: idOrNull(params.get('inspection')),
    parArea: ParAreaSchema.safeParse(params.get('area')).data ?? null,
    dueFrom: dateOrNull(params.get('from')),
    dueTo: dateOrNull(params.get('to')),
    assignedFrom: dateOrNull(params.get('assignedFrom')),
    assignedTo: dateOrNull(params.get('assignedTo')),
    sort: directiveSorts.find((known) => known === params.get('sort')) ?? DEFAULT_SORT,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** Writes only what differs from the role's defaults, so each role's home stays a plain `/directives`. */
export function toDirectiveSearchParams(filters: DirectiveFilters, role: Role): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.view !== defaultViewOf(role)) params.set('view', filters.view);
  if (filters.bucket !== defaultBucketOf(role, filters.view)) params.set('bucket', filters.bucket ?? ALL_BUCKETS);
  if (filters.unitId) params.set('unit', filters.unitId);
  if (filters.inspectionId) params.set('inspection', filters.inspectionId);
  if (filters.parArea) params.set('area', filters.parArea);
  if (filters.dueFrom) params.set('from', filters.dueFrom);
  if (filters.dueTo) params.set('to', filters.dueTo);
  if (filters.assignedFrom) params.set('assignedFrom', filters.assignedFrom);
  if (filters.assignedTo) params.set('assignedTo', filters.assignedTo);
  if (filters.sort !== DEFAULT_SORT) params.set('sort', filters.sort);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/** Any change but paging starts again on page 1; switching the view opens it on its own default bucket. */
export function updateDirectiveFilters(
  current: DirectiveFilters,
  change: Partial<DirectiveFilters>,
  role: Role,
): DirectiveFilters {
  const next = { ...current, page: 1, ...change };
  if (change.view !== undefined && change.view !== current.view && change.bucket === undefined) {
    next.bucket = defaultBucketOf(role, change.view);
  }
  return next;
}

/** Whether anything beyond the view and bucket narrows the list (sorting and paging do not). */
export function hasActiveFilters(filters: DirectiveFilters): boolean {
  return (
    filters.unitId !== null ||
    filters.inspectionId !== null ||
    filters.parArea !== null ||
    filters.dueFrom !== null ||
    filters.dueTo !== null ||
    filters.assignedFrom !== null ||
    filters.assignedTo !== null
  );
}

/** The filters as the API takes them, without bucket and paging: shared by the list and the bucket counts. */
export function toScopeQuery(filters: DirectiveFilters): DirectivesQuery {
  const query: DirectivesQuery = {};
  if (filters.view === 'review') query.stage = 'awaiting_review';
  if (filters.view === 'extensions') query.hasPendingExtension = 'true';
  if (filters.unitId) query.unitId = filters.unitId;
  if (filters.inspectionId) query.inspectionId = filters.inspectionId;
  if (filters.parArea) query.parArea = filters.parArea;
  if (filters.dueFrom) query.dueFrom = filters.dueFrom;
  if (filters.dueTo) query.dueTo = filters.dueTo;
  if (filters.assignedFrom) query.assignedFrom = filters.assignedFrom;
  if (filters.assignedTo) query.assignedTo = filters.assignedTo;
  return query;
}

/** The API's query for one page of the list; empty values are left out so they share one cache entry. */
export function toDirectivesQuery(filters: DirectiveFilters): DirectivesQuery {
  const query: DirectivesQuery = { ...toScopeQuery(filters), page: filters.page, pageSize: DIRECTIVES_PAGE_SIZE };
  if (filters.bucket) query.bucket = filters.bucket;
  if (filters.sort !== DEFAULT_SORT) query.sort = filters.sort;
  return query;
}
