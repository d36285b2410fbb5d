/**
 * `pnpm bench` (after `pnpm bench:seed --scale national`): starts the built server on the national
 * PostgreSQL data set, then on the one-province PGlite one, warms each route up and drives it with
 * autocannon at 10 connections; prints one table (req/s, p50, p99, errors, and for the dashboard the
 * database's own execution time from EXPLAIN ANALYZE), the pool's waits, and the SPA's gzipped
 * JavaScript; writes everything to .bench/results.json. docs/performance.md reads the figures.
 *
 *   DURATION=10 WARMUP=3 CONNECTIONS=10 pnpm bench
 *   BENCH_ONLY=search,create BENCH_SCALES=national pnpm bench   # some routes, one data set
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { DashboardSummaryQuerySchema, OnTimeRatesQuerySchema, TaskCompletionQuerySchema } from '@partrack/contracts';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { findRepoRoot } from '../config/repo-root';
import { type Db, executeRows } from '../db/database';
import { migratePostgresDatabase } from '../db/migrate';
import * as schema from '../db/schema';
import type { AuthenticatedContext } from '../lib/request-context';
import { createDashboardService } from '../modules/dashboard/dashboard.service';
import { type ServerProcess, stopServer } from '../testing/server-process';
import { BENCH_TOPIC, benchBase, createBody, getJson, signIn, startBenchServer } from './bench-server';
import { startCpuCount } from './process-cpu';
import { benchDir, type SeedInfo, seedInfoPath } from './seed-info';

const print = (line = '') => process.stdout.write(`${line}\n`);
const repoRoot = findRepoRoot();
const DURATION = Number(process.env.DURATION ?? 10);
const WARMUP = Number(process.env.WARMUP ?? 3);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 10);
/** Routes whose name holds one of these words (all when unset), on these data sets: for working on one. */
const ONLY = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);
const SCALES = (process.env.BENCH_SCALES ?? 'national,province').split(',').filter(Boolean);

/** A year every unit level has whole figures for, before the reform: districts exist. */
const YEAR = { from: '2024-01-01', to: '2024-12-31' };
const DASHBOARD = { level: 'district', ...YEAR } as const;

type Scenario = {
  name: string;
  method?: 'GET' | 'POST';
  /** Paths to cycle through (one is enough for most). */
  paths: string[];
  body?: (index: number) => string;
  as: 'lanhdao' | 'noivu';
  /** Dashboard routes: the service call whose SQL EXPLAIN ANALYZE times. */
  floor?: (service: ReturnType<typeof createDashboardService>, context: AuthenticatedContext) => Promise<unknown>;
};

type Row = {
  scale: string;
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
  /** Dashboard routes: the database's own execution time of the route's queries, summed (median of 5). */
  dbMs: number | null;
  /** PostgreSQL: checkouts that found every pooled connection busy during the measured run. */
  poolWaits: number | null;
  /** CPU milliseconds per request of the server process (with PGlite, the database's too). */
  serverCpuMs: number | null;
  /** PostgreSQL: CPU milliseconds per request of the local server's processes. */
  databaseCpuMs: number | null;
};

const query = (params: Record<string, string>) => new URLSearchParams(params).toString();

function scenarios(detailIds: string[], createUnitIds: string[]): Scenario[] {
  return allScenarios(detailIds, createUnitIds).filter(
    (scenario) => ONLY.length === 0 || ONLY.some((word) => scenario.name.includes(word)),
  );
}

