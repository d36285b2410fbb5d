import type { ListAuditEventsQuery } from '@partrack/contracts';
import { and, asc, desc, eq, gt, gte, lt, type SQL, sql } from 'drizzle-orm';
import { type Db, inOrder } from '../../db/database';
import { auditEvents } from '../../db/schema';
import { type AuditRecord, type ChainedRow, GENESIS_HASH, hashAuditRecord } from './audit-chain';

/** Serialises appends so that two transactions never chain onto the same previous event. */
const AUDIT_CHAIN_LOCK_KEY = 7_311_046_276;
const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export type AuditEventRow = typeof auditEvents.$inferSelect;

function toChainedRow(row: AuditEventRow): ChainedRow {
  const {
    seq,
    occurredAt,
    actorId,
    actorUsername,
    action,
    entityType,
    entityId,
    before,
    after,
    requestId,
    ip,
    prevHash,
    hash,
  } = row;
  return {
    seq,
    occurredAt: new Date(occurredAt).toISOString(),
    actorId,
    actorUsername,
    action,
    entityType,
    entityId,
    before,
    after,
    requestId,
    ip,
    prevHash,
    hash,
  };
}

export function createAuditEventsRepository(db: Db) {
  return {
    /** Appends one event; call it inside the transaction of the change it records. */
    async append(record: AuditRecord, tx: Db = db): Promise<void> {
      await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK_KEY})`);
      const [last] = await tx
        .select({ hash: auditEvents.hash })
        .from(auditEvents)
        .orderBy(desc(auditEvents.seq))
        .limit(1);
      const prevHash = last?.hash ?? GENESIS_HASH;
      await tx.insert(auditEvents).values({ ...record, prevHash, hash: hashAuditRecord(prevHash, record) });
    },

    async list(query: ListAuditEventsQuery, tx: Db = db): Promise<{ rows: AuditEventRow[]; total: number }> {
      const conditions: (SQL | undefined)[] = [
        query.actorId ? eq(auditEvents.actorId, query.actorId) : undefined,
        query.action ? eq(auditEvents.action, query.action) : undefined,
        query.entityType ? eq(auditEvents.entityType, query.entityType) : undefined,
        query.entityId ? eq(auditEvents.entityId, query.entityId) : undefined,
        // Days are Vietnam's days, whatever the database's time zone.
        query.from
          ? gte(auditEvents.occurredAt, sql`(${query.from}::timestamp AT TIME ZONE ${VIETNAM_TIME_ZONE})`)
          : undefined,
        // `to` is a whole day: everything before the next midnight.
        query.to
          ? lt(auditEvents.occurredAt, sql`((${query.to}::date + 1)::timestamp AT TIME ZONE ${VIETNAM_TIME_ZONE})`)
          : undefined,
      ];
      const where = and(...conditions);
      const [rows, counted] = await inOrder([
        tx
          .select()
          .from(auditEvents)
          .where(where)
          .orderBy(desc(auditEvents.seq))
          .limit(query.pageSize)
          .offset((query.page - 1) * query.pageSize),
        tx.select({ total: sql<number>`count(*)::int` }).from(auditEvents).where(where),
      ]);
      return { rows, total: counted[0]?.total ?? 0 };
    },

    /** The chain in order, a batch at a time, for verification. */
    async *walk(batchSize = 1000, tx: Db = db): AsyncGenerator<ChainedRow[]> {
      let after = 0;
      for (;;) {
        const rows = await tx
          .select()
          .from(auditEvents)
          .where(gt(auditEvents.seq, after))
          .orderBy(asc(auditEvents.seq))
          .limit(batchSize);
        if (rows.length === 0) return;
        yield rows.map(toChainedRow);
        after = rows[rows.length - 1]?.seq ?? after;
      }
    },
  };
}

export type AuditEventsRepository = ReturnType<typeof createAuditEventsRepository>;
