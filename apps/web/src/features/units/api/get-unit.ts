import { UnitDetailSchema } from '@partrack/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { unitKeys } from './unit-keys';

export function getUnit(id: string, signal?: AbortSignal) {
  return apiRequest(UnitDetailSchema, `/api/v1/units/${encodeURIComponent(id)}`, { signal });
}

export function getUnitQueryOptions(id: string) {
  return queryOptions({
    queryKey: unitKeys.detail(id),
    queryFn: ({ signal }) => getUnit(id, signal),
  });
}

export function useUnit(id: string) {
  return useQuery(getUnitQueryOptions(id));
}
