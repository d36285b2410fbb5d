import { z } from 'zod';

/** Every error code the API can answer with; the SPA translates them. */
export const ErrorCodeSchema = z.enum([
  'VALIDATION_FAILED',
  'INVALID_JSON',
  'UNSUPPORTED_MEDIA_TYPE',
  'PAYLOAD_TOO_LARGE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PRECONDITION_FAILED',
  'PRECONDITION_REQUIRED',
  'IDEMPOTENCY_KEY_REUSED',
  'RATE_LIMITED',
  'METHOD_NOT_ALLOWED',
  'DATABASE_UNAVAILABLE',
  'NOT_READY',
  'SHUTTING_DOWN',
  'INTERNAL_ERROR',
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const errorStatusByCode: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  INVALID_JSON: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
  PRECONDITION_REQUIRED: 428,
  IDEMPOTENCY_KEY_REUSED: 422,
  RATE_LIMITED: 429,
  METHOD_NOT_ALLOWED: 405,
  DATABASE_UNAVAILABLE: 503,
  NOT_READY: 503,
  SHUTTING_DOWN: 503,
  INTERNAL_ERROR: 500,
};

/** One invalid field: `path` is written the way a person reads it, e.g. `figures[3].value`. */
export const ErrorIssueSchema = z.object({
  path: z.string(),
  code: z.string(),
  message: z.string(),
});
export type ErrorIssue = z.infer<typeof ErrorIssueSchema>;

/** The one shape of every error body the API returns. */
export const ErrorResponseSchema = z.object({
  statusCode: z.number().int(),
  code: ErrorCodeSchema,
  message: z.string(),
  requestId: z.string(),
  issues: z.array(ErrorIssueSchema).optional(),
});
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;

/**
 * Stable codes of the contracts' own rules, those zod can only call `custom` (a period that ends before
 * it starts, a figure that cannot be). The rule puts its code in the issue's `params.code`; the API
 * sends it as the issue's `code`, so clients translate by code, never by the English message.
 */
export const RuleCodeSchema = z.enum([
  /** Needed because of another field: a unit officer's unit, the reason an answer goes back. */
  'required',
  'nothing_to_change',
  'in_future',
  'before_start',
  'negative',
  'not_whole_number',
  'not_a_percentage',
]);
export type RuleCode = z.infer<typeof RuleCodeSchema>;
export const ruleCodes = RuleCodeSchema.options;

/** The options of a `.refine` that carries its rule code. */
export function ruleIssue(code: RuleCode, message: string, path?: PropertyKey[]) {
  return { message, params: { code }, ...(path ? { path } : {}) };
}

/** The code a client sees for a zod issue: a rule's own code for a custom issue that names one, else zod's. */
export function issueCodeOf(issue: { code: string; params?: unknown }): string {
  if (issue.code !== 'custom' || typeof issue.params !== 'object' || issue.params === null) return issue.code;
  const { code } = issue.params as { code?: unknown };
  return typeof code === 'string' ? code : issue.code;
}

/** Renders a zod-style path (`['figures', 3, 'value']`) as `figures[3].value`. */
export function formatIssuePath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out === '' ? name : `${out}.${name}`;
  }, '');
}
