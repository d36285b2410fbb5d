import type { ListAuditEventsQuery } from '@partrack/contracts';
import { and, asc, desc, eq, gt, gte, isNotNull, isNull, lt, type SQL, sql } from 'drizzle-orm';
import { type Db, inOrder } from '../../db/database';
import { insertJsonRows, type JsonRows, jsonRows } from '../../db/insert-json-rows';
import { auditEvents } from '../../db/schema';
import type { AuditRecord, ChainedRow, ChainLink, SealableRecord } from './audit-chain';

const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** The advisory lock sealers take turns on (ADR 008). */
const CHAIN_LOCK = 7311046276;

export type AuditEventRow = typeof auditEvents.$inferSelect;

/** What the hash covers, as stored: times as ISO strings, JSON as jsonb gives it back. */
function toSealable(row: AuditEventRow): SealableRecord {
  const { seq, occurredAt, actorId, actorUsername, action, entityType, entityId, before, after, requestId, ip } = row;
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
  };
}

/** One event as a row to write: `append` writes it alone, a change written as one statement with it. */
export function auditEventRow(record: AuditRecord): JsonRows {
  return jsonRows(auditEvents, [record]);
}

export function createAuditEventsRepository(db: Db) {
  return {
    /**
     * Appends one event, unsealed; call it inside the transaction of the change it records. It takes
     * no lock: the sealer links it into the chain once it has committed (audit-sealer.ts).
     */
    async append(record: AuditRecord, tx: Db = db): Promise<void> {
      await insertJsonRows(tx, [auditEventRow(record)]);
    },

    /** Whether any committed event waits to be sealed: one look at a partial index. */
    async hasUnsealed(tx: Db = db): Promise<boolean> {
      const rows = await tx.select({ seq: auditEvents.seq }).from(auditEvents).where(isNull(auditEvents.hash)).limit(1);
      return rows.length > 0;
    },

    /**
     * Takes the chain's lock until the transaction ends: one sealer at a time, in every instance,
     * so two never link onto the same event.
     */
    async lockChain(tx: Db = db): Promise<void> {
      await tx.execute(sql`SELECT pg_advisory_xact_lock(${CHAIN_LOCK})`);
    },

    /** The last sealed event: where the next one links on, and where a backup's chain ends. */
    async chainHead(tx: Db = db): Promise<{ seq: number; chainSeq: number; hash: string } | undefined> {
      const [head] = await tx
        .select({ seq: auditEvents.seq, chainSeq: auditEvents.chainSeq, hash: auditEvents.hash })
        .from(auditEvents)
        .where(isNotNull(auditEvents.chainSeq))
        .orderBy(desc(auditEvents.chainSeq))
        .limit(1);
      // Both are set on a sealed event (the table's CHECK); the test narrows the types.
      return head?.chainSeq != null && head.hash !== null
        ? { seq: head.seq, chainSeq: head.chainSeq, hash: head.hash }
        : undefined;
    },

    /** Committed events not sealed yet, oldest first. */
    async unsealed(limit: number, tx: Db = db): Promise<SealableRecord[]> {
      const rows = await tx
        .select()
        .from(auditEvents)
        .where(isNull(auditEvents.hash))
        .orderBy(asc(auditEvents.seq))
        .limit(limit);
      return rows.map(toSealable);
    },

    /** Writes the links the sealer computed, in one statement. */
    async seal(links: ChainLink[], tx: Db = db): Promise<void> {
      if (links.length === 0) return;
      await tx.execute(sql`
        UPDATE ${auditEvents} SET prev_hash = link."prevHash", hash = link.hash, chain_seq = link."chainSeq"
          FROM json_to_recordset(${JSON.stringify(links)}::json)
            AS link(seq bigint, "prevHash" text, hash text, "chainSeq" bigint)
         WHERE ${auditEvents.seq} = link.seq AND ${auditEvents.hash} IS NULL`);
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

    /** The sealed chain in its order, a batch at a time, for verification. */
    async *walk(batchSize = 1000, tx: Db = db): AsyncGenerator<ChainedRow[]> {
      let after = 0;
      for (;;) {
        const rows = await tx
          .select()
          .from(auditEvents)
          .where(gt(auditEvents.chainSeq, after))
          .orderBy(asc(auditEvents.chainSeq))
          .limit(batchSize);
        if (rows.length === 0) return;
        yield rows.map((row) => ({ ...toSealable(row), prevHash: row.prevHash, hash: row.hash }));
        after = rows[rows.length - 1]?.chainSeq ?? after;
      }
    },
  };
}

export type AuditEventsRepository = ReturnType<typeof createAuditEventsRepository>;
