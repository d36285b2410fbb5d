import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ErrorResponseSchema, HealthSchema, ReadinessSchema } from '@partrack/contracts';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from './app';
import { openTestDatabase, testConfig, useTestApp } from './testing/test-app';

const context = useTestApp();

describe('operations', () => {
  it('answers liveness on /api/health', async () => {
    const response = await context().app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(HealthSchema.parse(response.json())).toEqual({ status: 'ok' });
  });

  it('is ready once every migration is applied', async () => {
    const response = await context().app.inject({ method: 'GET', url: '/api/ready' });
    expect(response.statusCode).toBe(200);
    const readiness = ReadinessSchema.parse(response.json());
    expect(readiness.migrations.applied).toBe(readiness.migrations.expected);
    expect(readiness.database).toBe(context().database.kind);
    // PostgreSQL says how its pool is doing; the embedded database is one connection in the process.
    if (readiness.database === 'postgres') {
      expect(readiness.pool).toMatchObject({ max: 5, waitedCheckouts: expect.any(Number) });
    } else {
      expect(readiness.pool).toBeUndefined();
    }
  });

  it('publishes OpenAPI generated from the contracts, and the reference UI', async () => {
    const spec = (await context().app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/api/v1/units', '/api/v1/units/{id}']));
    expect(spec.paths['/api/v1/units'].get.parameters.map((p: { name: string }) => p.name)).toContain('validOn');
    const docs = await context().app.inject({ method: 'GET', url: '/api/docs' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toContain('text/html');
  });
});

describe('errors', () => {
  it('answers malformed JSON with 400 INVALID_JSON and no parser detail', async () => {
    const response = await context().app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": ',
    });
    expect(response.statusCode).toBe(400);
    const body = ErrorResponseSchema.parse(response.json());
    expect(body.code).toBe('INVALID_JSON');
    expect(response.body).not.toMatch(/at |SyntaxError|Unexpected/);
  });

  it('refuses a NUL character in any text with 400 naming the field', async () => {
    const body = await context().app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'ad\u0000min', password: 'x' },
    });
    expect(body.statusCode).toBe(400);
    expect(ErrorResponseSchema.parse(body.json()).issues?.[0]).toMatchObject({
      path: 'username',
      code: 'nul_character',
    });
    const query = await context().app.inject({ method: 'GET', url: '/api/v1/units?q=a%00b' });
    expect(query.statusCode).toBe(400);
    expect(ErrorResponseSchema.parse(query.json()).issues?.[0]?.path).toBe('q');
  });

  it('answers an unknown API route with a JSON 404', async () => {
    const response = await context().app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(ErrorResponseSchema.parse(response.json()).code).toBe('NOT_FOUND');
  });

  it('returns the request id in the header and the error body, keeping a well-formed incoming one', async () => {
    const response = await context().app.inject({
      method: 'GET',
      url: '/api/v1/units?level=bogus',
      headers: { 'x-request-id': 'trace-123' },
    });
    expect(response.headers['x-request-id']).toBe('trace-123');
    expect(ErrorResponseSchema.parse(response.json()).requestId).toBe('trace-123');
  });

  it('replaces a malformed incoming request id with its own', async () => {
    const response = await context().app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'bad id with spaces' },
    });
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('the built SPA', () => {
  const webDistDir = mkdtempSync(join(tmpdir(), 'partrack-spa-'));
  writeFileSync(join(webDistDir, 'index.html'), '<!doctype html><title>partrack</title><div id="root"></div>');
  afterAll(() => rmSync(webDistDir, { recursive: true, force: true }));

  async function appWithSpa() {
    const database = await openTestDatabase();
    const app = await buildApp({ config: testConfig({ webDistDir }), database, logger: false });
    const close = async () => {
      await app.close();
      await database.close();
    };
    return { app, close };
  }

  it('answers any SPA route with index.html so deep links survive a reload', async () => {
    const { app, close } = await appWithSpa();
    try {
      for (const url of ['/', '/units', '/units/00000000-0000-4000-8000-000000000000?q=x']) {
        const response = await app.inject({ method: 'GET', url });
        expect(response.statusCode, url).toBe(200);
        expect(response.body).toContain('<div id="root">');
      }
      const api = await app.inject({ method: 'GET', url: '/api/v1/missing' });
      expect(api.statusCode).toBe(404);
      expect(api.headers['content-type']).toContain('application/json');
    } finally {
      await close();
    }
  });
});
