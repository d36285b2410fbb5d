import { type LoginBody, SessionSchema } from '@partrack/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { startSession } from '../../../lib/session';

/** Sends no token: a 401 here means wrong credentials, not an expired session to refresh. */
export function login(body: LoginBody) {
  return apiRequest(SessionSchema, '/api/v1/auth/login', { method: 'POST', body, authenticate: false });
}

/** Signs in; the session then holds the user, and the sign-in route moves on to where they were going. */
export function useLogin() {
  return useMutation({ mutationFn: login, onSuccess: startSession });
}
