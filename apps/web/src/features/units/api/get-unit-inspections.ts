import { InspectionListSchema } from '@partrack/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { unitKeys } from './unit-keys';

/** A unit's history rarely holds more inspections than this; the list behind it has them all. */
export const UNIT_INSPECTIONS_LIMIT = 50;

/** The inspections of a unit and the units below it, oldest first: the unit's timeline. */
export function getUnitInspections(unitId: string, signal?: AbortSignal) {
  return apiRequest(InspectionListSchema, '/api/v1/inspections', {
    params: { unitId, sort: 'date_asc', pageSize: UNIT_INSPECTIONS_LIMIT },
    signal,
  });
}

export function getUnitInspectionsQueryOptions(unitId: string) {
  return queryOptions({
    queryKey: unitKeys.inspections(unitId),
    queryFn: ({ signal }) => getUnitInspections(unitId, signal),
  });
}

export function useUnitInspections(unitId: string) {
  return useQuery(getUnitInspectionsQueryOptions(unitId));
}
