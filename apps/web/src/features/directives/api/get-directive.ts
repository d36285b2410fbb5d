import { DirectiveDetailSchema } from '@partrack/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { directiveKeys } from './directive-keys';

/** One directive with its timeline and what the reader may do with it now (`can`). */
export function getDirective(id: string, signal?: AbortSignal) {
  return apiRequest(DirectiveDetailSchema, `/api/v1/directives/${encodeURIComponent(id)}`, { signal });
}

export function getDirectiveQueryOptions(id: string) {
  return queryOptions({
    queryKey: directiveKeys.detail(id),
    queryFn: ({ signal }) => getDirective(id, signal),
    staleTime: 0,
  });
}

export function useDirective(id: string) {
  return useQuery(getDirectiveQueryOptions(id));
}
