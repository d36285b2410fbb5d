import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { idempotencyKeys } from '../db/schema';

/** How long an answer is kept for a replay (ADR 020). */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;

export type StoredAnswer = typeof idempotencyKeys.$inferInsert;

/** The stored first answers of creates sent with an Idempotency-Key; always inside the create's transaction. */
export function createIdempotencyRepository(tx: Db) {
  const expired = sql`now() - make_interval(hours => ${IDEMPOTENCY_KEY_TTL_HOURS})`;
  return {
    /**
     * Holds the user's key until the transaction ends: a duplicate in flight waits here for the first
     * request's commit (then finds its answer) or rollback (then runs itself). The two-integer lock
     * space is apart from the audit chain's one-bigint lock; a hash collision only makes one wait.
     */
    async lock(userId: string, key: string): Promise<void> {
      await tx.execute(
        sql`SELECT pg_advisory_xact_lock(hashtext('idempotency_keys'), hashtext(${`${userId} ${key}`}::text))`,
      );
    },

    /** Lazy expiry: the user's own old keys go when they send a new one; the primary key finds them. */
    async removeExpired(userId: string): Promise<void> {
      await tx
        .delete(idempotencyKeys)
        .where(and(eq(idempotencyKeys.userId, userId), lt(idempotencyKeys.createdAt, expired)));
    },

    async find(userId: string, key: string) {
      const [row] = await tx
        .select()
        .from(idempotencyKeys)
        .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
      return row;
    },

    async insert(answer: StoredAnswer): Promise<void> {
      await tx.insert(idempotencyKeys).values(answer);
    },
  };
}
