import { type CreateDirectiveUpdateBodySchema, DirectiveDetailSchema } from '@partrack/contracts';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';

export type CreateDirectiveUpdateBody = z.input<typeof CreateDirectiveUpdateBodySchema>;

/** A progress report citing evidence uploaded before; with `doneOn` it reports the directive done. */
export function createDirectiveUpdate(
  directiveId: string,
  body: CreateDirectiveUpdateBody,
  headers?: Record<string, string>,
) {
  return apiRequest(DirectiveDetailSchema, `/api/v1/directives/${encodeURIComponent(directiveId)}/updates`, {
    method: 'POST',
    body,
    headers,
  });
}
