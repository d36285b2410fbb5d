import { InspectionSchema, type UpdateInspectionBody } from '@partrack/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { inspectionKeys } from './inspection-keys';

export interface UpdateInspectionInput {
  id: string;
  /** The version the editor started from; the API answers 412 when someone else saved since. */
  version: number;
  body: UpdateInspectionBody;
}

/** The ETag of a version, as the API sends it and expects it back in `If-Match`. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

export function updateInspection({ id, version, body }: UpdateInspectionInput) {
  return apiRequest(InspectionSchema, `/api/v1/inspections/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body,
    headers: { 'If-Match': etagOf(version) },
  });
}

export function useUpdateInspection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateInspection,
    onSuccess: (updated) => {
      queryClient.setQueryData(inspectionKeys.detail(updated.id), updated);
      return queryClient.invalidateQueries({ queryKey: inspectionKeys.lists() });
    },
  });
}
