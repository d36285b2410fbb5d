import { type DecideExtensionBodySchema, DirectiveDetailSchema } from '@partrack/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { directiveKeys } from './directive-keys';

export type DecideExtensionBody = z.input<typeof DecideExtensionBodySchema>;

export interface DecideExtensionInput {
  extensionId: string;
  body: DecideExtensionBody;
}

/** A leader approves (the extended date shows beside the original) or rejects an extension request. */
export function decideExtension(directiveId: string, { extensionId, body }: DecideExtensionInput) {
  return apiRequest(
    DirectiveDetailSchema,
    `/api/v1/directives/${encodeURIComponent(directiveId)}/extensions/${encodeURIComponent(extensionId)}/decision`,
    { method: 'POST', body },
  );
}

export function useDecideExtension(directiveId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DecideExtensionInput) => decideExtension(directiveId, input),
    onSuccess: (directive) => {
      queryClient.setQueryData(directiveKeys.detail(directive.id), directive);
      return queryClient.invalidateQueries({ queryKey: directiveKeys.lists() });
    },
  });
}
