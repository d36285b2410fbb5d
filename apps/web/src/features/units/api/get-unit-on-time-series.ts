import { TrendSchema } from '@partrack/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { unitKeys } from './unit-keys';

/** The unit's on-time dossier rate year by year, over the span of its figures (tiers summed by counts). */
export function getUnitOnTimeSeries(unitId: string, signal?: AbortSignal) {
  return apiRequest(TrendSchema, '/api/v1/dashboard/trends', {
    params: { unitId, indicator: 'on_time_rate', granularity: 'year' },
    signal,
  });
}

export function getUnitOnTimeSeriesQueryOptions(unitId: string) {
  return queryOptions({
    queryKey: unitKeys.onTimeSeries(unitId),
    queryFn: ({ signal }) => getUnitOnTimeSeries(unitId, signal),
  });
}

export function useUnitOnTimeSeries(unitId: string) {
  return useQuery(getUnitOnTimeSeriesQueryOptions(unitId));
}
