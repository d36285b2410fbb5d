/**
 * The built server as the benchmark and the load test run it: a child process on a port of its own,
 * in production mode, on the data set they name; and the few requests they make outside the load.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { findRepoRoot } from '../config/repo-root';
import { DEMO_PASSWORD } from '../db/demo/demo-users';
import type { SeedInfo } from './seed-info';

const repoRoot = findRepoRoot();
export const BENCH_PORT = Number(process.env.BENCH_PORT ?? 3931);
export const benchBase = `http://127.0.0.1:${BENCH_PORT}`;

export type BenchServer = { process: ChildProcess; output: () => string };

async function waitForReady({ process: server, output }: BenchServer): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server exited with ${server.exitCode}:\n${output()}`);
    if (
      await fetch(`${benchBase}/api/ready`).then(
        (response) => response.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The server did not become ready:\n${output()}`);
}

/** Starts `apps/api/dist/server.js` on the data set and waits until it answers /api/ready. */
export async function startServer(
  database: SeedInfo['database'],
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<BenchServer> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(BENCH_PORT),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    JWT_SECRET: randomBytes(32).toString('hex'),
    REMINDERS_ENABLED: 'false',
    LOGIN_LIMIT_PER_USERNAME: '1000',
    LOGIN_LIMIT_PER_IP: '1000',
    ...extraEnv,
  };
  if (database.kind === 'postgres') {
    env.DATABASE_URL = database.url;
  } else {
    env.DATABASE_URL = '';
    env.PARTRACK_DATA_DIR = database.dataDir;
    env.DEMO_DATA = 'false';
  }
  let log = '';
  const child = spawn(process.execPath, [join(repoRoot, 'apps', 'api', 'dist', 'server.js')], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-10_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const server = { process: child, output: () => log };
  try {
    await waitForReady(server);
  } catch (error) {
    await stopServer(server);
    throw error;
  }
  return server;
}

export async function stopServer({ process: server }: BenchServer): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
}

/** An access token for one of the data set's users (they share the demo password). */
export async function signIn(username: string): Promise<string> {
  const response = await fetch(`${benchBase}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`Signing in as ${username}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

export async function getJson<T>(path: string, token: string): Promise<T> {
  const response = await fetch(`${benchBase}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** A visit as staff log it: twenty figures of the month and ten directives. */
export function createBody(unitId: string, index: number) {
  const indicators = ['received', 'resolved_early', 'resolved_on_time', 'resolved_late', 'in_progress_within_deadline'];
  return {
    unitId,
    kind: 'visit',
    date: '2026-11-20',
    topic: `Kiểm tra cải cách hành chính (benchmark ${index})`,
    leader: { name: 'Nguyễn Văn Long', title: 'Phó Chủ tịch UBND tỉnh' },
    findings: [{ kind: 'strength', text: 'Bộ phận một cửa hoạt động nền nếp.' }],
    figures: Array.from({ length: 20 }, (_, item) => ({
      indicator: indicators[item % indicators.length],
      tier: 'commune',
      periodStart: `2026-${String(7 + Math.floor(item / 5)).padStart(2, '0')}-01`,
      periodEnd: `2026-${String(7 + Math.floor(item / 5)).padStart(2, '0')}-28`,
      value: 100 + item,
    })),
    directives: Array.from({ length: 10 }, (_, item) => ({
      leadUnitId: unitId,
      text: `Chỉ đạo số ${item + 1}: nâng cao tỉ lệ hồ sơ đúng hạn.`,
      dueDate: '2027-03-31',
    })),
  };
}
