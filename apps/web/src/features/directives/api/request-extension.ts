import { DirectiveDetailSchema, type RequestExtensionBody } from '@partrack/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { directiveKeys } from './directive-keys';

/** Asks for a later due date; the original one stays what statistics count against. */
export function requestExtension(directiveId: string, body: RequestExtensionBody) {
  return apiRequest(DirectiveDetailSchema, `/api/v1/directives/${encodeURIComponent(directiveId)}/extensions`, {
    method: 'POST',
    body,
  });
}

export function useRequestExtension(directiveId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestExtensionBody) => requestExtension(directiveId, body),
    onSuccess: (directive) => {
      queryClient.setQueryData(directiveKeys.detail(directive.id), directive);
      return queryClient.invalidateQueries({ queryKey: directiveKeys.lists() });
    },
  });
}
