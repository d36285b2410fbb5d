import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import type { Config } from '../config/load-config';
import type { Database } from './database';
import * as schema from './schema';

export type DatabaseConfig = Config['database'];

/** Wraps an open PGlite instance (embedded mode, and the tests' cloned templates). */
export function fromPglite(client: PGlite): Database {
  const db = drizzlePglite(client, { schema });
  return {
    kind: 'pglite',
    db,
    jobs: db,
    close: async () => {
      if (!client.closed) await client.close();
    },
  };
}

/** `jobsPool` holds the jobs' connection; without one (tests, tools) jobs share `pool`. */
export function fromPostgresPool(pool: pg.Pool, jobsPool?: pg.Pool): Database {
  // A checkout finding every connection busy waits in the pool's queue: counted, since at the
  // benchmark's concurrency none should (docs/performance.md).
  let waitedCheckouts = 0;
  const connect = pool.connect.bind(pool) as (...args: unknown[]) => unknown;
  pool.connect = ((...args: unknown[]) => {
    if (pool.idleCount === 0 && pool.totalCount >= (pool.options.max ?? 10)) waitedCheckouts += 1;
    return connect(...args);
  }) as typeof pool.connect;
  const db = drizzlePostgres(pool, { schema });
  return {
    kind: 'postgres',
    db,
    jobs: jobsPool ? drizzlePostgres(jobsPool, { schema }) : db,
    close: async () => {
      await Promise.all([pool.end(), jobsPool?.end()]);
    },
    poolStats: () => ({
      max: pool.options.max ?? 10,
      total: pool.totalCount,
      idle: pool.idleCount,
      waiting: pool.waitingCount,
      waitedCheckouts,
    }),
  };
}

export function createPostgresPool(
  config: Extract<DatabaseConfig, { kind: 'postgres' }>,
  onError: (error: Error) => void,
  max = config.poolMax,
) {
  const pool = new pg.Pool({
    connectionString: config.url,
    max,
    // A dead database must answer 503 quickly, never hang a request.
    connectionTimeoutMillis: config.connectTimeoutMs,
    idleTimeoutMillis: 30_000,
    // Just-in-time compilation costs more than it saves on queries of milliseconds (docs/performance.md).
    options: '-c jit=off',
  });
  // An idle client losing its connection emits here; without a listener it would crash the process.
  pool.on('error', onError);
  return pool;
}

export async function openDatabase(config: DatabaseConfig, onPoolError: (error: Error) => void): Promise<Database> {
  if (config.kind === 'postgres')
    return fromPostgresPool(createPostgresPool(config, onPoolError), createPostgresPool(config, onPoolError, 1));
  return fromPglite(await openPglite(config.dataDir));
}

export class DataDirectoryError extends Error {
  constructor(dataDir: string, cause: unknown) {
    super(
      `The embedded database in ${dataDir} cannot be opened: its files are damaged, or were written by a ` +
        'newer partrack. Stop partrack, move that folder aside, and restore the latest backup into a fresh ' +
        'data directory: `PARTRACK_DATA_DIR=<new folder> pnpm partrack restore FILE`, then start partrack with ' +
        'that PARTRACK_DATA_DIR (or start with an empty folder to get the demo data again).',
      { cause },
    );
    this.name = 'DataDirectoryError';
  }
}

async function openPglite(dataDir: string): Promise<PGlite> {
  try {
    mkdirSync(dataDir, { recursive: true });
    return await PGlite.create({ dataDir });
  } catch (error) {
    throw new DataDirectoryError(dataDir, error);
  }
}
