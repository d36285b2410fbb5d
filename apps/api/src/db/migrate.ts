import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { type Database, type Db, executeRows } from './database';
import type * as schema from './schema';

/** Any constant works; it only has to be the same for every partrack instance on one database. */
const MIGRATION_LOCK_KEY = 7_311_046_275;

export function countExpectedMigrations(migrationsDir: string): number {
  const journal = JSON.parse(readFileSync(join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

export async function countAppliedMigrations(db: Db): Promise<number> {
  const [table] = await executeRows<{ present: boolean }>(
    db,
    sql`SELECT to_regclass('drizzle.__drizzle_migrations') IS NOT NULL AS present`,
  );
  if (!table?.present) return 0;
  const [row] = await executeRows<{ count: number }>(
    db,
    sql`SELECT count(*)::int AS count FROM drizzle.__drizzle_migrations`,
  );
  return row?.count ?? 0;
}

export async function migratePgliteDatabase(database: Database, migrationsDir: string): Promise<void> {
  // PGlite is a single connection inside this process: nothing else can migrate it at the same time.
  await migratePglite(database.db as PgliteDatabase<typeof schema>, { migrationsFolder: migrationsDir });
}

/**
 * Migrates PostgreSQL on one dedicated connection holding an advisory lock, so two instances
 * starting together cannot both apply the same migration.
 */
export async function migratePostgresDatabase(url: string, migrationsDir: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await migratePostgres(drizzlePostgres(client), { migrationsFolder: migrationsDir });
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}
