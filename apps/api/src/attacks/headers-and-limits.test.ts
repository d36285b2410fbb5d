import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ErrorResponseSchema } from '@partrack/contracts';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../db/demo/demo-users';
import { type TestContext, testConfig, useTestApp } from '../testing/test-app';

/**
 * Browser-facing hardening (OWASP API8:2023 security misconfiguration, ASVS 5.0 V3 web frontend and
 * V6 authentication): security headers on API and SPA answers, CORS limited to the listed origins,
 * cookie flags, and sign-in limits per IP (the per-username limit is in auth.routes.test.ts).
 */
const ALLOWED_ORIGIN = 'https://partrack.example.gov.vn';
const webDistDir = mkdtempSync(join(tmpdir(), 'partrack-spa-'));
writeFileSync(join(webDistDir, 'index.html'), '<!doctype html><title>partrack</title>');
afterAll(() => rmSync(webDistDir, { recursive: true, force: true }));

const context = useTestApp({ demoData: true, config: { webDistDir, corsOrigins: [ALLOWED_ORIGIN] } });
const production = useTestApp({ config: { env: 'production', webDistDir } });
const proxied = useTestApp({ demoData: true, config: { trustProxy: true } });
const limited = useTestApp({ demoData: true, config: { auth: { ...testConfig().auth, loginLimitPerIp: 3 } } });

function expectHardened(response: LightMyRequestResponse) {
  const csp = String(response.headers['content-security-policy']);
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain("script-src 'self' 'unsafe-inline'");
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.headers['referrer-policy']).toBe('no-referrer');
  expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
  expect(response.headers['x-powered-by']).toBeUndefined();
}

const pages = ['/api/health', '/api/v1/auth/me', '/api/v1/no-such-route', '/', '/directives/some-deep-link'];

describe('security headers', () => {
  it.each(pages)('are on the answer to %s, without HSTS outside production', async (url) => {
    const response = await context().app.inject({ method: 'GET', url });
    expectHardened(response);
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it.each(pages)('include HSTS in production on %s', async (url) => {
    const response = await production().app.inject({ method: 'GET', url });
    expectHardened(response);
    expect(response.headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
  });
});

describe('CORS', () => {
  const preflight = (ctx: TestContext, origin: string) =>
    ctx.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/inspections',
      headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    });

  it('answers only the listed origin, never with a wildcard', async () => {
    const allowed = await preflight(context(), ALLOWED_ORIGIN);
    expect(allowed.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
    const evil = await preflight(context(), 'https://evil.example');
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
    const simple = await context().app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { origin: 'https://evil.example' },
    });
    expect(simple.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('sends no CORS headers at all when no origin is listed', async () => {
    const response = await preflight(production(), 'https://evil.example');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    expect(response.headers['access-control-allow-credentials']).toBeUndefined();
  });
});

describe('the refresh cookie', () => {
  const login = (ctx: TestContext, headers: Record<string, string>) =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers,
      payload: { username: 'lanhdao', password: DEMO_PASSWORD },
    });
  const refreshCookie = (response: LightMyRequestResponse) =>
    [response.headers['set-cookie']].flat().find((value) => value?.startsWith('partrack_refresh='));

  it('is Secure, HttpOnly and SameSite=Strict behind a trusted HTTPS proxy', async () => {
    const cookie = refreshCookie(await login(proxied(), { 'x-forwarded-proto': 'https' }));
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
  });

  it('does not take a forwarded protocol from an untrusted client', async () => {
    const cookie = refreshCookie(await login(context(), { 'x-forwarded-proto': 'https' }));
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).not.toMatch(/; Secure/);
  });
});

describe('sign-in limit per IP', () => {
  it('answers attempts past the limit with 429 in the error shape and Retry-After, even with the right password', async () => {
    const attempt = (username: string, password: string) =>
      limited().app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
    for (const username of ['ai.do', 'khong.co', 'lanhdao']) {
      expect((await attempt(username, 'wrong-password')).statusCode).toBe(401);
    }
    const locked = await attempt('lanhdao', DEMO_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(ErrorResponseSchema.parse(locked.json()).code).toBe('RATE_LIMITED');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect(locked.headers['set-cookie']).toBeUndefined();
  });
});
