import { ErrorResponseSchema, formatIssuePath } from '@partrack/contracts';
import type { z } from 'zod';
import { ApiError, isUnauthenticated } from './api-error';
import { endSession, getAccessToken, renewAccessToken } from './session';

export { ApiError, isApiError } from './api-error';

export type QueryValue = string | number | boolean | null | undefined;
export type QueryParams = Readonly<Record<string, QueryValue>>;

export interface ApiRequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  params?: QueryParams;
  /** Sent as JSON; a `FormData` (file uploads) is sent as multipart, its boundary set by the browser. */
  body?: unknown;
  signal?: AbortSignal;
  /** Extra request headers, e.g. `If-Match` for an edit that must not overwrite someone else's. */
  headers?: Readonly<Record<string, string>>;
  /**
   * false for the sign-in, refresh and sign-out calls: no access token is sent, and a 401 is handed to
   * the caller as it is instead of starting a refresh.
   */
  authenticate?: boolean;
}

const REQUEST_ID_HEADER = 'x-request-id';
const gatewayStatuses: ReadonlySet<number> = new Set([502, 503, 504]);

/** Builds `path?query`, leaving out empty values so `?q=` never reaches the API. */
export function buildUrl(path: string, params: QueryParams = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.append(key, String(value));
  }
  const query = search.toString();
  return query === '' ? path : `${path}?${query}`;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  // 204 No Content parses as null, so `z.null()` is its schema.
  if (text === '') return response.status === 204 ? null : undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function readRetryAfter(response: Response): number | null {
  const value = response.headers.get('retry-after');
  if (value === null) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function toApiError(response: Response, body: unknown): ApiError {
  const parsed = ErrorResponseSchema.safeParse(body);
  if (parsed.success) {
    const error = parsed.data;
    return new ApiError({
      status: response.status,
      code: error.code,
      message: error.message,
      requestId: error.requestId,
      issues: error.issues ?? [],
      response: error,
      retryAfterSeconds: readRetryAfter(response),
    });
  }
  // Not our error shape: a gateway that could not reach the API, or something else answering.
  return new ApiError({
    status: response.status,
    code: gatewayStatuses.has(response.status)
      ? 'NETWORK_ERROR'
      : response.status >= 500
        ? 'INTERNAL_ERROR'
        : 'UNEXPECTED_RESPONSE',
    message: `HTTP ${response.status}`,
    requestId: response.headers.get(REQUEST_ID_HEADER),
  });
}

/** How a successful response is read: parsed with a contract schema, or kept as a file. */
type ResponseReader<T> = (response: Response, method: string, path: string) => Promise<T>;

/**
 * The one way the SPA talks to the API: JSON in and out, the access token attached, successful bodies
 * parsed with the contract schema, every failure thrown as an `ApiError`.
 *
 * The one place that handles 401: the session is renewed once (one refresh shared by every request
 * that failed at the same time) and the request retried once; when that fails too, the session ends,
 * which sends the reader to the sign-in page.
 */
export function apiRequest<S extends z.ZodType>(
  schema: S,
  path: string,
  options: ApiRequestOptions = {},
): Promise<z.output<S>> {
  return request(path, options, (response, method) => readBody(schema, response, method, path));
}

/** A file the API sends (an export): the body as a blob and the name from `Content-Disposition`. */
export interface DownloadedFile {
  blob: Blob;
  filename: string | null;
}

/** Like `apiRequest`, with the same token and 401 handling, for answers that are files rather than JSON. */
export function apiDownload(path: string, options: Omit<ApiRequestOptions, 'body'> = {}): Promise<DownloadedFile> {
  const headers = { Accept: '*/*', ...options.headers };
  return request(path, { ...options, headers }, async (response) => ({
    blob: await response.blob(),
    filename: readFilename(response.headers.get('content-disposition')),
  }));
}

/**
 * Like `apiRequest`, with the same token and 401 handling, for answers read as they arrive (a stream of
 * progress events): the successful response itself, its body unread.
 */
export function apiResponse(path: string, options: ApiRequestOptions = {}): Promise<Response> {
  return request(path, options, async (response) => response);
}

/** `attachment; filename="a.csv"` or `filename*=UTF-8''a%20b.csv` → the file name; null when absent. */
export function readFilename(contentDisposition: string | null): string | null {
  if (!contentDisposition) return null;
  const encoded = /filename\*\s*=\s*(?:UTF-8)?''([^;]+)/i.exec(contentDisposition);
  if (encoded?.[1]) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      // Malformed escapes: fall back to the plain name below.
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/i.exec(contentDisposition);
  const name = (plain?.[1] ?? plain?.[2])?.trim();
  return name ? name : null;
}

async function request<T>(path: string, options: ApiRequestOptions, read: ResponseReader<T>): Promise<T> {
  if (options.authenticate === false) return send(path, options, null, read);

  const token = getAccessToken();
  try {
    return await send(path, options, token, read);
  } catch (error) {
    if (!isUnauthenticated(error)) throw error;
    const renewed = await renewAccessToken(token);
    if (renewed === null) throw error;
    try {
      return await send(path, options, renewed, read);
    } catch (retryError) {
      // A brand-new token refused: the account was disabled or its sessions revoked meanwhile.
      if (isUnauthenticated(retryError)) endSession('expired');
      throw retryError;
    }
  }
}

async function send<T>(
  path: string,
  { method = 'GET', params, body, signal, headers: extraHeaders }: ApiRequestOptions,
  token: string | null,
  read: ResponseReader<T>,
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...extraHeaders };
  const isMultipart = body instanceof FormData;
  if (body !== undefined && !isMultipart) headers['Content-Type'] = 'application/json';
  if (token !== null) headers.Authorization = `Bearer ${token}`;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, params), {
      method,
      headers,
      body: body === undefined ? null : isMultipart ? body : JSON.stringify(body),
      signal: signal ?? null,
    });
  } catch (cause) {
    // Aborts are React Query cancelling a stale request, not a failure to report.
    if (signal?.aborted) throw cause;
    throw new ApiError({ status: 0, code: 'NETWORK_ERROR', message: 'Network request failed', requestId: null, cause });
  }

  if (!response.ok) throw toApiError(response, await readJson(response));
  return read(response, method, path);
}

async function readBody<S extends z.ZodType>(
  schema: S,
  response: Response,
  method: string,
  path: string,
): Promise<z.output<S>> {
  const json = await readJson(response);
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ApiError({
      status: response.status,
      code: 'UNEXPECTED_RESPONSE',
      message: `Response of ${method} ${path} does not match the contract`,
      requestId: response.headers.get(REQUEST_ID_HEADER),
      issues: parsed.error.issues.map((issue) => ({
        path: formatIssuePath(issue.path),
        code: issue.code,
        message: issue.message,
      })),
      cause: parsed.error,
    });
  }
  return parsed.data;
}
