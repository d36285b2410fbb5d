import { ErrorResponseSchema, SessionSchema } from '@partrack/contracts';
import { createSigner } from 'fast-jwt';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../db/demo/demo-users';
import { createUsersRepository } from '../modules/users/users.repository';
import { authHeaders, cookiePair, tokenFor } from '../testing/auth';
import { testConfig, useTestApp } from '../testing/test-app';

/**
 * Forged and stale credentials (OWASP API2:2023 broken authentication, ASVS 5.0 V9 tokens and V7
 * sessions), beyond what auth.routes.test.ts covers (`alg: none`, wrong key, expired, refresh replay
 * after rotation and logout): each answer is a 401 in the error shape.
 */
const REFRESH = 'partrack_refresh';
const SECRET = testConfig().auth.jwtSecret;
const context = useTestApp({ demoData: true });

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

async function me(token: string) {
  return context().app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } });
}

function expectRefused(response: { statusCode: number; json: () => unknown }) {
  expect(response.statusCode).toBe(401);
  expect(ErrorResponseSchema.parse(response.json()).code).toBe('UNAUTHENTICATED');
}

async function userId(username: string): Promise<string> {
  const user = await createUsersRepository(context().database.db).findByUsername(username);
  if (!user) throw new Error(`No user ${username}`);
  return user.id;
}

async function login(username: string, password = DEMO_PASSWORD) {
  const response = await context().app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
  });
  expect(response.statusCode, response.body).toBe(200);
  return { session: SessionSchema.parse(response.json()), cookie: cookiePair(response.headers['set-cookie'], REFRESH) };
}

async function refresh(cookie: string | undefined) {
  return context().app.inject({ method: 'POST', url: '/api/v1/auth/refresh', headers: { cookie: cookie ?? '' } });
}

describe('forged access tokens', () => {
  it("refuses a unit officer's token whose payload was rewritten to the admin's id, keeping the signature", async () => {
    const [header, , signature] = (await tokenFor(context(), 'kienan')).split('.');
    const adminId = await userId('admin');
    const forged = `${header}.${base64url({ sub: adminId, sv: 1, iat: Math.floor(Date.now() / 1000) })}.${signature}`;
    expectRefused(await me(forged));
  });

  it('refuses a token signed with the right secret under another algorithm (HS512)', async () => {
    const token = createSigner({ key: SECRET, algorithm: 'HS512' })({ sub: await userId('admin'), sv: 1 });
    expectRefused(await me(token));
  });

  it("refuses an unsigned admin token, whatever the case of 'none'", async () => {
    const claims = { sub: await userId('admin'), sv: 1, iat: Math.floor(Date.now() / 1000) };
    for (const alg of ['none', 'None', 'NONE']) {
      expectRefused(await me(`${base64url({ alg, typ: 'JWT' })}.${base64url(claims)}.`));
    }
  });

  it('refuses a correctly signed token whose subject is no user, or not an id at all, without a 500', async () => {
    const sign = createSigner({ key: SECRET, algorithm: 'HS256' });
    for (const sub of ['00000000-0000-4000-8000-000000000000', "' OR 1=1 --", 42, null]) {
      expectRefused(await me(sign({ sub, sv: 1 })));
    }
  });

  it('refuses a token carrying a session version it was not given', async () => {
    const token = createSigner({ key: SECRET, algorithm: 'HS256' })({ sub: await userId('kienan'), sv: 2 });
    expectRefused(await me(token));
  });
});

describe('sessions an administrator ended', () => {
  it("ends a user's access and refresh tokens when an admin resets the password or changes the role", async () => {
    const admin = await authHeaders(context(), 'admin');
    for (const [username, change] of [
      ['gialam', { url: 'password', payload: { password: 'reset-by-admin-1' } }],
      ['lanhdao', { url: '', payload: { role: 'inspector' } }],
    ] as const) {
      const { session, cookie } = await login(username);
      expect((await me(session.accessToken)).statusCode).toBe(200);
      const id = await userId(username);
      const changed = await context().app.inject({
        method: change.url ? 'POST' : 'PATCH',
        url: `/api/v1/users/${id}${change.url ? `/${change.url}` : ''}`,
        headers: admin,
        payload: change.payload,
      });
      expect(changed.statusCode, changed.body).toBeLessThan(300);
      expectRefused(await me(session.accessToken));
      expectRefused(await refresh(cookie));
    }
  });

  it("refuses a disabled user's refresh cookie", async () => {
    const { cookie } = await login('kienan');
    const disabled = await context().app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${await userId('kienan')}`,
      headers: await authHeaders(context(), 'admin'),
      payload: { isActive: false },
    });
    expect(disabled.statusCode).toBe(200);
    expectRefused(await refresh(cookie));
  });

  it("gives a stolen refresh cookie no more than its owner's session, and refuses it once the owner signs out", async () => {
    const victim = await login('noivu');
    const stolen = await refresh(victim.cookie);
    expect(SessionSchema.parse(stolen.json()).user.username).toBe('noivu');
    const rotated = cookiePair(stolen.headers['set-cookie'], REFRESH);
    await context().app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: rotated ?? '' } });
    expectRefused(await refresh(rotated));
    expectRefused(await refresh(victim.cookie));
  });
});
