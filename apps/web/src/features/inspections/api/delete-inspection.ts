import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { inspectionKeys } from './inspection-keys';

/** Soft delete: the inspection leaves every list and report; an administrator can restore it. Answers 204. */
export function deleteInspection(id: string) {
  return apiRequest(z.null(), `/api/v1/inspections/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteInspection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteInspection,
    onSuccess: async (_, id) => {
      // Marked stale, not refetched: for anyone but an administrator it no longer exists (404).
      await queryClient.invalidateQueries({ queryKey: inspectionKeys.detail(id), refetchType: 'none' });
      await queryClient.invalidateQueries({ queryKey: inspectionKeys.lists() });
    },
  });
}
