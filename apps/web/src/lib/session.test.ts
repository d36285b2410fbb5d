import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeSession } from '../testing/auth-fixtures';
import { makeErrorResponse } from '../testing/unit-fixtures';

// The session lives in module state: every test gets a fresh copy of the module.
type SessionModule = typeof import('./session');
let session: SessionModule;

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

const unauthenticated = () =>
  json(makeErrorResponse({ statusCode: 401, code: 'UNAUTHENTICATED', message: 'The session has ended' }), 401);

/** A fetch that answers each call with the next response, and records the calls. */
function stubFetch(...responses: Array<() => Response | Promise<Response>>) {
  const spy = vi.fn(async (_url: string, _init?: RequestInit) => {
    const next = responses.shift();
    if (!next) throw new Error('unexpected request');
    return next();
  });
  vi.stubGlobal('fetch', spy);
  return spy;
}

beforeEach(async () => {
  vi.resetModules();
  session = await import('./session');
});

afterEach(() => {
  session.endSession('signedOut');
  vi.useRealTimers();
});

describe('startSession and endSession', () => {
  it('keeps the access token in memory only and remembers in storage just that a session exists', () => {
    const granted = makeSession();
    session.startSession(granted);

    expect(session.getSessionState()).toEqual({ status: 'signedIn', user: granted.user, endReason: null });
    expect(session.getAccessToken()).toBe(granted.accessToken);
    expect(window.localStorage.getItem(session.SESSION_HINT_KEY)).toBe('1');
    expect(JSON.stringify({ ...window.localStorage })).not.toContain(granted.accessToken);

    session.endSession('expired');

    expect(session.getSessionState()).toEqual({ status: 'signedOut', user: null, endReason: 'expired' });
    expect(session.getAccessToken()).toBeNull();
    expect(window.localStorage.getItem(session.SESSION_HINT_KEY)).toBeNull();
  });

  it('tells subscribers when someone signs in or out', () => {
    const listener = vi.fn();
    const unsubscribe = session.subscribeToSession(listener);

    session.startSession(makeSession());
    session.endSession('signedOut');
    unsubscribe();
    session.startSession(makeSession());

    expect(listener).toHaveBeenCalledTimes(2);
  });
});

describe('refreshSession', () => {
  it('shares one refresh call between everyone who asks at the same time', async () => {
    const renewed = makeSession();
    const fetchSpy = stubFetch(() => json(renewed));

    const results = await Promise.all([session.refreshSession(), session.refreshSession(), session.refreshSession()]);

    expect(fetchSpy).toHaveBeenCalledOnce();
    expect(fetchSpy).toHaveBeenCalledWith('/api/v1/auth/refresh', expect.objectContaining({ method: 'POST' }));
    expect(results).toEqual([renewed, renewed, renewed]);
    expect(session.getAccessToken()).toBe(renewed.accessToken);
  });

  it('sends no access token: the refresh cookie is the credential', async () => {
    session.startSession(makeSession({ accessToken: 'old-token' }));
    const fetchSpy = stubFetch(() => json(makeSession()));

    await session.refreshSession();

    const headers = fetchSpy.mock.calls[0]?.[1]?.headers as Record<string, string>;
    expect(headers.Authorization).toBeUndefined();
  });

  it('ends the session as expired when the API refuses the cookie', async () => {
    session.startSession(makeSession());
    stubFetch(unauthenticated);

    await expect(session.refreshSession()).resolves.toBeNull();

    expect(session.getSessionState()).toMatchObject({ status: 'signedOut', endReason: 'expired' });
  });

  it('keeps the session when the API cannot be reached, and says so', async () => {
    const granted = makeSession();
    session.startSession(granted);
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));

    await expect(session.refreshSession()).rejects.toMatchObject({ code: 'NETWORK_ERROR' });

    expect(session.getAccessToken()).toBe(granted.accessToken);
  });

  it('renews the session a minute before the access token expires', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const renewed = makeSession();
    const fetchSpy = stubFetch(() => json(renewed));
    session.startSession(makeSession({ expiresIn: 900 }));

    await vi.advanceTimersByTimeAsync(839_000);
    expect(fetchSpy).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000);

    expect(fetchSpy).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(session.getAccessToken()).toBe(renewed.accessToken));
  });
});

describe('restoreSession', () => {
  it('goes straight to signed out, without a request, in a browser that never signed in', async () => {
    const fetchSpy = stubFetch();

    await session.restoreSession();

    expect(fetchSpy).not.toHaveBeenCalled();
    expect(session.getSessionState()).toEqual({ status: 'signedOut', user: null, endReason: null });
  });

  it('brings back the session of a reload with a silent refresh', async () => {
    window.localStorage.setItem(session.SESSION_HINT_KEY, '1');
    const renewed = makeSession();
    stubFetch(() => json(renewed));

    await session.restoreSession();

    expect(session.getSessionState()).toEqual({ status: 'signedIn', user: renewed.user, endReason: null });
  });

  it('signs this tab out when another tab signs out', async () => {
    const fetchSpy = stubFetch();
    await session.restoreSession();
    session.startSession(makeSession());

    window.dispatchEvent(new StorageEvent('storage', { key: session.SESSION_HINT_KEY, newValue: null }));

    expect(session.getSessionState()).toMatchObject({ status: 'signedOut', endReason: 'signedOut' });
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});

describe('signOut', () => {
  it('revokes the session on the API, then forgets it here', async () => {
    session.startSession(makeSession());
    const fetchSpy = stubFetch(() => new Response(null, { status: 204 }));

    await session.signOut();

    expect(fetchSpy).toHaveBeenCalledWith('/api/v1/auth/logout', expect.objectContaining({ method: 'POST' }));
    expect(session.getSessionState()).toEqual({ status: 'signedOut', user: null, endReason: 'signedOut' });
  });

  it('waits for a renewal on its way, so that it cannot sign the tab back in afterwards', async () => {
    session.startSession(makeSession());
    const fetchSpy = stubFetch(
      () => new Promise((resolve) => setTimeout(() => resolve(json(makeSession())), 20)),
      () => new Response(null, { status: 204 }),
    );

    const renewal = session.refreshSession();
    await session.signOut();
    await renewal;

    expect(fetchSpy.mock.calls.map(([url]) => url)).toEqual(['/api/v1/auth/refresh', '/api/v1/auth/logout']);
    expect(session.getSessionState().status).toBe('signedOut');
  });

  it('forgets the session here even when the API cannot be reached', async () => {
    session.startSession(makeSession());
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));

    await session.signOut();

    expect(session.getSessionState().status).toBe('signedOut');
    expect(session.getAccessToken()).toBeNull();
  });
});
