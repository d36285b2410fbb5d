import {
  type ErrorCode,
  type ErrorIssue,
  type ErrorResponse,
  errorStatusByCode,
  formatIssuePath,
  issueCodeOf,
} from '@partrack/contracts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../lib/app-error';
import { isDatabaseUnavailableError } from '../lib/database-errors';

export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  message: string,
  issues?: ErrorIssue[],
) {
  const statusCode = errorStatusByCode[code];
  const body: ErrorResponse = { statusCode, code, message, requestId: request.id, ...(issues ? { issues } : {}) };
  return reply.status(statusCode).type('application/json; charset=utf-8').send(body);
}

/** `/figures/3/value` (JSON pointer) → `figures[3].value`. */
function pointerToPath(pointer: string): string {
  const segments = pointer
    .split('/')
    .filter(Boolean)
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
  return formatIssuePath(segments);
}

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_REQ_FILE_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_FILES_LIMIT: 'PAYLOAD_TOO_LARGE',
};

const CODE_BY_CLIENT_STATUS: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
};

/**
 * busboy refuses a multipart body it cannot read (no boundary, an empty one, one over 256 bytes, a body
 * that ends before its closing boundary) with plain errors that carry no code: the client's mistake,
 * told as a 400 rather than a 500.
 */
const MALFORMED_MULTIPART =
  /^(Multipart: Boundary not found|The needle cannot (be an empty|have a length bigger)|(\w+ terminated early due to )?[Uu]nexpected end of multipart data)/;

export function classifyError(
  error: FastifyError,
): { code: ErrorCode; message: string; issues?: ErrorIssue[] } | undefined {
  if (error instanceof AppError) {
    return { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation.map((issue) => ({
      path: pointerToPath(issue.instancePath),
      // A contract rule's own code (`before_start`…) rather than zod's generic `custom`.
      code: issueCodeOf({ code: issue.keyword, params: issue.params.params }),
      message: issue.message ?? 'Invalid value',
    }));
    const where = error.validationContext ?? 'request';
    const fields = [...new Set(issues.map((issue) => issue.path || where))].join(', ');
    return { code: 'VALIDATION_FAILED', message: `Invalid ${where}: ${fields}`, issues };
  }
  if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) {
    return { code: 'INVALID_JSON', message: 'The request body is not valid JSON' };
  }
  if (MALFORMED_MULTIPART.test(error.message)) {
    return { code: 'VALIDATION_FAILED', message: 'The multipart body cannot be read: check its boundary' };
  }
  const known = error.code ? FASTIFY_CODES[error.code] : undefined;
  if (known) return { code: known, message: error.message };
  const byStatus = error.statusCode ? CODE_BY_CLIENT_STATUS[error.statusCode] : undefined;
  if (byStatus) return { code: byStatus, message: error.message };
  if (isDatabaseUnavailableError(error)) {
    return { code: 'DATABASE_UNAVAILABLE', message: 'The database is unavailable; try again shortly' };
  }
  return undefined;
}

/**
 * Fastify's `frameworkErrors`: a path the router cannot take apart (a malformed percent-encoding, a
 * segment longer than a parameter may be) is refused before any route or hook runs, so it gets its
 * request id header and the one error shape here, as a 400 naming the path, never Fastify's own body.
 */
export function sendFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  request.log.info({ err: error }, 'Unroutable path');
  reply.header('x-request-id', request.id);
  const message =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'a path segment is too long' : 'the path is not validly encoded';
  return sendError(request, reply, 'VALIDATION_FAILED', `Invalid path: ${message}`, [
    { path: 'params', code: 'invalid_path', message },
  ]);
}

/**
 * The one error handler: every error leaves as the contract's error shape. Unexpected errors are
 * logged in full with the request id and answered with a generic 500: no stack, SQL or driver text.
 */
export const errorHandlerPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const known = classifyError(error);
    if (known) {
      const level = known.code === 'DATABASE_UNAVAILABLE' ? 'error' : 'info';
      request.log[level]({ err: error, code: known.code }, known.message);
      return sendError(request, reply, known.code, known.message, known.issues);
    }
    request.log.error({ err: error }, 'Unexpected error');
    return sendError(request, reply, 'INTERNAL_ERROR', 'Something went wrong on our side; quote the request id');
  });
});
