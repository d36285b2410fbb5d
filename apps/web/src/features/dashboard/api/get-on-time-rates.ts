import { type OnTimeRatesQueryInput, OnTimeRatesSchema } from '@partrack/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { dashboardKeys } from './dashboard-keys';

export function getOnTimeRates(query: OnTimeRatesQueryInput, signal?: AbortSignal) {
  return apiRequest(OnTimeRatesSchema, '/api/v1/dashboard/on-time-rates', { params: query, signal });
}

export function getOnTimeRatesQueryOptions(query: OnTimeRatesQueryInput) {
  return queryOptions({
    queryKey: dashboardKeys.onTimeRates(query),
    queryFn: ({ signal }) => getOnTimeRates(query, signal),
  });
}

/** On-time dossier rates per unit and tier; the previous answer stays on screen while another period loads. */
export function useOnTimeRates(query: OnTimeRatesQueryInput) {
  return useQuery({ ...getOnTimeRatesQueryOptions(query), placeholderData: keepPreviousData });
}
