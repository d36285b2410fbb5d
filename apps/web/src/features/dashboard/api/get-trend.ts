import { TrendSchema, type TrendsQueryInput } from '@partrack/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { dashboardKeys } from './dashboard-keys';

export function getTrend(query: TrendsQueryInput, signal?: AbortSignal) {
  return apiRequest(TrendSchema, '/api/v1/dashboard/trends', { params: query, signal });
}

export function getTrendQueryOptions(query: TrendsQueryInput) {
  return queryOptions({
    queryKey: dashboardKeys.trend(query),
    queryFn: ({ signal }) => getTrend(query, signal),
  });
}

/** One unit's indicator by month, quarter, half or year; nothing is asked until a unit is chosen. */
export function useTrend(query: TrendsQueryInput | null) {
  return useQuery({
    ...getTrendQueryOptions(query ?? { unitId: '', indicator: 'on_time_rate' }),
    placeholderData: keepPreviousData,
    enabled: query !== null,
  });
}
