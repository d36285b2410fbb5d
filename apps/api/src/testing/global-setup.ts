import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { findRepoRoot } from '../config/repo-root';
import { migratePgliteDatabase, migratePostgresDatabase } from '../db/migrate';
import { fromPglite } from '../db/open-database';
import { withDatabaseName } from './test-database';

const migrationsDir = join(findRepoRoot(), 'migrations');

/** Migrates one template per test run; every test file then works on its own copy of it. */
export default async function setup(project: TestProject) {
  const kind = project.config.provide?.testDatabase ?? 'pglite';
  if (kind === 'postgres') return setupPostgresTemplate(project);
  return setupPgliteTemplate(project);
}

async function setupPgliteTemplate(project: TestProject) {
  const database = fromPglite(await PGlite.create());
  await migratePgliteDatabase(database, migrationsDir);
  const client = (database.db as unknown as { $client: PGlite }).$client;
  const dump = await client.dumpDataDir('none');
  await database.close();
  const dir = mkdtempSync(join(tmpdir(), 'partrack-test-'));
  const file = join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('testDatabase', 'pglite');
  project.provide('testDatabaseTemplate', file);
  return () => rmSync(dir, { recursive: true, force: true });
}

async function setupPostgresTemplate(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL must be set for the PostgreSQL suite');
  const template = `partrack_tpl_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${template}"`);
  await admin.end();
  await migratePostgresDatabase(withDatabaseName(url, template), migrationsDir);
  project.provide('testDatabase', 'postgres');
  project.provide('testDatabaseTemplate', template);
  return async () => {
    const cleanup = new pg.Client({ connectionString: url });
    await cleanup.connect();
    const clones = await cleanup.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE 'partrack_t\\_%' OR datname = $1`,
      [template],
    );
    for (const { datname } of clones.rows) await cleanup.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await cleanup.end();
  };
}