function allScenarios(detailIds: string[], createUnitIds: string[]): Scenario[] {
  return [
    { name: 'bare route (ceiling)', paths: ['/api/health'], as: 'lanhdao' },
    {
      name: 'on-time rates, all districts, 1 year',
      paths: [`/api/v1/dashboard/on-time-rates?${query({ ...DASHBOARD, definition: 'resolved' })}`],
      as: 'lanhdao',
      floor: (service, context) =>
        service.onTimeRates(context, OnTimeRatesQuerySchema.parse({ ...DASHBOARD, definition: 'resolved' })),
    },
    {
      name: 'task completion, all districts',
      paths: [`/api/v1/dashboard/task-completion?${query(DASHBOARD)}`],
      as: 'lanhdao',
      floor: (service, context) => service.taskCompletion(context, TaskCompletionQuerySchema.parse(DASHBOARD)),
    },
    {
      name: 'summary',
      paths: [`/api/v1/dashboard/summary?${query(DASHBOARD)}`],
      as: 'lanhdao',
      floor: (service, context) => service.summary(context, DashboardSummaryQuerySchema.parse(DASHBOARD)),
    },
    {
      name: 'inspection search + filters',
      paths: [`/api/v1/inspections?${query({ q: 'nguyen', kind: 'visit', ...YEAR, pageSize: '20' })}`],
      as: 'lanhdao',
    },
    { name: 'inspection detail', paths: detailIds.map((id) => `/api/v1/inspections/${id}`), as: 'lanhdao' },
    {
      name: 'create: 20 figures, 10 directives',
      method: 'POST',
      paths: ['/api/v1/inspections'],
      // Spread over every commune, as the country's Home Affairs staff log visits to many units.
      body: (index) => JSON.stringify(createBody(createUnitIds[index % createUnitIds.length] as string, index)),
      as: 'noivu',
    },
  ];
}

function drive(scenario: Scenario, token: string, seconds: number): Promise<autocannon.Result> {
  let index = 0;
  return autocannon({
    url: benchBase,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: scenario.method ?? 'GET',
        setupRequest: (request) => {
          index += 1;
          return {
            ...request,
            path: scenario.paths[index % scenario.paths.length] as string,
            headers: {
              authorization: `Bearer ${token}`,
              // As a browser asks.
              'accept-encoding': 'gzip, deflate, br',
              ...(scenario.body ? { 'content-type': 'application/json' } : {}),
            },
            ...(scenario.body ? { body: scenario.body(index) } : {}),
          };
        },
      },
    ],
  });
}

/**
 * The database's own time for a dashboard answer: the service runs against a logging connection, and
 * each query it sent is run again under EXPLAIN (ANALYZE); the execution times add up (median of 5).
 */
async function databaseFloor(
  open: (logger: { logQuery(sql: string, params: unknown[]): void }) => Promise<{
    db: Db;
    explain(sql: string, params: unknown[]): Promise<number>;
    close(): Promise<void>;
  }>,
  list: Scenario[],
): Promise<Map<string, number>> {
  let captured: { sql: string; params: unknown[] }[] = [];
  // The reads only: not the transaction's own BEGIN, SET TRANSACTION and COMMIT.
  const handle = await open({
    logQuery: (sql, params) => {
      if (/^\s*(select|with)\b/i.test(sql)) captured.push({ sql, params });
    },
  });
  const floors = new Map<string, number>();
  try {
    const [leader] = await executeRows<{ id: string }>(
      handle.db,
      sql`SELECT id::text AS id FROM users WHERE username = 'lanhdao'`,
    );
    if (!leader) throw new Error('The data set has no lanhdao');
    const leaderId = leader.id;
    const context: AuthenticatedContext = {
      user: {
        id: leaderId,
        username: 'lanhdao',
        displayName: 'Lãnh đạo',
        role: 'leader',
        unit: null,
        sessionVersion: 1,
      },
      requestId: 'bench',
      ip: '127.0.0.1',
    };
    const service = createDashboardService({ db: handle.db });
    for (const scenario of list) {
      if (!scenario.floor) continue;
      captured = [];
      await scenario.floor(service, context);
      const queries = captured;
      const runs: number[] = [];
      for (let run = 0; run < 5; run += 1) {
        let total = 0;
        for (const { sql, params } of queries) total += await handle.explain(sql, params);
        runs.push(total);
      }
      runs.sort((a, b) => a - b);
      floors.set(scenario.name, runs[2] as number);
    }
  } finally {
    await handle.close();
  }
  return floors;
}

