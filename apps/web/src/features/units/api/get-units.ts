import { UnitListSchema } from '@partrack/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { type UnitsQuery, unitKeys } from './unit-keys';

/** Drops empty values so `{ q: '' }` and `{}` share one cache entry and one URL. */
function normalizeUnitsQuery(query: UnitsQuery): UnitsQuery {
  const q = query.q?.trim();
  return Object.fromEntries(
    Object.entries({ ...query, q: q === '' ? undefined : q }).filter(([, value]) => value !== undefined),
  ) as UnitsQuery;
}

export function getUnits(query: UnitsQuery, signal?: AbortSignal) {
  return apiRequest(UnitListSchema, '/api/v1/units', { params: query, signal });
}

export function getUnitsQueryOptions(query: UnitsQuery) {
  const normalized = normalizeUnitsQuery(query);
  return queryOptions({
    queryKey: unitKeys.list(normalized),
    queryFn: ({ signal }) => getUnits(normalized, signal),
  });
}

/** A page of units; the previous page stays on screen while the next one loads. */
export function useUnits(query: UnitsQuery) {
  return useQuery({ ...getUnitsQueryOptions(query), placeholderData: keepPreviousData });
}
