import { InspectionSchema } from '@partrack/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { inspectionKeys } from './inspection-keys';

/** Administrators only: brings a deleted inspection back. */
export function restoreInspection(id: string) {
  return apiRequest(InspectionSchema, `/api/v1/inspections/${encodeURIComponent(id)}/restore`, { method: 'POST' });
}

export function useRestoreInspection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: restoreInspection,
    onSuccess: (restored) => {
      queryClient.setQueryData(inspectionKeys.detail(restored.id), restored);
      return queryClient.invalidateQueries({ queryKey: inspectionKeys.lists() });
    },
  });
}
