import { createHash } from 'node:crypto';
import type { Query, SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema';

/** One type for node-postgres, PGlite and a transaction of either. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseKind = 'pglite' | 'postgres';

/** An open database: the drizzle handle plus what the server needs to run and stop it. */
export type Database = {
  kind: DatabaseKind;
  db: Db;
  /**
   * For the server's own jobs (sealing the audit trail, reminders): on PostgreSQL a connection of
   * its own, so that a job never takes a request's connection from the pool; on PGlite, `db`.
   */
  jobs: Db;
  close(): Promise<void>;
  /** PostgreSQL only: the pool's size and how many checkouts had to wait for a free connection. */
  poolStats?(): PoolStats;
};

export type PoolStats = { max: number; total: number; idle: number; waiting: number; waitedCheckouts: number };

/**
 * Runs raw SQL and returns its rows. Both drivers answer `{ rows }`; the shared `Db` type cannot
 * say so, hence the one cast here rather than at every call.
 */
export async function executeRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/**
 * A statement the server sends again and again with the same text, its values bound (a write built
 * from rows of one shape), run under a name made from its text: each connection parses and plans it
 * once, then only binds and runs it. Parsing and planning a create's statement cost PostgreSQL 0.4 ms
 * a call (docs/performance.md). The names are as many as the texts, not the calls: text with values
 * written into it belongs in `executeRows`.
 */
export async function executePreparedRows<T>(db: Db, query: Query): Promise<T[]> {
  const name = `s_${createHash('sha1').update(query.sql).digest('base64url')}`;
  const result = (await db._.session.prepareQuery(query, undefined, name, false).execute()) as { rows: T[] };
  return result.rows;
}

/**
 * Reads that must agree with each other: one connection, one snapshot (repeatable read), nothing
 * written. Queries inside run one after another: a connection runs one query at a time anyway.
 */
export function readSnapshot<T>(db: Db, read: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction((tx) => read(tx), { isolationLevel: 'repeatable read', accessMode: 'read only' });
}

/**
 * Drizzle queries run one after another, their results returned as `Promise.all` would: a request
 * holds one pooled connection at a time, never several, so that the pool does not make requests wait
 * (docs/performance.md). Pass query builders, which run when awaited, not promises already running.
 */
export async function inOrder<T extends readonly unknown[] | []>(
  queries: T,
): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const results: unknown[] = [];
  for (const query of queries) results.push(await query);
  return results as { -readonly [K in keyof T]: Awaited<T[K]> };
}

/**
 * A query that every request runs, built once per database handle (or transaction) and prepared on the
 * server under its name: drizzle's building and PostgreSQL's parsing and planning cost more CPU than
 * running such a query (docs/performance.md). `build` must use placeholders for its values.
 */
export function preparedPerHandle<Q>(build: (db: Db) => Q): (db: Db) => Q {
  const built = new WeakMap<Db, Q>();
  return (db) => {
    let query = built.get(db);
    if (!query) {
      query = build(db);
      built.set(db, query);
    }
    return query;
  };
}
