import { InspectionListSchema } from '@partrack/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { type InspectionsQuery, inspectionKeys } from './inspection-keys';

export function getInspections(query: InspectionsQuery, signal?: AbortSignal) {
  return apiRequest(InspectionListSchema, '/api/v1/inspections', { params: query, signal });
}

export function getInspectionsQueryOptions(query: InspectionsQuery) {
  return queryOptions({
    queryKey: inspectionKeys.list(query),
    queryFn: ({ signal }) => getInspections(query, signal),
    // Inspectors log and edit all day, and overdue counts move with the calendar: always ask again.
    staleTime: 0,
  });
}

/** A page of inspections in the reader's scope; the previous page stays on screen while the next loads. */
export function useInspections(query: InspectionsQuery) {
  return useQuery({ ...getInspectionsQueryOptions(query), placeholderData: keepPreviousData });
}
