import { InspectionSchema } from '@partrack/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { inspectionKeys } from './inspection-keys';

/** The whole inspection; its `version` is the ETag an edit must send back (`If-Match`). */
export function getInspection(id: string, signal?: AbortSignal) {
  return apiRequest(InspectionSchema, `/api/v1/inspections/${encodeURIComponent(id)}`, { signal });
}

export function getInspectionQueryOptions(id: string) {
  return queryOptions({
    queryKey: inspectionKeys.detail(id),
    queryFn: ({ signal }) => getInspection(id, signal),
    staleTime: 0,
  });
}

export function useInspection(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...getInspectionQueryOptions(id), enabled });
}

/**
 * For the edit form: always the version on the server now, never a cached one, so that the `If-Match`
 * sent on saving names what the editor actually started from.
 */
export function useInspectionToEdit(id: string) {
  return useQuery({ ...getInspectionQueryOptions(id), refetchOnMount: 'always' });
}
