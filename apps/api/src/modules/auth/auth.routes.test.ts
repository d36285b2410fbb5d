import { CurrentUserSchema, ErrorResponseSchema, SessionSchema } from '@partrack/contracts';
import { createSigner } from 'fast-jwt';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../db/demo/demo-users';
import { authHeaders, cookiePair, tokenFor } from '../../testing/auth';
import { type TestContext, testConfig, useTestApp } from '../../testing/test-app';

const context = useTestApp({ demoData: true });
const REFRESH = 'partrack_refresh';

async function login(username: string, password = DEMO_PASSWORD, ctx: TestContext = context()) {
  return ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
}

async function me(authorization: string) {
  return context().app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization } });
}

async function refresh(cookie: string | undefined) {
  return context().app.inject({ method: 'POST', url: '/api/v1/auth/refresh', headers: cookie ? { cookie } : {} });
}

describe('POST /api/v1/auth/login', () => {
  it.each([
    ['admin', 'admin', null],
    ['noivu', 'inspector', null],
    ['lanhdao', 'leader', null],
    ['kienan', 'unit_officer', 'Quận Kiến An'],
    ['gialam', 'unit_officer', 'Huyện Gia Lâm'],
  ])('signs in the demo account %s as %s', async (username, role, unitName) => {
    const response = await login(username);
    expect(response.statusCode, response.body).toBe(200);
    const session = SessionSchema.parse(response.json());
    expect(session.user).toMatchObject({ username, role });
    expect(session.user.unit?.name ?? null).toBe(unitName);
    expect(session.expiresIn).toBeLessThanOrEqual(900);
    expect((await me(`Bearer ${session.accessToken}`)).statusCode).toBe(200);
  });

  it('sets the refresh token as an httpOnly, SameSite=Strict cookie for the auth routes only', async () => {
    const response = await login('noivu');
    const header = [response.headers['set-cookie']].flat().find((value) => value?.startsWith(`${REFRESH}=`));
    expect(header).toMatch(/HttpOnly/i);
    expect(header).toMatch(/SameSite=Strict/i);
    expect(header).toMatch(/Path=\/api\/v1\/auth/);
    // Plain HTTP here: Secure is set only when the request came over HTTPS.
    expect(header).not.toMatch(/Secure/);
  });

  it('signs the access token with HS256 and a lifetime of at most 15 minutes', async () => {
    const { accessToken } = SessionSchema.parse((await login('lanhdao')).json());
    const [header, payload] = accessToken
      .split('.')
      .slice(0, 2)
      .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()));
    expect(header.alg).toBe('HS256');
    expect(payload.exp - payload.iat).toBeLessThanOrEqual(900);
  });

  it('answers an unknown user and a wrong password alike, in similar time', async () => {
    const attempt = async (username: string) => {
      const started = performance.now();
      const response = await login(username, 'not-the-password');
      return { response, ms: performance.now() - started };
    };
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    const wrongPassword: number[] = [];
    const unknownUser: number[] = [];
    for (let round = 0; round < 3; round++) {
      const known = await attempt('lanhdao');
      const unknown = await attempt(`nobody-${round}`);
      expect(known.response.statusCode).toBe(401);
      expect(unknown.response.statusCode).toBe(401);
      const { code, message } = ErrorResponseSchema.parse(unknown.response.json());
      expect({ code, message }).toEqual({
        code: ErrorResponseSchema.parse(known.response.json()).code,
        message: known.response.json().message,
      });
      wrongPassword.push(known.ms);
      unknownUser.push(unknown.ms);
    }
    // Both paths run one argon2id verification: the medians stay within a factor of 2.
    const ratio = median(unknownUser) / median(wrongPassword);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });

  it('refuses a disabled account with the same answer as a wrong password', async () => {
    const admin = await authHeaders(context(), 'admin');
    const created = await context().app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin,
      payload: { username: 'tam.nghi', displayName: 'Tạm nghỉ', role: 'leader', password: 'a-long-password-1' },
    });
    expect(created.statusCode, created.body).toBe(201);
    await context().app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${created.json().id}`,
      headers: admin,
      payload: { isActive: false },
    });
    const response = await login('tam.nghi', 'a-long-password-1');
    expect(response.statusCode).toBe(401);
    expect(response.json().message).toBe('Wrong username or password');
  });

  it('rejects fields the body does not have with 400 naming them', async () => {
    const response = await context().app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'admin', password: DEMO_PASSWORD, role: 'admin' },
    });
    expect(response.statusCode).toBe(400);
    expect(ErrorResponseSchema.parse(response.json()).issues?.[0]?.message).toMatch(/role/);
  });
});

describe('login rate limits', () => {
  const limited = useTestApp({ demoData: true, config: { auth: { ...testConfig().auth, loginLimitPerIp: 30 } } });

  it('answers the 11th wrong password for one user within a minute with 429', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 11; attempt++)
      statuses.push((await login('gialam', 'wrong-password', limited())).statusCode);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses[10]).toBe(429);
    // Locked out for this user even with the right password, until the minute passes.
    const right = await login('gialam', DEMO_PASSWORD, limited());
    expect(right.statusCode).toBe(429);
    expect(ErrorResponseSchema.parse(right.json()).code).toBe('RATE_LIMITED');
    expect(right.headers['retry-after']).toBeDefined();
  });
});

describe('login rate limit per IP', () => {
  const limited = useTestApp({ demoData: true, config: { auth: { ...testConfig().auth, loginLimitPerIp: 30 } } });

  it('answers the 31st attempt from one IP within a minute with 429, whatever the usernames', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 31; attempt++)
      statuses.push((await login(`user-${attempt}`, 'x', limited())).statusCode);
    expect(statuses.slice(0, 30)).toEqual(Array(30).fill(401));
    expect(statuses[30]).toBe(429);
  });
});

describe('access tokens', () => {
  it('refuses a missing, malformed, forged or expired token with 401', async () => {
    const user = (
      await context().app.inject({
        method: 'GET',
        url: '/api/v1/auth/me',
        headers: await authHeaders(context(), 'noivu'),
      })
    ).json();
    const claims = { sub: user.id, sv: 1 };
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify({ ...claims, iat: Math.floor(Date.now() / 1000) })).toString('base64url')}.`;
    const wrongKey = createSigner({ key: 'another-secret-that-is-long-enough-to-sign', algorithm: 'HS256' })(claims);
    const expired = createSigner({
      key: 'test-secret-that-is-long-enough-for-hs256-signing',
      algorithm: 'HS256',
      expiresIn: 1000,
      clockTimestamp: Date.now() - 60_000,
    })(claims);
    for (const authorization of [
      '',
      'Bearer',
      'Bearer not-a-jwt',
      `Bearer ${unsigned}`,
      `Bearer ${wrongKey}`,
      `Bearer ${expired}`,
    ]) {
      const response = await me(authorization);
      expect(response.statusCode, authorization).toBe(401);
      expect(ErrorResponseSchema.parse(response.json()).code).toBe('UNAUTHENTICATED');
    }
    // The same claims signed correctly do work: the refusals above are about the token.
    expect((await me(`Bearer ${await tokenFor(context(), 'noivu')}`)).statusCode).toBe(200);
  });

  it('stops working at once when the user is disabled', async () => {
    const admin = await authHeaders(context(), 'admin');
    const created = await context().app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin,
      payload: { username: 'se.nghi', displayName: 'Sẽ nghỉ', role: 'inspector', password: 'a-long-password-2' },
    });
    const session = SessionSchema.parse((await login('se.nghi', 'a-long-password-2')).json());
    expect((await me(`Bearer ${session.accessToken}`)).statusCode).toBe(200);
    await context().app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${created.json().id}`,
      headers: admin,
      payload: { isActive: false },
    });
    expect((await me(`Bearer ${session.accessToken}`)).statusCode).toBe(401);
  });

  it('returns the signed-in user from /me', async () => {
    const response = await me(`Bearer ${await tokenFor(context(), 'kienan')}`);
    expect(CurrentUserSchema.parse(response.json())).toMatchObject({
      username: 'kienan',
      role: 'unit_officer',
      unit: { name: 'Quận Kiến An' },
    });
  });
});

describe('refresh tokens', () => {
  it('rotates the refresh cookie and issues a working access token', async () => {
    const first = cookiePair((await login('lanhdao')).headers['set-cookie'], REFRESH);
    const response = await refresh(first);
    expect(response.statusCode).toBe(200);
    const second = cookiePair(response.headers['set-cookie'], REFRESH);
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    expect((await me(`Bearer ${SessionSchema.parse(response.json()).accessToken}`)).statusCode).toBe(200);
  });

  it('revokes the whole family when an old refresh token is replayed', async () => {
    const first = cookiePair((await login('noivu')).headers['set-cookie'], REFRESH);
    const second = cookiePair((await refresh(first)).headers['set-cookie'], REFRESH);
    // The thief replays the first token: refused, and the legitimate second token dies with it.
    expect((await refresh(first)).statusCode).toBe(401);
    expect((await refresh(second)).statusCode).toBe(401);
  });

  it('refuses to refresh after logout', async () => {
    const cookie = cookiePair((await login('kienan')).headers['set-cookie'], REFRESH);
    const logout = await context().app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: cookie ?? '' },
    });
    expect(logout.statusCode).toBe(204);
    expect((await refresh(cookie)).statusCode).toBe(401);
  });

  it('refuses a missing or unknown refresh cookie', async () => {
    expect((await refresh(undefined)).statusCode).toBe(401);
    expect((await refresh(`${REFRESH}=made-up`)).statusCode).toBe(401);
  });
});

describe('POST /api/v1/auth/password', () => {
  it('changes the password, ends every other session and keeps this one', async () => {
    const admin = await authHeaders(context(), 'admin');
    await context().app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin,
      payload: { username: 'doi.mat.khau', displayName: 'Đổi mật khẩu', role: 'leader', password: 'old-password-123' },
    });
    const other = await login('doi.mat.khau', 'old-password-123');
    const otherCookie = cookiePair(other.headers['set-cookie'], REFRESH);
    const current = SessionSchema.parse((await login('doi.mat.khau', 'old-password-123')).json());

    const changed = await context().app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { authorization: `Bearer ${current.accessToken}` },
      payload: { currentPassword: 'old-password-123', newPassword: 'new-password-456' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const renewed = SessionSchema.parse(changed.json());

    expect((await me(`Bearer ${current.accessToken}`)).statusCode).toBe(401);
    expect((await me(`Bearer ${SessionSchema.parse(other.json()).accessToken}`)).statusCode).toBe(401);
    expect((await refresh(otherCookie)).statusCode).toBe(401);
    expect((await me(`Bearer ${renewed.accessToken}`)).statusCode).toBe(200);
    expect((await login('doi.mat.khau', 'old-password-123')).statusCode).toBe(401);
    expect((await login('doi.mat.khau', 'new-password-456')).statusCode).toBe(200);
  });

  it('answers a wrong current password with 400 naming currentPassword', async () => {
    const response = await context().app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: await authHeaders(context(), 'lanhdao'),
      payload: { currentPassword: 'wrong-one', newPassword: 'new-password-456' },
    });
    expect(response.statusCode).toBe(400);
    expect(ErrorResponseSchema.parse(response.json()).issues?.map((issue) => issue.path)).toEqual(['currentPassword']);
  });

  it('answers a too-short new password with 400 naming newPassword', async () => {
    const response = await context().app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: await authHeaders(context(), 'lanhdao'),
      payload: { currentPassword: DEMO_PASSWORD, newPassword: 'short' },
    });
    expect(response.statusCode).toBe(400);
    expect(ErrorResponseSchema.parse(response.json()).issues?.map((issue) => issue.path)).toEqual(['newPassword']);
  });
});
