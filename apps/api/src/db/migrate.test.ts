import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { findRepoRoot } from '../config/repo-root';
import { withDatabaseName } from '../testing/test-database';
import { countAppliedMigrations, countExpectedMigrations, migratePostgresDatabase } from './migrate';
import { fromPostgresPool } from './open-database';

const migrationsDir = join(findRepoRoot(), 'migrations');

// Migrating a server database under an advisory lock only exists on PostgreSQL; the PGlite
// project runs the migrations through global setup on every run instead.
describe.runIf(inject('testDatabase') === 'postgres')('PostgreSQL migrations', () => {
  it('let two instances migrate the same empty database at once, applying each migration once', async () => {
    const url = process.env.TEST_DATABASE_URL as string;
    const name = `partrack_t_${randomUUID().replaceAll('-', '')}`;
    const admin = new pg.Client({ connectionString: url });
    // A connection the forced DROP below cuts while it is still closing reports on its 'error' event;
    // unheard, that event would crash the whole test run after this test has passed.
    const connectionErrors: Error[] = [];
    const hear = (error: Error) => connectionErrors.push(error);
    admin.on('error', hear);
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    try {
      const target = withDatabaseName(url, name);
      await Promise.all([
        migratePostgresDatabase(target, migrationsDir),
        migratePostgresDatabase(target, migrationsDir),
      ]);
      const pool = new pg.Pool({ connectionString: target, max: 1 });
      pool.on('error', hear);
      const database = fromPostgresPool(pool);
      expect(await countAppliedMigrations(database.db)).toBe(countExpectedMigrations(migrationsDir));
      await database.close();
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  });
});
