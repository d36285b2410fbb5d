import { DirectiveDetailSchema, type ReviewDirectiveBodySchema } from '@partrack/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { directiveKeys } from './directive-keys';

export type ReviewDirectiveBody = z.input<typeof ReviewDirectiveBodySchema>;

/** Accepts the unit's reported completion (completed on the date it reported), or returns it with a comment. */
export function reviewDirective(directiveId: string, body: ReviewDirectiveBody) {
  return apiRequest(DirectiveDetailSchema, `/api/v1/directives/${encodeURIComponent(directiveId)}/review`, {
    method: 'POST',
    body,
  });
}

export function useReviewDirective(directiveId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReviewDirectiveBody) => reviewDirective(directiveId, body),
    onSuccess: (directive) => {
      queryClient.setQueryData(directiveKeys.detail(directive.id), directive);
      return queryClient.invalidateQueries({ queryKey: directiveKeys.lists() });
    },
  });
}
