import type { ResetPasswordBody } from '@partrack/contracts';
import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';

export interface ResetUserPasswordInput {
  id: string;
  body: ResetPasswordBody;
}

/** Sets a new password for someone else; the API ends all their sessions. Answers 204. */
export function resetUserPassword({ id, body }: ResetUserPasswordInput) {
  return apiRequest(z.null(), `/api/v1/users/${encodeURIComponent(id)}/password`, { method: 'POST', body });
}

export function useResetUserPassword() {
  return useMutation({ mutationFn: resetUserPassword });
}
