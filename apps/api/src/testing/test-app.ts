import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { type App, buildApp } from '../app';
import type { Config } from '../config/load-config';
import { findRepoRoot } from '../config/repo-root';
import type { Database } from '../db/database';
import { loadDemoData } from '../db/demo/load-demo-data';
import { fromPglite, fromPostgresPool } from '../db/open-database';
import { withDatabaseName } from './test-database';

const repoRoot = findRepoRoot();

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    env: 'test',
    host: '127.0.0.1',
    port: 0,
    logLevel: 'silent',
    database: { kind: 'pglite', dataDir: 'memory://', loadDemoData: false },
    dataDir: join(repoRoot, '.tmp', 'test-data'),
    webDistDir: join(repoRoot, '.tmp', 'no-spa'),
    migrationsDir: join(repoRoot, 'migrations'),
    bodyLimitBytes: 1_048_576,
    uploadLimitBytes: 20 * 1024 * 1024,
    filesDir: mkdtempSync(join(tmpdir(), 'partrack-files-')),
    shutdownTimeoutMs: 10_000,
    // On, as in production: the tests that change figures then read the dashboard check that it follows.
    dashboardCacheMegabytes: 16,
    auth: {
      jwtSecret: 'test-secret-that-is-long-enough-for-hs256-signing',
      accessTokenTtlSeconds: 900,
      refreshTokenTtlHours: 12,
      loginLimitPerUsername: 10,
      // Every test request comes from 127.0.0.1: only the rate-limit tests lower this.
      loginLimitPerIp: 1000,
    },
    // Tests run the reminder job themselves, when they mean to.
    reminders: {
      enabled: false,
      intervalMinutes: 60,
      smtpUrl: undefined,
      mailFrom: 'partrack <test@partrack.local>',
      publicUrl: undefined,
    },
    trustProxy: false,
    corsOrigins: [],
    ...overrides,
  };
}

/** A migrated, empty database of this run's kind, copied from the template global-setup made. */
export async function openTestDatabase(): Promise<Database> {
  const template = inject('testDatabaseTemplate');
  if (inject('testDatabase') === 'pglite') {
    return fromPglite(await PGlite.create({ loadDataDir: new Blob([readFileSync(template)]) }));
  }
  const url = process.env.TEST_DATABASE_URL as string;
  const name = `partrack_t_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  } finally {
    await admin.end();
  }
  // Dropped by global teardown once every worker is done, so no connection is ever cut mid-close.
  return fromPostgresPool(new pg.Pool({ connectionString: withDatabaseName(url, name), max: 5 }));
}

export type TestContext = { app: App; database: Database };

export type TestAppOptions = {
  /** Load the demo data (units of the five reports and the demo accounts) first. */
  demoData?: boolean;
  config?: Partial<Config>;
};

/** Gives the test file its own app on its own database copy, closed after the file. */
export function useTestApp({ demoData = false, config }: TestAppOptions = {}): () => TestContext {
  let context: TestContext | undefined;
  beforeAll(async () => {
    const database = await openTestDatabase();
    if (demoData) await loadDemoData(database.db);
    const app = await buildApp({ config: testConfig(config), database, logger: false });
    await app.ready();
    context = { app, database };
  });
  afterAll(async () => {
    await context?.app.close();
    await context?.database.close();
  });
  return () => {
    if (!context) throw new Error('The test app is not ready: call useTestApp() at the top of the file');
    return context;
  };
}