const executionTime = (plan: unknown) => {
  const [first] = (typeof plan === 'string' ? JSON.parse(plan) : plan) as { 'Execution Time': number }[];
  return first?.['Execution Time'] ?? 0;
};

function openForFloor(info: SeedInfo) {
  return async (logger: { logQuery(sql: string, params: unknown[]): void }) => {
    if (info.database.kind === 'postgres') {
      const pool = new pg.Pool({ connectionString: info.database.url, max: 4, options: '-c jit=off' });
      return {
        db: drizzlePostgres(pool, { schema, logger }) as unknown as Db,
        explain: async (sql: string, params: unknown[]) =>
          executionTime(
            (await pool.query(`EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ${sql}`, params)).rows[0]['QUERY PLAN'],
          ),
        close: () => pool.end(),
      };
    }
    const client = await PGlite.create({ dataDir: join(info.database.dataDir, 'pglite') });
    return {
      db: drizzlePglite(client, { schema, logger }) as unknown as Db,
      explain: async (sql: string, params: unknown[]) =>
        executionTime(
          (
            (await client.query(`EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ${sql}`, params)).rows[0] as Record<
              string,
              unknown
            >
          )['QUERY PLAN'],
        ),
      close: () => client.close(),
    };
  };
}

type ScaleResult = {
  rows: Row[];
  pool: unknown;
  /** Navigation to the national dashboard's charts on screen, in headless Chromium (ms). */
  charts: { runs: number[]; median: number } | null;
};

async function driveAll(
  info: SeedInfo,
  server: ServerProcess,
  list: Scenario[],
  floors: Map<string, number>,
  label: string,
) {
  const rows: Row[] = [];
  for (const scenario of list) {
    const tokens = { lanhdao: await signIn('lanhdao'), noivu: await signIn('noivu') };
    await drive(scenario, tokens[scenario.as], WARMUP);
    // autocannon stops without waiting for the answers in flight: let the server finish them.
    await settle();
    const waitsBefore = await poolWaits();
    const cpu = startCpuCount(server.child.pid, info.database.kind === 'postgres');
    const result = await drive(scenario, tokens[scenario.as], DURATION);
    await settle();
    const { serverMs, databaseMs } = cpu(result.requests.total);
    const waitsAfter = await poolWaits();
    const row: Row = {
      scale: info.scale,
      name: `${scenario.name}${label}`,
      requestsPerSecond: Math.round(result.requests.average),
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.timeouts + result.non2xx,
      requests: result.requests.total,
      dbMs: floors.get(scenario.name) ?? null,
      poolWaits: waitsBefore === null || waitsAfter === null ? null : waitsAfter - waitsBefore,
      serverCpuMs: serverMs,
      databaseCpuMs: databaseMs,
    };
    rows.push(row);
    print(formatRow(row));
  }
  return rows;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 2000));

async function poolWaits(): Promise<number | null> {
  const readiness = await getJson<{ pool?: { waitedCheckouts: number } }>('/api/ready', '');
  return readiness.pool?.waitedCheckouts ?? null;
}

/** The SPA's dashboard for all districts of the year, timed by the web package's script. */
function measureCharts(): ScaleResult['charts'] {
  if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
    print('!!! No Chromium (apt-get install chromium): the dashboard charts are not timed');
    return null;
  }
  const script = join(repoRoot, 'apps', 'web', 'scripts', 'measure-dashboard-charts.mjs');
  const output = execFileSync(
    process.execPath,
    [script, benchBase, `/dashboard?${query({ period: 'year', year: '2024', level: 'district' })}`],
    {
      cwd: join(repoRoot, 'apps', 'web'),
      encoding: 'utf8',
    },
  );
  return JSON.parse(output.trim().split('\n').at(-1) as string) as ScaleResult['charts'];
}

