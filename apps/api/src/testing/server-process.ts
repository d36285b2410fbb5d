import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { findRepoRoot } from '../config/repo-root';
import type { Database } from '../db/database';
import { loadDemoData } from '../db/demo/load-demo-data';
import { fromPostgresPool, openDatabase } from '../db/open-database';
import { withDatabaseName } from './test-database';

const apiRoot = join(findRepoRoot(), 'apps', 'api');

/** The real server (src/server.ts, as `pnpm start` runs it) in a child process, for what only a process can show: signals, exits, crashes. */
export type ServerProcess = {
  child: ChildProcess;
  baseUrl: string;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (!address || typeof address === 'string') throw new Error('No port');
  return address.port;
}

/**
 * Which server runs: the source through tsx (tests), or the bundle `pnpm build` made (benchmarks, as
 * `pnpm start` runs it).
 */
export type ServerEntry = 'source' | 'build';
const ENTRY_ARGS: Record<ServerEntry, string[]> = {
  source: ['--import', 'tsx', 'src/server.ts'],
  build: ['dist/server.js'],
};

/**
 * Starts the server with `env` over a neutral base (no DATABASE_URL, no reminders) without waiting for
 * it, on `env.PORT` or a free port.
 */
export async function spawnServer(env: Record<string, string>, entry: ServerEntry = 'source'): Promise<ServerProcess> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  let output = '';
  const child = spawn(process.execPath, ENTRY_ARGS[entry], {
    cwd: apiRoot,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      DEMO_DATA: 'false',
      REMINDERS_ENABLED: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = once(child, 'exit').then(([code, signal]) => ({
    code: code as number | null,
    signal: signal as NodeJS.Signals | null,
  }));
  return { child, baseUrl: `http://127.0.0.1:${port}`, output: () => output, exited };
}

/** Starts the server and waits until /api/ready answers 200; a server that exits first fails with its output. */
export async function startServer(
  env: Record<string, string>,
  timeoutMs = 60_000,
  entry: ServerEntry = 'source',
): Promise<ServerProcess> {
  const server = await spawnServer(env, entry);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null || server.child.signalCode !== null)
      throw new Error(`The server exited before it was ready:\n${server.output()}`);
    const isReady = await fetch(`${server.baseUrl}/api/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (isReady) return server;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  server.child.kill('SIGKILL');
  throw new Error(`The server was not ready within ${timeoutMs} ms:\n${server.output()}`);
}

/** SIGTERM, as a service manager stops it, and its exit. */
export async function stopServer(server: ServerProcess): Promise<void> {
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGTERM');
  await server.exited;
}

/** A database for a server process: where it is (as the server's environment), how to open it here, how to remove it. */
export type ServerDatabase = {
  env: Record<string, string>;
  open(): Promise<Database>;
  drop(): Promise<void>;
};

/** An embedded database for a server process, in a new temporary PARTRACK_DATA_DIR; `fill` creates its content. */
export async function pgliteServerDatabase(fill: (dataDir: string) => Promise<void>): Promise<ServerDatabase> {
  const root = mkdtempSync(join(tmpdir(), 'partrack-server-'));
  const config = { kind: 'pglite' as const, dataDir: join(root, 'pglite'), loadDemoData: false };
  await fill(config.dataDir);
  return {
    env: { PARTRACK_DATA_DIR: root },
    open: () => openDatabase(config, () => {}),
    drop: async () => rmSync(root, { recursive: true, force: true }),
  };
}

/**
 * A new PostgreSQL database (partrack_backup_<random>) on the server `adminUrl` names, copied from
 * `template` when given, else empty; dropped with its temporary PARTRACK_DATA_DIR.
 */
export async function postgresServerDatabase(adminUrl: string, template?: string): Promise<ServerDatabase> {
  const name = `partrack_backup_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
  } finally {
    await admin.end();
  }
  const url = withDatabaseName(adminUrl, name);
  const root = mkdtempSync(join(tmpdir(), 'partrack-server-'));
  return {
    env: { DATABASE_URL: url, PARTRACK_DATA_DIR: root },
    open: async () => fromPostgresPool(new pg.Pool({ connectionString: url, max: 2 })),
    drop: async () => {
      rmSync(root, { recursive: true, force: true });
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      try {
        await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}

/** Gives a server database the demo data (an admin, the demo users, units and records), before it starts. */
export async function loadDemoDataInto(database: ServerDatabase): Promise<void> {
  const opened = await database.open();
  try {
    await loadDemoData(opened.db);
  } finally {
    await opened.close();
  }
}
