import type { ListAuditEventsQuery } from '@partrack/contracts';
import { and, asc, desc, eq, gt, gte, lt, type SQL, sql } from 'drizzle-orm';
import { type Db, inOrder } from '../../db/database';
import { auditEvents } from '../../db/schema';
import { type AuditRecord, type ChainedRow, canonicalAuditRecord } from './audit-chain';

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

/** A JSON value as a jsonb parameter; SQL NULL for none (as drizzle's insert wrote it). */
function jsonOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

export function createAuditEventsRepository(db: Db) {
  return {
    /**
     * Appends one event; call it inside the transaction of the change it records. The database
     * function (migration 0012) takes the chain's lock, reads the previous hash and inserts, in one
     * round trip; the lock is held until the transaction ends, so two never chain onto the same event.
     */
    async append(record: AuditRecord, tx: Db = db): Promise<void> {
      await tx.execute(
        sql`SELECT append_audit_event(${record.occurredAt}::timestamptz, ${record.actorId}::uuid,
          ${record.actorUsername}::text, ${record.action}::text, ${record.entityType}::text,
          ${record.entityId}::text, ${jsonOrNull(record.before)}::jsonb, ${jsonOrNull(record.after)}::jsonb,
          ${record.requestId}::text, ${record.ip}::text, ${canonicalAuditRecord(record)}::text)`,
      );
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