/**
 * Removes what the create runs logged, with their figures and directives, and vacuums: every run
 * measures the data set as the seed wrote it (the audit trail keeps its events: it is append-only).
 */
async function removeBenchCreates(info: SeedInfo): Promise<void> {
  const statements = [
    `DELETE FROM inspections WHERE topic LIKE '${BENCH_TOPIC}%'`,
    'VACUUM (ANALYZE) inspections, figures, figure_periods, directives, findings',
  ];
  if (info.database.kind === 'postgres') {
    const client = new pg.Client({ connectionString: info.database.url });
    await client.connect();
    try {
      for (const statement of statements) await client.query(statement);
    } finally {
      await client.end();
    }
    return;
  }
  const client = await PGlite.create({ dataDir: join(info.database.dataDir, 'pglite') });
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.close();
  }
}

async function benchScale(info: SeedInfo): Promise<ScaleResult> {
  const label = info.scale === 'national' ? 'national · PostgreSQL' : 'one province · PGlite';
  print(`\n== ${label} (seed ${info.seed}, as of ${info.asOf}) ==`);
  // Migrations added since the seed: the server applies them to an embedded database, not to PostgreSQL.
  if (info.database.kind === 'postgres') await migratePostgresDatabase(info.database.url, join(repoRoot, 'migrations'));
  await removeBenchCreates(info);
  let list: Scenario[];
  {
    const server = await startBenchServer(info.database);
    try {
      const leader = await signIn('lanhdao');
      // Fixed inputs for the detail and create routes: the latest inspections, every commune of today.
      const page = await getJson<{ items: { id: string }[] }>('/api/v1/inspections?pageSize=100', leader);
      const communeIds: string[] = [];
      for (let pageNumber = 1; ; pageNumber += 1) {
        const communes = await getJson<{ items: { id: string }[] }>(
          `/api/v1/units?${query({ level: 'commune', validOn: '2026-11-20', pageSize: '200', page: String(pageNumber) })}`,
          leader,
        );
        communeIds.push(...communes.items.map((item) => item.id));
        if (communes.items.length < 200) break;
      }
      if (communeIds.length === 0) throw new Error('No commune in force to log an inspection for');
      list = scenarios(
        page.items.map((item) => item.id),
        communeIds,
      );
    } finally {
      await stopServer(server);
    }
  }
  // EXPLAIN runs with the server stopped: PGlite's data directory has one user at a time.
  const floors = await databaseFloor(openForFloor(info), list);
  const rows: Row[] = [];
  let pool: unknown = null;
  let charts: ScaleResult['charts'] = null;
  {
    const server = await startBenchServer(info.database);
    try {
      rows.push(...(await driveAll(info, server, list, floors, '')));
      pool = (await getJson<{ pool?: unknown }>('/api/ready', '')).pool ?? null;
      if (info.scale === 'national' && ONLY.length === 0) charts = measureCharts();
    } finally {
      await stopServer(server);
    }
  }
  // The dashboard once more with every answer computed afresh: what a first request after a change costs.
  {
    const server = await startBenchServer(info.database, { DASHBOARD_CACHE_MB: '0' });
    try {
      rows.push(
        ...(await driveAll(
          info,
          server,
          list.filter((scenario) => scenario.floor),
          floors,
          ' (computed)',
        )),
      );
    } finally {
      await stopServer(server);
    }
  }
  await removeBenchCreates(info);
  return { rows, pool, charts };
}

const HEADER = `${'route'.padEnd(50)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'errors'.padStart(7)} ${'db ms'.padStart(7)} ${'p50/db'.padStart(7)} ${'waits'.padStart(6)} ${'cpu/req ms: server'.padStart(19)} ${'db'.padStart(5)}`;

