import { type ChangePasswordBody, SessionSchema } from '@partrack/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { startSession } from '../../../lib/session';

export function changePassword(body: ChangePasswordBody) {
  return apiRequest(SessionSchema, '/api/v1/auth/password', { method: 'POST', body });
}

/** The API ends every session of the user and starts a new one for this tab: adopt it at once. */
export function useChangePassword() {
  return useMutation({ mutationFn: changePassword, onSuccess: startSession });
}
