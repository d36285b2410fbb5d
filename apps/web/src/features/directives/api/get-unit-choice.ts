import { UnitDetailSchema } from '@partrack/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UnitChoice } from '../../../components/unit-picker';
import { apiRequest } from '../../../lib/api-client';
import { directiveKeys } from './directive-keys';

/** One unit by id, as a picker shows it: for a unit filter that arrives in the URL as an id only. */
export async function getUnitChoice(id: string, signal?: AbortSignal): Promise<UnitChoice> {
  const unit = await apiRequest(UnitDetailSchema, `/api/v1/units/${encodeURIComponent(id)}`, { signal });
  return { id: unit.id, name: unit.name, level: unit.level, parentName: unit.parent?.name ?? null };
}

export function getUnitChoiceQueryOptions(id: string) {
  return queryOptions({
    queryKey: directiveKeys.unitChoice(id),
    queryFn: ({ signal }) => getUnitChoice(id, signal),
    // Units change a few times a decade.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useUnitChoice(id: string | null) {
  return useQuery({ ...getUnitChoiceQueryOptions(id ?? ''), enabled: id !== null });
}
