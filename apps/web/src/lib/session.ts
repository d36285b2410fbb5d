import type { CurrentUser, Session } from '@partrack/contracts';
import { useSyncExternalStore } from 'react';
import { isUnauthenticated } from './api-error';

/**
 * The one place that holds the sign-in state.
 *
 * - The access token lives in this module's memory only: never in storage, never in React state.
 * - The refresh token is an httpOnly cookie the browser sends to /api/v1/auth; JavaScript never sees it.
 * - Refreshing rotates that cookie, and the API revokes the whole session when a rotated cookie is
 *   presented again. So every refresh goes through `refreshSession`, which shares one call between all
 *   callers of this tab and holds a Web Lock so that two tabs never rotate the same cookie at once.
 *
 * This module stays free of zod: it is part of the first download, and the requests it makes (which
 * parse their answers with the contract schemas) are loaded on first use from `session-requests.ts`.
 */

export type SessionStatus = 'restoring' | 'signedIn' | 'signedOut';
/** Why the last session ended: the user signed out, or the API stopped accepting it. */
export type SessionEndReason = 'signedOut' | 'expired';

export interface SessionState {
  status: SessionStatus;
  user: CurrentUser | null;
  endReason: SessionEndReason | null;
}

/**
 * Not a secret and not a token: only a note that this browser signed in, so a first visit goes straight
 * to the sign-in page instead of asking the API to refresh a cookie that does not exist (a 401 on every
 * anonymous page load). Removing it in one tab signs the other tabs out.
 */
export const SESSION_HINT_KEY = 'partrack.signedIn';
const REFRESH_LOCK = 'partrack.session-refresh';
/** Refresh this long before the access token expires, so requests never meet an expired token. */
const REFRESH_MARGIN_MS = 60_000;
const REFRESH_RETRY_MS = 30_000;

let state: SessionState = { status: 'restoring', user: null, endReason: null };
let accessToken: string | null = null;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let refreshInFlight: Promise<Session | null> | null = null;
let isWatchingOtherTabs = false;
const listeners = new Set<() => void>();

function setState(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

function writeHint(isSignedIn: boolean): void {
  try {
    if (isSignedIn) window.localStorage.setItem(SESSION_HINT_KEY, '1');
    else window.localStorage.removeItem(SESSION_HINT_KEY);
  } catch {
    // Storage disabled: a reload then shows the sign-in page, nothing worse.
  }
}

function readHint(): boolean {
  try {
    return window.localStorage.getItem(SESSION_HINT_KEY) !== null;
  } catch {
    return false;
  }
}

function scheduleRefresh(delayMs: number): void {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => {
    refreshSession().catch(() => {
      // The API could not be reached: try again shortly, while the token may still be good.
      if (accessToken) scheduleRefresh(REFRESH_RETRY_MS);
    });
  }, delayMs);
}

export function getSessionState(): SessionState {
  return state;
}

export function subscribeToSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The current sign-in state; re-renders when someone signs in or out. */
export function useSession(): SessionState {
  return useSyncExternalStore(subscribeToSession, getSessionState, getSessionState);
}

/** The bearer token for the next request, or null when signed out. Only the API client needs it. */
export function getAccessToken(): string | null {
  return accessToken;
}

/** Adopts a session the API granted (sign-in, refresh, password change) and plans its renewal. */
export function startSession(session: Session): void {
  accessToken = session.accessToken;
  writeHint(true);
  const lifetimeMs = session.expiresIn * 1000;
  scheduleRefresh(Math.max(lifetimeMs - REFRESH_MARGIN_MS, lifetimeMs / 2));
  setState({ status: 'signedIn', user: session.user, endReason: null });
}

/** Forgets the session in this tab. The API side is ended by `signOut` or was already gone. */
export function endSession(reason: SessionEndReason): void {
  clearTimeout(refreshTimer);
  accessToken = null;
  writeHint(false);
  if (state.status === 'signedOut' && state.endReason !== null) return;
  setState({ status: 'signedOut', user: null, endReason: reason });
}

async function withRefreshLock<T>(task: () => Promise<T>): Promise<T> {
  // Web Locks are shared by the tabs of one origin; without them (old browsers, jsdom) run unguarded.
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return task();
  let result: { value: T } | undefined;
  await locks.request(REFRESH_LOCK, async () => {
    result = { value: await task() };
  });
  if (!result) throw new Error('The refresh lock was released without running the refresh');
  return result.value;
}

/**
 * Trades the refresh cookie for a new session. Concurrent callers share one request. Resolves null
 * (and ends the session) when the API refuses; rejects when it cannot be reached.
 */
export function refreshSession(): Promise<Session | null> {
  refreshInFlight ??= (async () => {
    try {
      const { requestSessionRefresh } = await import('./session-requests');
      const session = await withRefreshLock(requestSessionRefresh);
      startSession(session);
      return session;
    } catch (error) {
      if (!isUnauthenticated(error)) throw error;
      endSession('expired');
      return null;
    } finally {
      refreshInFlight = null;
    }
  })();
  return refreshInFlight;
}

/**
 * Called by the API client after a 401 to a request sent with `usedToken`. Resolves the token to retry
 * with, or null when there is no session to be had (the session has then ended).
 */
export async function renewAccessToken(usedToken: string | null): Promise<string | null> {
  // Someone refreshed while this request was on its way: retry with their token.
  if (accessToken !== null && accessToken !== usedToken) return accessToken;
  if (usedToken === null && state.status === 'signedOut') return null;
  const session = await refreshSession();
  return session?.accessToken ?? null;
}

/** On start: a silent refresh brings back the session of a reload or a new tab. */
export async function restoreSession(): Promise<void> {
  watchOtherTabs();
  if (!readHint()) {
    setState({ status: 'signedOut', user: null, endReason: null });
    return;
  }
  try {
    await refreshSession();
  } catch {
    // The API is unreachable: show the sign-in page, but keep the hint so the next load tries again.
    setState({ status: 'signedOut', user: null, endReason: null });
  }
}

/** Ends the session on the API (revoking the refresh cookie), then here, even if the API is unreachable. */
export async function signOut(): Promise<void> {
  try {
    // A renewal on its way would otherwise land after signing out and sign this tab back in.
    await refreshInFlight?.catch(() => null);
    const { requestSignOut } = await import('./session-requests');
    await requestSignOut();
  } catch {
    // Still forget it locally; the cookie expires on its own.
  } finally {
    endSession('signedOut');
  }
}

function watchOtherTabs(): void {
  if (isWatchingOtherTabs || typeof window === 'undefined') return;
  isWatchingOtherTabs = true;
  window.addEventListener('storage', (event) => {
    if (event.key === SESSION_HINT_KEY && event.newValue === null && state.status === 'signedIn') {
      endSession('signedOut');
    }
  });
}
