import { AuditEventListSchema } from '@partrack/contracts';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../db/demo/demo-users';
import { authHeaders } from '../../testing/auth';
import { useTestApp } from '../../testing/test-app';
import { createAuditEventsRepository } from './audit-events.repository';
import { createAuditEventsService } from './audit-events.service';
import { sealAuditTrail } from './audit-sealer';

const context = useTestApp({ demoData: true });

async function listAudit(query = '') {
  const response = await context().app.inject({
    method: 'GET',
    url: `/api/v1/audit-events?${query}`,
    headers: await authHeaders(context(), 'admin'),
  });
  expect(response.statusCode, response.body).toBe(200);
  return AuditEventListSchema.parse(response.json());
}

/** Seals what waits, as the server does within moments, then walks the chain. */
async function verify() {
  const { db } = context().database;
  await sealAuditTrail(db);
  return createAuditEventsService({ repo: createAuditEventsRepository(db) }).verify();
}

describe('the audit trail', () => {
  it('records sign-ins and failed sign-ins with request id and IP', async () => {
    const login = (password: string) =>
      context().app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'kienan', password } });
    const ok = await login(DEMO_PASSWORD);
    const failed = await login('wrong-password');
    const { items } = await listAudit('entityType=user');
    const [failedEvent, loginEvent] = items;
    expect(failedEvent).toMatchObject({
      action: 'auth.login_failed',
      actor: null,
      requestId: failed.headers['x-request-id'],
      ip: '127.0.0.1',
    });
    expect(loginEvent).toMatchObject({
      action: 'auth.login',
      actor: { username: 'kienan' },
      requestId: ok.headers['x-request-id'],
    });
  });

  it('filters by action', async () => {
    const { items } = await listAudit('action=auth.login_failed');
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((event) => event.action === 'auth.login_failed')).toBe(true);
  });

  it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
    const { db } = context().database;
    await expect(db.execute(sql`UPDATE audit_events SET action = 'x'`)).rejects.toThrow();
    await expect(db.execute(sql`DELETE FROM audit_events`)).rejects.toThrow();
    await expect(db.execute(sql`TRUNCATE audit_events`)).rejects.toThrow();
    expect((await listAudit()).total).toBeGreaterThan(0);
  });

  it('verifies an intact chain and reports the first tampered row', async () => {
    expect(await verify()).toMatchObject({ ok: true });
    const { items } = await listAudit();
    const target = items.at(-1);
    if (!target) throw new Error('no audit events to tamper with');
    // Tampering as a superuser would: switch the guard off, edit a row, switch it back on.
    const { db } = context().database;
    await db.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_or_delete`);
    await db.execute(sql`UPDATE audit_events SET ip = '10.0.0.66' WHERE seq = ${target.seq}`);
    await db.execute(sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_or_delete`);
    expect(await verify()).toMatchObject({ ok: false, seq: target.seq });
  });

  it('is for admins only', async () => {
    for (const username of ['noivu', 'lanhdao', 'kienan']) {
      const response = await context().app.inject({
        method: 'GET',
        url: '/api/v1/audit-events',
        headers: await authHeaders(context(), username),
      });
      expect(response.statusCode, username).toBe(403);
    }
  });
});
