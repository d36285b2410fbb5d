import { type CreateInspectionBody, InspectionSchema } from '@partrack/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useIdempotencyKeys } from '../../../lib/idempotency-keys';
import { inspectionKeys } from './inspection-keys';

export function createInspection(body: CreateInspectionBody, headers?: Record<string, string>) {
  return apiRequest(InspectionSchema, '/api/v1/inspections', { method: 'POST', body, headers });
}

/** A second click or a retry after a network failure logs the inspection once (Idempotency-Key). */
export function useCreateInspection() {
  const queryClient = useQueryClient();
  const keys = useIdempotencyKeys();
  return useMutation({
    mutationFn: (body: CreateInspectionBody) => createInspection(body, keys.headerFor(body)),
    onSuccess: (created) => {
      keys.forget();
      queryClient.setQueryData(inspectionKeys.detail(created.id), created);
      return queryClient.invalidateQueries({ queryKey: inspectionKeys.lists() });
    },
  });
}
