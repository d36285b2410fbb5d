import { type AuditAction, AuditActionSchema, IsoDateSchema } from '@partrack/contracts';
import type { AuditEventsQuery } from '../api/audit-keys';

/** What the audit screen shows; lives in the URL (`/admin/audit?action=&from=&to=&page=`). */
export interface AuditFilters {
  action: AuditAction | null;
  /** `YYYY-MM-DD`, first day included. */
  from: string | null;
  /** `YYYY-MM-DD`, last day included. */
  to: string | null;
  page: number;
}

export const emptyAuditFilters: AuditFilters = { action: null, from: null, to: null, page: 1 };
export const AUDIT_PAGE_SIZE = 50;

/** Reads filters from the URL, ignoring anything malformed instead of sending it to the API. */
export function parseAuditFilters(params: URLSearchParams): AuditFilters {
  const action = AuditActionSchema.safeParse(params.get('action'));
  const from = IsoDateSchema.safeParse(params.get('from'));
  const to = IsoDateSchema.safeParse(params.get('to'));
  const page = Number(params.get('page'));
  return {
    action: action.success ? action.data : null,
    from: from.success ? from.data : null,
    to: to.success ? to.data : null,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** Writes only what differs from the defaults, so the whole trail stays at a plain `/admin/audit`. */
export function toAuditSearchParams(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.action) params.set('action', filters.action);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/** Any change but paging starts again on page 1. */
export function updateAuditFilters(current: AuditFilters, change: Partial<AuditFilters>): AuditFilters {
  return { ...current, page: 1, ...change };
}

export function toAuditEventsQuery(filters: AuditFilters): AuditEventsQuery {
  const query: AuditEventsQuery = { page: filters.page, pageSize: AUDIT_PAGE_SIZE };
  if (filters.action) query.action = filters.action;
  if (filters.from) query.from = filters.from;
  if (filters.to) query.to = filters.to;
  return query;
}
