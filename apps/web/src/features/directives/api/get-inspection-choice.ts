import { InspectionSchema } from '@partrack/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { directiveKeys } from './directive-keys';
import type { InspectionChoice } from './get-inspection-choices';

/** One inspection by id, to name an inspection filter that arrives in the URL as an id only. */
export async function getInspectionChoice(id: string, signal?: AbortSignal): Promise<InspectionChoice> {
  const inspection = await apiRequest(InspectionSchema, `/api/v1/inspections/${encodeURIComponent(id)}`, { signal });
  return { id: inspection.id, unitName: inspection.unit.name, date: inspection.date, topic: inspection.topic };
}

export function getInspectionChoiceQueryOptions(id: string) {
  return queryOptions({
    queryKey: directiveKeys.inspectionChoice(id),
    queryFn: ({ signal }) => getInspectionChoice(id, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useInspectionChoice(id: string | null) {
  return useQuery({ ...getInspectionChoiceQueryOptions(id ?? ''), enabled: id !== null });
}
