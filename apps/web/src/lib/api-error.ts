import type { ErrorCode, ErrorIssue, ErrorResponse } from '@partrack/contracts';

/** Failures that happen before or after the API answers in its own error shape. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'UNEXPECTED_RESPONSE';
export type ApiErrorCode = ErrorCode | ClientErrorCode;

interface ApiErrorInit {
  status: number;
  code: ApiErrorCode;
  message: string;
  requestId: string | null;
  issues?: ErrorIssue[];
  response?: ErrorResponse | null;
  retryAfterSeconds?: number | null;
  cause?: unknown;
}

/**
 * The only error the API client throws. Kept apart from the client so code that merely inspects
 * errors (retry policy, error alerts) does not pull zod into the initial bundle.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  /** HTTP status; 0 when no response arrived. */
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly requestId: string | null;
  readonly issues: ErrorIssue[];
  /** The parsed error body, when the API sent one. */
  readonly response: ErrorResponse | null;
  /** From `Retry-After` on a 429: how long to wait before trying again. */
  readonly retryAfterSeconds: number | null;

  constructor(init: ApiErrorInit) {
    super(init.message, { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.issues = init.issues ?? [];
    this.response = init.response ?? null;
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** The API refused the request for want of a valid session (no token, an expired one, a revoked one). */
export function isUnauthenticated(error: unknown): error is ApiError {
  return isApiError(error) && error.status === 401;
}

const MAX_RETRIES = 2;
const transientCodes: ReadonlySet<ApiErrorCode> = new Set([
  'NETWORK_ERROR',
  'DATABASE_UNAVAILABLE',
  'NOT_READY',
  'SHUTTING_DOWN',
]);

/** Retry only what may succeed on its own; a 400 or 404 will not. */
export function shouldRetryRequest(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_RETRIES && isApiError(error) && transientCodes.has(error.code);
}
