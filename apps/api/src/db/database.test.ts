import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../testing/test-app';
import { type Database, executePreparedRows, executeRows } from './database';

describe('executePreparedRows', () => {
  let database: Database;

  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database?.close());

  const doubled = (value: number) => ({
    sql: 'SELECT $1::int * 2 AS doubled, $2::text AS label',
    params: [value, `x${value}`],
  });

  it('answers the rows with each call’s own values', async () => {
    const { db } = database;
    expect(await executePreparedRows(db, doubled(2))).toEqual([{ doubled: 4, label: 'x2' }]);
    expect(await executePreparedRows(db, doubled(21))).toEqual([{ doubled: 42, label: 'x21' }]);
  });

  it('prepares one statement per text on a connection, whatever the values', async (context) => {
    if (database.kind !== 'postgres') {
      context.skip('PGlite runs in the process: it has no connection to keep prepared statements on');
    }
    const prepared = await database.db.transaction(async (tx) => {
      // A transaction keeps one connection; another text is another statement.
      for (const value of [1, 2, 3]) await executePreparedRows(tx, doubled(value));
      await executePreparedRows(tx, { sql: 'SELECT $1::int AS one', params: [1] });
      return executeRows<{ name: string; statement: string }>(
        tx,
        sql`SELECT name, statement FROM pg_prepared_statements WHERE name LIKE 's\\_%' ORDER BY statement`,
      );
    });
    expect(prepared.map((row) => row.statement)).toEqual([
      'SELECT $1::int * 2 AS doubled, $2::text AS label',
      'SELECT $1::int AS one',
    ]);
    expect(new Set(prepared.map((row) => row.name)).size).toBe(2);
  });
});
