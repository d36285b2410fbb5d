import { AuditEventListSchema } from '@partrack/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { type AuditEventsQuery, auditKeys } from './audit-keys';

export function getAuditEvents(query: AuditEventsQuery, signal?: AbortSignal) {
  return apiRequest(AuditEventListSchema, '/api/v1/audit-events', { params: query, signal });
}

export function getAuditEventsQueryOptions(query: AuditEventsQuery) {
  return queryOptions({
    queryKey: auditKeys.list(query),
    queryFn: ({ signal }) => getAuditEvents(query, signal),
    // The trail grows with every action, the reader's own included: always ask again.
    staleTime: 0,
  });
}

/** A page of the trail, newest first; the previous page stays on screen while the next one loads. */
export function useAuditEvents(query: AuditEventsQuery) {
  return useQuery({ ...getAuditEventsQueryOptions(query), placeholderData: keepPreviousData });
}
