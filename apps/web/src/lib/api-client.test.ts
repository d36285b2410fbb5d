import { UnitListSchema } from '@partrack/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { makeSession } from '../testing/auth-fixtures';
import { makeErrorResponse, makeUnit, makeUnitList } from '../testing/unit-fixtures';
import { ApiError, apiDownload, apiRequest, buildUrl, readFilename } from './api-client';
import { shouldRetryRequest } from './api-error';
import { endSession, getSessionState, startSession } from './session';

function stubFetch(response: Response | Error) {
  const spy = vi.fn(async () => {
    if (response instanceof Error) throw response;
    return response;
  });
  vi.stubGlobal('fetch', spy);
  return spy;
}

function json(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

async function catchError(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the request to fail');
}

describe('buildUrl', () => {
  it('leaves out empty, null and undefined parameters', () => {
    expect(buildUrl('/api/v1/units', { q: '', level: undefined, parentId: null, page: 2 })).toBe(
      '/api/v1/units?page=2',
    );
  });

  it('encodes values', () => {
    expect(buildUrl('/api/v1/units', { q: 'Kiến Thụy' })).toBe('/api/v1/units?q=Ki%E1%BA%BFn+Th%E1%BB%A5y');
  });
});

describe('apiRequest', () => {
  it('returns the body parsed with the contract schema', async () => {
    const list = makeUnitList([makeUnit()]);
    const fetchSpy = stubFetch(json(list));

    await expect(apiRequest(UnitListSchema, '/api/v1/units', { params: { q: 'kien' } })).resolves.toEqual(list);
    expect(fetchSpy).toHaveBeenCalledWith('/api/v1/units?q=kien', expect.objectContaining({ method: 'GET' }));
  });

  it('throws an ApiError carrying the code, request id and issues of an error response', async () => {
    const body = makeErrorResponse({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      requestId: 'req-42',
      issues: [{ path: 'validOn', code: 'invalid_format', message: 'Invalid date' }],
    });
    stubFetch(json(body, 400));

    const error = await catchError(apiRequest(UnitListSchema, '/api/v1/units'));

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', requestId: 'req-42', response: body });
    expect((error as ApiError).issues.map((issue) => issue.path)).toEqual(['validOn']);
  });

  it('reports a body that breaks the contract as UNEXPECTED_RESPONSE naming the bad field', async () => {
    stubFetch(
      json({ items: [{ ...makeUnit(), level: 'village' }], total: 1, page: 1, pageSize: 20 }, 200, {
        'x-request-id': 'req-9',
      }),
    );

    const error = await catchError(apiRequest(UnitListSchema, '/api/v1/units'));

    expect(error).toMatchObject({ code: 'UNEXPECTED_RESPONSE', requestId: 'req-9' });
    expect((error as ApiError).issues.map((issue) => issue.path)).toEqual(['items[0].level']);
  });

  it('turns a failed connection into NETWORK_ERROR with status 0', async () => {
    stubFetch(new TypeError('Failed to fetch'));

    await expect(apiRequest(UnitListSchema, '/api/v1/units')).rejects.toMatchObject({
      status: 0,
      code: 'NETWORK_ERROR',
    });
  });

  it('treats a gateway page that is not an API error as a network error', async () => {
    stubFetch(new Response('<html>Bad Gateway</html>', { status: 502 }));

    await expect(apiRequest(UnitListSchema, '/api/v1/units')).rejects.toMatchObject({
      status: 502,
      code: 'NETWORK_ERROR',
    });
  });
});

describe('apiRequest and the session', () => {
  const unauthenticated = () =>
    json(makeErrorResponse({ statusCode: 401, code: 'UNAUTHENTICATED', message: 'Token expired' }), 401);

  function authorizationOf(init: RequestInit | undefined): string | undefined {
    return (init?.headers as Record<string, string> | undefined)?.Authorization;
  }

  /** The API: unit lists for `Bearer <validToken>` only, and `refresh` granting `renewed` (after `delayMs`). */
  function stubApi({ validToken, renewed, delayMs = 0 }: { validToken: string; renewed?: Response; delayMs?: number }) {
    const spy = vi.fn(async (url: string, init?: RequestInit) => {
      if (url === '/api/v1/auth/refresh') {
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        return renewed ?? unauthenticated();
      }
      return authorizationOf(init) === `Bearer ${validToken}` ? json(makeUnitList([])) : unauthenticated();
    });
    vi.stubGlobal('fetch', spy);
    const callsTo = (path: string) => spy.mock.calls.filter(([url]) => url.startsWith(path));
    return { spy, callsTo };
  }

  afterEach(() => endSession('signedOut'));

  it('sends the access token of the session', async () => {
    startSession(makeSession({ accessToken: 'token-1' }));
    const { spy } = stubApi({ validToken: 'token-1' });

    await apiRequest(UnitListSchema, '/api/v1/units');

    expect(authorizationOf(spy.mock.calls[0]?.[1])).toBe('Bearer token-1');
  });

  it('renews an expired session once and retries the request with the new token', async () => {
    startSession(makeSession({ accessToken: 'expired' }));
    const { callsTo } = stubApi({ validToken: 'fresh', renewed: json(makeSession({ accessToken: 'fresh' })) });

    await expect(apiRequest(UnitListSchema, '/api/v1/units')).resolves.toEqual(makeUnitList([]));

    expect(callsTo('/api/v1/auth/refresh')).toHaveLength(1);
    expect(callsTo('/api/v1/units').map(([, init]) => authorizationOf(init))).toEqual([
      'Bearer expired',
      'Bearer fresh',
    ]);
  });

  it('shares one refresh between requests that fail at the same time, so the cookie rotates once', async () => {
    startSession(makeSession({ accessToken: 'expired' }));
    const { callsTo } = stubApi({
      validToken: 'fresh',
      renewed: json(makeSession({ accessToken: 'fresh' })),
      delayMs: 20,
    });

    await Promise.all([
      apiRequest(UnitListSchema, '/api/v1/units', { params: { page: 1 } }),
      apiRequest(UnitListSchema, '/api/v1/units', { params: { page: 2 } }),
      apiRequest(UnitListSchema, '/api/v1/units', { params: { page: 3 } }),
    ]);

    expect(callsTo('/api/v1/auth/refresh')).toHaveLength(1);
    expect(callsTo('/api/v1/units')).toHaveLength(6);
  });

  it('ends the session when it cannot be renewed, and fails the request without retrying it', async () => {
    startSession(makeSession({ accessToken: 'revoked' }));
    const { callsTo } = stubApi({ validToken: 'none' });

    await expect(apiRequest(UnitListSchema, '/api/v1/units')).rejects.toMatchObject({
      status: 401,
      code: 'UNAUTHENTICATED',
    });

    expect(callsTo('/api/v1/units')).toHaveLength(1);
    expect(callsTo('/api/v1/auth/refresh')).toHaveLength(1);
    expect(getSessionState()).toMatchObject({ status: 'signedOut', endReason: 'expired' });
  });

  it('leaves a 401 of the sign-in calls to their caller: no token sent, no refresh tried', async () => {
    startSession(makeSession({ accessToken: 'token-1' }));
    const { spy, callsTo } = stubApi({ validToken: 'token-1' });

    await expect(
      apiRequest(UnitListSchema, '/api/v1/auth/login', { method: 'POST', body: {}, authenticate: false }),
    ).rejects.toMatchObject({ status: 401 });

    expect(authorizationOf(spy.mock.calls[0]?.[1])).toBeUndefined();
    expect(callsTo('/api/v1/auth/refresh')).toHaveLength(0);
    expect(getSessionState().status).toBe('signedIn');
  });
});

describe('apiRequest answers', () => {
  it('reads how long to wait from Retry-After on a 429', async () => {
    stubFetch(
      json(makeErrorResponse({ statusCode: 429, code: 'RATE_LIMITED', message: 'Too many' }), 429, {
        'retry-after': '42',
      }),
    );

    await expect(
      apiRequest(UnitListSchema, '/api/v1/auth/login', { method: 'POST', authenticate: false }),
    ).rejects.toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 42 });
  });

  it('parses 204 No Content as null', async () => {
    stubFetch(new Response(null, { status: 204 }));

    await expect(apiRequest(z.null(), '/api/v1/auth/logout', { method: 'POST', authenticate: false })).resolves.toBe(
      null,
    );
  });
});

