/**
 * The built server as the benchmark and the load test run it: a child process on a port of its own,
 * in production mode, on the data set they name; and the few requests they make outside the load.
 */
import { randomBytes } from 'node:crypto';
import { DEMO_PASSWORD } from '../db/demo/demo-users';
import { type ServerProcess, startServer } from '../testing/server-process';
import type { SeedInfo } from './seed-info';

export const BENCH_PORT = Number(process.env.BENCH_PORT ?? 3931);
export const benchBase = `http://127.0.0.1:${BENCH_PORT}`;

/** Starts the built server (`apps/api/dist/server.js`) in production mode on the data set, once it is ready. */
export function startBenchServer(
  database: SeedInfo['database'],
  extraEnv: Record<string, string> = {},
): Promise<ServerProcess> {
  return startServer(
    {
      NODE_ENV: 'production',
      PORT: String(BENCH_PORT),
      JWT_SECRET: randomBytes(32).toString('hex'),
      LOGIN_LIMIT_PER_USERNAME: '1000',
      LOGIN_LIMIT_PER_IP: '1000',
      ...(database.kind === 'postgres'
        ? { DATABASE_URL: database.url }
        : { PARTRACK_DATA_DIR: database.dataDir, DEMO_DATA: 'false' }),
      ...extraEnv,
    },
    120_000,
    'build',
  );
}

/** An access token for one of the data set's users (they share the demo password). */
export async function signIn(username: string, base = benchBase): Promise<string> {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`Signing in as ${username}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

export async function getJson<T>(path: string, token: string, base = benchBase): Promise<T> {
  const response = await fetch(`${base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** How the inspections the benchmark logs begin their topic, so that it can remove them afterwards. */
export const BENCH_TOPIC = 'Kiểm tra cải cách hành chính (benchmark';

/** A visit as staff log it: twenty figures of the month and ten directives. */
export function createBody(unitId: string, index: number) {
  const indicators = ['received', 'resolved_early', 'resolved_on_time', 'resolved_late', 'in_progress_within_deadline'];
  return {
    unitId,
    kind: 'visit',
    date: '2026-11-20',
    topic: `${BENCH_TOPIC} ${index})`,
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
