import { TaskCompletionSchema, type UnitLevel } from '@partrack/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { unitKeys } from './unit-keys';

/**
 * The unit's directives by bucket, whenever given: the dashboard's task completion listed at the
 * unit's own level under the unit itself is one row, the unit (directives of the units below it roll up).
 */
export async function getUnitDirectiveTotals(unitId: string, level: UnitLevel, signal?: AbortSignal) {
  const completion = await apiRequest(TaskCompletionSchema, '/api/v1/dashboard/task-completion', {
    params: { parentId: unitId, level },
    signal,
  });
  return completion.rows.find((row) => row.unit.id === unitId) ?? null;
}

export function getUnitDirectiveTotalsQueryOptions(unitId: string, level: UnitLevel) {
  return queryOptions({
    queryKey: unitKeys.directiveTotals(unitId, level),
    queryFn: ({ signal }) => getUnitDirectiveTotals(unitId, level, signal),
    // Buckets move with the calendar and every review: always ask again.
    staleTime: 0,
  });
}

export function useUnitDirectiveTotals(unitId: string, level: UnitLevel) {
  return useQuery(getUnitDirectiveTotalsQueryOptions(unitId, level));
}