describe('request headers and file downloads', () => {
  afterEach(() => endSession('signedOut'));

  it('sends the extra headers asked for, such as If-Match', async () => {
    const fetchSpy = stubFetch(json(makeUnitList([])));

    await apiRequest(UnitListSchema, '/api/v1/units', { headers: { 'If-Match': '"3"' } });

    expect((fetchSpy.mock.calls[0] as unknown[] | undefined)?.[1]).toMatchObject({
      headers: { 'If-Match': '"3"', Accept: 'application/json' },
    });
  });

  it('sends a FormData as it is, leaving its multipart Content-Type to the browser', async () => {
    const fetchSpy = stubFetch(json(makeUnitList([])));
    const form = new FormData();
    form.append('file', new Blob(['%PDF-1.4'], { type: 'application/pdf' }), 'bien-ban.pdf');

    await apiRequest(UnitListSchema, '/api/v1/upload', { method: 'POST', body: form });

    const init = (fetchSpy.mock.calls[0] as unknown[] | undefined)?.[1] as RequestInit;
    expect(init.body).toBe(form);
    expect(init.headers).not.toHaveProperty('Content-Type');
  });

  it('downloads a file with the access token and names it from Content-Disposition', async () => {
    startSession(makeSession({ accessToken: 'token-7' }));
    const fetchSpy = stubFetch(
      new Response('a;b\n1;2\n', {
        status: 200,
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': 'attachment; filename="kiem-tra-cchc-2025-07-01.csv"',
        },
      }),
    );

    const file = await apiDownload('/api/v1/inspections/export', { params: { format: 'csv', q: '' } });

    expect(file.filename).toBe('kiem-tra-cchc-2025-07-01.csv');
    expect(await file.blob.text()).toBe('a;b\n1;2\n');
    expect(fetchSpy).toHaveBeenCalledWith(
      '/api/v1/inspections/export?format=csv',
      expect.objectContaining({ headers: expect.objectContaining({ Authorization: 'Bearer token-7' }) }),
    );
  });

  it('reports a refused download as an ApiError, like any other request', async () => {
    stubFetch(json(makeErrorResponse({ statusCode: 403, code: 'FORBIDDEN', message: 'No' }), 403));

    await expect(apiDownload('/api/v1/inspections/export')).rejects.toMatchObject({ status: 403, code: 'FORBIDDEN' });
  });

  it('reads plain and encoded file names', () => {
    expect(readFilename('attachment; filename="a b.xlsx"')).toBe('a b.xlsx');
    expect(readFilename('attachment; filename=plain.csv')).toBe('plain.csv');
    expect(readFilename("attachment; filename*=UTF-8''ki%E1%BB%83m-tra.csv")).toBe('kiểm-tra.csv');
    expect(readFilename(null)).toBeNull();
  });
});

describe('shouldRetryRequest', () => {
  const error = (code: ApiError['code']) => new ApiError({ status: 0, code, message: code, requestId: null });

  it('retries transient failures at most twice', () => {
    expect(shouldRetryRequest(0, error('DATABASE_UNAVAILABLE'))).toBe(true);
    expect(shouldRetryRequest(1, error('NETWORK_ERROR'))).toBe(true);
    expect(shouldRetryRequest(2, error('NETWORK_ERROR'))).toBe(false);
  });

  it('does not retry answers that will not change', () => {
    expect(shouldRetryRequest(0, error('NOT_FOUND'))).toBe(false);
    expect(shouldRetryRequest(0, error('VALIDATION_FAILED'))).toBe(false);
    expect(shouldRetryRequest(0, new Error('boom'))).toBe(false);
  });
});
