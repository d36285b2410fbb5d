import { sql } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import { type Db, executeRows } from '../../db/database';
import { useTestApp } from '../../testing/test-app';
import { createAuditEventsRepository } from './audit-events.repository';
import { createAuditEventsService } from './audit-events.service';
import { sealAuditTrail } from './audit-sealer';
import { recordAuditEvent } from './audit-trail';

const context = useTestApp({ demoData: true });

const verify = (db: Db) => createAuditEventsService({ repo: createAuditEventsRepository(db) }).verify();

/** An event as a change records it, in its own transaction. */
function recordEvent(db: Db, entityId: string) {
  return db.transaction((tx) =>
    recordAuditEvent(
      tx,
      { user: null, requestId: `sealer-test-${entityId}`, ip: '127.0.0.1' },
      { action: 'unit.updated', entityType: 'unit', entityId, after: { name: entityId } },
    ),
  );
}

async function countEvents(db: Db) {
  const [row] = await executeRows<{ all: number; sealed: number; lastPlace: number }>(
    db,
    sql`SELECT count(*)::int AS "all", count(hash)::int AS sealed, max(chain_seq)::int AS "lastPlace"
          FROM audit_events`,
  );
  return row ?? { all: 0, sealed: 0, lastPlace: 0 };
}

describe('the audit sealer', () => {
  it('seals what was committed unsealed into one chain that verifies, and each event once', async () => {
    const { db } = context().database;
    await sealAuditTrail(db);
    // On PostgreSQL these commit at once through the pool, in an order of their own.
    await Promise.all(Array.from({ length: 30 }, (_, index) => recordEvent(db, `seal-${index}`)));
    // Two sealers at once (two servers, say) take turns on the chain's lock.
    await Promise.all([sealAuditTrail(db, 7), sealAuditTrail(db, 7)]);
    const sealed = await countEvents(db);
    expect(sealed.sealed).toBe(sealed.all);
    // One place in the chain each, with no gap and no fork.
    expect(sealed.lastPlace).toBe(sealed.all);
    expect(await verify(db)).toEqual({ ok: true, checked: sealed.all });
    expect(await sealAuditTrail(db)).toBe(0);
  });

  // Two transactions open at once need two connections: PGlite has one.
  it.runIf(inject('testDatabase') === 'postgres')(
    'chains events in the order they committed, which need not be the order of seq',
    async () => {
      const { db } = context().database;
      await sealAuditTrail(db);
      let releaseEarly: () => void = () => {};
      const held = new Promise<void>((resolve) => {
        releaseEarly = resolve;
      });
      let recorded: () => void = () => {};
      const early = db.transaction(async (tx) => {
        await recordEvent(tx, 'took-seq-first');
        recorded();
        await held;
      });
      await new Promise<void>((resolve) => {
        recorded = resolve;
      });
      await recordEvent(db, 'committed-first');
      await sealAuditTrail(db);
      releaseEarly();
      await early;
      await sealAuditTrail(db);
      const rows = await executeRows<{ entity_id: string; seq: string; chain_seq: string }>(
        db,
        sql`SELECT entity_id, seq::text, chain_seq::text FROM audit_events
             WHERE entity_id IN ('took-seq-first', 'committed-first') ORDER BY chain_seq`,
      );
      expect(rows.map((row) => row.entity_id)).toEqual(['committed-first', 'took-seq-first']);
      expect(Number(rows[0]?.seq)).toBeGreaterThan(Number(rows[1]?.seq));
      expect(await verify(db)).toMatchObject({ ok: true });
    },
  );

  it('lets the database refuse any change to an event but its sealing, and a second sealing', async () => {
    const { db } = context().database;
    await sealAuditTrail(db);
    // An unsealed event is as closed to edits as a sealed one.
    const refused = (db: Db, change: ReturnType<typeof sql>) =>
      expect(db.transaction((savepoint) => savepoint.execute(change))).rejects.toMatchObject({
        cause: { message: expect.stringMatching(/append-only/) },
      });
    await db.transaction(async (tx) => {
      await recordEvent(tx, 'guarded');
      await refused(tx, sql`UPDATE audit_events SET ip = '10.0.0.66' WHERE entity_id = 'guarded'`);
      await refused(
        tx,
        sql`UPDATE audit_events SET hash = repeat('a', 64), prev_hash = repeat('b', 64), chain_seq = -1,
              ip = '10.0.0.66' WHERE entity_id = 'guarded'`,
      );
    });
    await sealAuditTrail(db);
    await refused(db, sql`UPDATE audit_events SET hash = repeat('a', 64) WHERE entity_id = 'guarded'`);
    const [guarded] = await executeRows<{ ip: string; hash: string | null }>(
      db,
      sql`SELECT ip, hash FROM audit_events WHERE entity_id = 'guarded'`,
    );
    expect(guarded).toMatchObject({ ip: '127.0.0.1', hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(await verify(db)).toMatchObject({ ok: true });
  });
});
