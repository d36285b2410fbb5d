import { type CreateInspectionBody, InspectionSchema } from '@partrack/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { inspectionKeys } from './inspection-keys';

export function createInspection(body: CreateInspectionBody) {
  return apiRequest(InspectionSchema, '/api/v1/inspections', { method: 'POST', body });
}

export function useCreateInspection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInspection,
    onSuccess: (created) => {
      queryClient.setQueryData(inspectionKeys.detail(created.id), created);
      return queryClient.invalidateQueries({ queryKey: inspectionKeys.lists() });
    },
  });
}
