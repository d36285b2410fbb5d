import { SessionSchema } from '@partrack/contracts';
import { z } from 'zod';
import { apiRequest } from './api-client';

/**
 * The requests of the session lifecycle that `session.ts` makes itself. Loaded on first use, so that
 * zod and the contracts stay out of the first download.
 */

/** The refresh cookie goes along on its own (same origin, path /api/v1/auth); no token, no body. */
export function requestSessionRefresh() {
  return apiRequest(SessionSchema, '/api/v1/auth/refresh', { method: 'POST', authenticate: false });
}

export function requestSignOut() {
  return apiRequest(z.null(), '/api/v1/auth/logout', { method: 'POST', authenticate: false });
}