function formatRow(row: Row): string {
  const ratio = row.dbMs ? (row.p50 / row.dbMs).toFixed(2) : '';
  return `${row.name.padEnd(50)} ${String(row.requestsPerSecond).padStart(7)} ${String(row.p50).padStart(7)} ${String(row.p99).padStart(7)} ${String(row.errors).padStart(7)} ${(row.dbMs === null ? '' : row.dbMs.toFixed(1)).padStart(7)} ${ratio.padStart(7)} ${(row.poolWaits === null ? '' : String(row.poolWaits)).padStart(6)} ${(row.serverCpuMs?.toFixed(2) ?? '').padStart(19)} ${(row.databaseCpuMs?.toFixed(2) ?? '').padStart(5)}`;
}

/** The SPA's gzipped JavaScript, as the bundle budget check measures it. */
function spaSizes(): { initialKb: number | null; dashboardKb: number | null } {
  const webDist = join(repoRoot, 'apps', 'web', 'dist');
  if (!existsSync(webDist)) return { initialKb: null, dashboardKb: null };
  const output = execFileSync(
    process.execPath,
    [join(repoRoot, 'apps', 'web', 'scripts', 'check-bundle-size.mjs'), webDist],
    {
      encoding: 'utf8',
    },
  );
  const kb = (pattern: RegExp) => {
    const match = output.match(pattern);
    return match ? Number(match[1]) : null;
  };
  return { initialKb: kb(/initial JS: ([\d.]+) kB/), dashboardKb: kb(/dashboard route JS[^:]*: ([\d.]+) kB/) };
}

async function main() {
  if (!existsSync(join(repoRoot, 'apps', 'api', 'dist', 'server.js'))) throw new Error('Build first: pnpm build');
  const seeded = (['national', 'province'] as const).filter((scale) => existsSync(seedInfoPath(scale)));
  if (SCALES.includes('national') && !seeded.includes('national'))
    throw new Error('Seed the national data first: pnpm bench:seed --scale national');
  if (SCALES.includes('province') && !seeded.includes('province')) {
    print('Seeding one province for the embedded run: pnpm bench:seed --scale province');
    execFileSync('pnpm', ['--silent', 'bench:seed', '--scale', 'province'], { cwd: repoRoot, stdio: 'inherit' });
    seeded.push('province');
  }
  print(`pnpm bench: ${CONNECTIONS} connections, ${WARMUP} s warm-up and ${DURATION} s per route`);
  print(HEADER);
  const results: (ScaleResult & { scale: string; seed: SeedInfo })[] = [];
  for (const scale of (['national', 'province'] as const).filter((scale) => SCALES.includes(scale))) {
    const info = JSON.parse(readFileSync(seedInfoPath(scale), 'utf8')) as SeedInfo;
    results.push({ scale, seed: info, ...(await benchScale(info)) });
  }
  const spa = spaSizes();
  print();
  print(HEADER);
  for (const { rows } of results) for (const row of rows) print(`${formatRow(row)}  [${row.scale}]`);
  for (const { scale, pool } of results) if (pool) print(`pool (${scale}): ${JSON.stringify(pool)}`);
  for (const { scale, charts } of results) {
    if (charts)
      print(
        `dashboard charts drawn after navigation (${scale}, Chromium): median ${charts.median} ms of ${JSON.stringify(charts.runs)}`,
      );
  }
  print(`SPA JavaScript, gzip: initial ${spa.initialKb ?? '?'} kB, dashboard route ${spa.dashboardKb ?? '?'} kB`);
  // A partial run does not overwrite the whole one's figures.
  const partial = ONLY.length > 0 || SCALES.length < 2;
  const file = join(benchDir, partial ? 'results-partial.json' : 'results.json');
  writeFileSync(
    file,
    `${JSON.stringify({ measuredAt: new Date().toISOString(), connections: CONNECTIONS, durationSeconds: DURATION, results, spa }, null, 2)}\n`,
  );
  print(`results → ${file}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`pnpm bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
