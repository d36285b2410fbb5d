import { DashboardSummarySchema } from '@partrack/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { type DashboardScopeQuery, dashboardKeys } from './dashboard-keys';

export function getSummary(query: DashboardScopeQuery, signal?: AbortSignal) {
  return apiRequest(DashboardSummarySchema, '/api/v1/dashboard/summary', { params: query, signal });
}

export function getSummaryQueryOptions(query: DashboardScopeQuery) {
  return queryOptions({
    queryKey: dashboardKeys.summary(query),
    queryFn: ({ signal }) => getSummary(query, signal),
    staleTime: 0,
  });
}

/** The KPI tiles: inspections, overdue directives, on-time completion, units not inspected. */
export function useSummary(query: DashboardScopeQuery) {
  return useQuery({ ...getSummaryQueryOptions(query), placeholderData: keepPreviousData });
}
