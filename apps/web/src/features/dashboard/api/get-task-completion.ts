import { TaskCompletionSchema } from '@partrack/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { type DashboardScopeQuery, dashboardKeys } from './dashboard-keys';

export function getTaskCompletion(query: DashboardScopeQuery, signal?: AbortSignal) {
  return apiRequest(TaskCompletionSchema, '/api/v1/dashboard/task-completion', { params: query, signal });
}

export function getTaskCompletionQueryOptions(query: DashboardScopeQuery) {
  return queryOptions({
    queryKey: dashboardKeys.taskCompletion(query),
    queryFn: ({ signal }) => getTaskCompletion(query, signal),
    // Directive buckets move with the calendar and every review: always ask again.
    staleTime: 0,
  });
}

/** Directives per unit in the four buckets, and the reported plan tasks. */
export function useTaskCompletion(query: DashboardScopeQuery, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...getTaskCompletionQueryOptions(query), placeholderData: keepPreviousData, enabled });
}
