/**
 * `pnpm load`: a mixed workload against PostgreSQL for five minutes — 70 % reads, 30 % writes, from 50
 * connections at once — on a database of its own (LOAD_DATABASE_URL, default partrack_load, created
 * afresh) holding one province's data set. After a warm-up (LOAD_WARMUP, 30 s, not counted: caches
 * fill, code is compiled) prints, per kind of request, how many, the errors, p50 and p99; the server's
 * resident memory (RSS) at the start, every 30 s and at the end. Exits 1 on any error, or when the RSS
 * at the end is more than LOAD_RSS_GROWTH (default 1.25) × the RSS at the start.
 *
 *   LOAD_SECONDS=300 LOAD_WARMUP=30 LOAD_CONNECTIONS=50 pnpm load
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { todayInVietnam } from '@partrack/contracts';
import { benchBase, createBody, getJson, signIn, startServer, stopServer } from './bench-server';
import { seedDataSet } from './seed-data-set';
import { benchDir } from './seed-info';

const print = (line = '') => process.stdout.write(`${line}\n`);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 300);
const WARMUP = Number(process.env.LOAD_WARMUP ?? 30);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50);
const RSS_GROWTH = Number(process.env.LOAD_RSS_GROWTH ?? 1.25);
const DATABASE_URL = process.env.LOAD_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/partrack_load';

type Tokens = Record<'lanhdao' | 'noivu' | 'admin', string>;
type Pools = { districtIds: string[]; communeIds: string[]; inspectionIds: string[]; openDirectiveIds: string[] };
type Call = { method: 'GET' | 'POST' | 'PATCH'; path: string; token: string; body?: unknown; ifMatch?: string };
/** What one worker remembers between requests: the inspections it logged itself, which only it edits. */
type Worker = { index: number; own: string[]; count: number };
type Kind = {
  name: string;
  weight: number;
  /** One or more requests in sequence (an edit reads the version first); the answer of each is checked. */
  run(worker: Worker, send: (call: Call) => Promise<Answer>): Promise<void>;
};
type Answer = { status: number; body: unknown; etag: string | null };

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T;
const query = (params: Record<string, string>) => new URLSearchParams(params).toString();
const year = () => String(2019 + Math.floor(Math.random() * 7));
const SEARCH_WORDS = ['nguyen', 'tran', 'ho so', 'mot cua', 'cai cach', 'xa', 'huyen', 'kiem tra'];

/** Weights: 60 reads, 10 creates, 10 edits (a read, then a PATCH), 10 progress reports: 70 % reads, 30 % writes. */
function kinds(tokens: Tokens, pools: Pools): Kind[] {
  const read = (name: string, weight: number, path: () => string, as: keyof Tokens = 'lanhdao'): Kind => ({
    name,
    weight,
    run: async (_worker, send) => {
      await send({ method: 'GET', path: path(), token: tokens[as] });
    },
  });
  const period = () => {
    const y = year();
    return { from: `${y}-01-01`, to: `${y}-12-31` };
  };
  return [
    read('dashboard: on-time rates', 13, () => `/api/v1/dashboard/on-time-rates?${query(period())}`),
    read('dashboard: task completion', 8, () => `/api/v1/dashboard/task-completion?${query(period())}`),
    read('dashboard: summary', 8, () => `/api/v1/dashboard/summary?${query(period())}`),
    read(
      'inspection search',
      13,
      () => `/api/v1/inspections?${query({ q: pick(SEARCH_WORDS), ...period(), pageSize: '20' })}`,
    ),
    read('inspection detail', 9, () => `/api/v1/inspections/${pick(pools.inspectionIds)}`),
    read('directive list', 9, () => `/api/v1/directives?${query({ unitId: pick(pools.districtIds) })}`),
    {
      name: 'create inspection (20 figures, 10 directives)',
      weight: 10,
      run: async (worker, send) => {
        worker.count += 1;
        const answer = await send({
          method: 'POST',
          path: '/api/v1/inspections',
          token: tokens.noivu,
          body: createBody(pick(pools.communeIds), worker.index * 1_000_000 + worker.count),
        });
        const id = (answer.body as { id?: string }).id;
        if (answer.status === 201 && id) worker.own.push(id);
      },
    },
    {
      name: 'edit inspection (read, then PATCH with If-Match)',
      weight: 10,
      run: async (worker, send) => {
        const id = worker.own.length > 0 ? pick(worker.own) : undefined;
        if (!id) return;
        const current = await send({ method: 'GET', path: `/api/v1/inspections/${id}`, token: tokens.noivu });
        worker.count += 1;
        await send({
          method: 'PATCH',
          path: `/api/v1/inspections/${id}`,
          token: tokens.noivu,
          ifMatch: current.etag ?? '',
          body: { topic: `Kiểm tra cải cách hành chính (sửa lần ${worker.count})` },
        });
      },
    },
    {
      name: 'progress report on a directive',
      weight: 10,
      run: async (worker, send) => {
        worker.count += 1;
        await send({
          method: 'POST',
          path: `/api/v1/directives/${pick(pools.openDirectiveIds)}/updates`,
          token: tokens.admin,
          body: { text: `Đã triển khai, báo cáo tiến độ lần ${worker.count}.`, percentDone: 50 },
        });
      },
    },
  ];
}

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] as number;
}

const rssMb = (pid: number) => {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : Number.NaN;
};

async function loadPools(token: string): Promise<Pools> {
  const ids = async (path: string) => (await getJson<{ items: { id: string }[] }>(path, token)).items.map((i) => i.id);
  const today = todayInVietnam();
  const pools: Pools = {
    districtIds: await ids(`/api/v1/units?${query({ level: 'district', validOn: '2024-12-31', pageSize: '200' })}`),
    communeIds: await ids(`/api/v1/units?${query({ level: 'commune', validOn: today, pageSize: '200' })}`),
    inspectionIds: await ids('/api/v1/inspections?pageSize=200'),
    openDirectiveIds: await ids(`/api/v1/directives?${query({ bucket: 'open_within_deadline', pageSize: '200' })}`),
  };
  for (const [name, list] of Object.entries(pools)) {
    if (list.length === 0) throw new Error(`The data set has no ${name}`);
  }
  return pools;
}

async function main() {
  const asOf = todayInVietnam();
  print(`pnpm load → PostgreSQL ${DATABASE_URL.replace(/\/\/[^@]*@/, '//')}: one province's data set, afresh`);
  await seedDataSet('province', 1, asOf, { kind: 'postgres', url: DATABASE_URL });
  const server = await startServer({ kind: 'postgres', url: DATABASE_URL });
  const pid = server.process.pid as number;
  try {
    const tokens: Tokens = {
      lanhdao: await signIn('lanhdao'),
      noivu: await signIn('noivu'),
      admin: await signIn('admin'),
    };
    const pools = await loadPools(tokens.lanhdao);
    const list = kinds(tokens, pools);
    const totalWeight = list.reduce((sum, kind) => sum + kind.weight, 0);
    const latencies = new Map(list.map((kind) => [kind.name, [] as number[]]));
    const errors = new Map(list.map((kind) => [kind.name, [] as string[]]));
    let isMeasuring = false;
    let writeCount = 0;
    const send =
      (kind: Kind) =>
      async (call: Call): Promise<Answer> => {
        const started = performance.now();
        try {
          const response = await fetch(`${benchBase}${call.path}`, {
            method: call.method,
            headers: {
              authorization: `Bearer ${call.token}`,
              'accept-encoding': 'gzip',
              ...(call.body === undefined ? {} : { 'content-type': 'application/json' }),
              ...(call.ifMatch === undefined ? {} : { 'if-match': call.ifMatch }),
            },
            body: call.body === undefined ? undefined : JSON.stringify(call.body),
          });
          const body = (await response.json().catch(() => null)) as unknown;
          if (isMeasuring) {
            latencies.get(kind.name)?.push(performance.now() - started);
            if (call.method !== 'GET') writeCount += 1;
          }
          if (!response.ok)
            errors.get(kind.name)?.push(`${call.method} ${call.path} → ${response.status} ${JSON.stringify(body)}`);
          return { status: response.status, body, etag: response.headers.get('etag') };
        } catch (error) {
          errors
            .get(kind.name)
            ?.push(`${call.method} ${call.path} → ${error instanceof Error ? error.message : String(error)}`);
          return { status: 0, body: null, etag: null };
        }
      };
    const choose = (): Kind => {
      let ticket = Math.random() * totalWeight;
      for (const kind of list) {
        ticket -= kind.weight;
        if (ticket < 0) return kind;
      }
      return list.at(-1) as Kind;
    };

    /** Every connection runs requests one after another until the deadline. */
    const runFor = (seconds: number) => {
      const deadline = performance.now() + seconds * 1000;
      return Promise.all(
        Array.from({ length: CONNECTIONS }, async (_, index) => {
          const worker: Worker = { index, own: [], count: 0 };
          while (performance.now() < deadline) {
            const kind = choose();
            await kind.run(worker, send(kind));
          }
        }),
      );
    };

    print(`${CONNECTIONS} connections: ${WARMUP} s warm-up, then ${SECONDS} s measured`);
    await runFor(WARMUP);
    isMeasuring = true;
    const rss: { second: number; mb: number }[] = [{ second: 0, mb: rssMb(pid) }];
    print(`  ${'0'.padStart(4)} s  RSS ${rss[0]?.mb} MB`);
    const started = performance.now();
    const sampler = setInterval(() => {
      const second = Math.round((performance.now() - started) / 1000);
      rss.push({ second, mb: rssMb(pid) });
      const done = [...latencies.values()].reduce((sum, values) => sum + values.length, 0);
      print(`  ${String(second).padStart(4)} s  RSS ${rss.at(-1)?.mb} MB  ${done.toLocaleString('en')} requests`);
    }, 30_000);
    await runFor(SECONDS);
    clearInterval(sampler);
    const seconds = (performance.now() - started) / 1000;
    rss.push({ second: Math.round(seconds), mb: rssMb(pid) });

    print();
    print(
      `${'kind'.padEnd(50)} ${'requests'.padStart(9)} ${'req/s'.padStart(7)} ${'errors'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)}`,
    );
    const rows = list.map((kind) => {
      const sorted = (latencies.get(kind.name) ?? []).sort((a, b) => a - b);
      return {
        kind: kind.name,
        requests: sorted.length,
        errors: errors.get(kind.name)?.length ?? 0,
        p50: Math.round(percentile(sorted, 0.5)),
        p99: Math.round(percentile(sorted, 0.99)),
      };
    });
    const all = [...latencies.values()].flat().sort((a, b) => a - b);
    const totalErrors = rows.reduce((sum, row) => sum + row.errors, 0);
    for (const row of rows) {
      print(
        `${row.kind.padEnd(50)} ${String(row.requests).padStart(9)} ${(row.requests / seconds).toFixed(1).padStart(7)} ${String(row.errors).padStart(7)} ${String(row.p50).padStart(7)} ${String(row.p99).padStart(7)}`,
      );
    }
    print(
      `${'all'.padEnd(50)} ${String(all.length).padStart(9)} ${(all.length / seconds).toFixed(1).padStart(7)} ${String(totalErrors).padStart(7)} ${String(Math.round(percentile(all, 0.5))).padStart(7)} ${String(Math.round(percentile(all, 0.99))).padStart(7)}`,
    );
    const [first, last] = [rss[0]?.mb ?? 0, rss.at(-1)?.mb ?? 0];
    const isFlat = last <= first * RSS_GROWTH;
    print(`writes (POST, PATCH): ${((100 * writeCount) / all.length).toFixed(1)} % of requests`);
    print(
      `server RSS: ${first} MB at the start, ${last} MB at the end (max ${Math.max(...rss.map((sample) => sample.mb))} MB): ${isFlat ? 'flat' : `grew more than ${RSS_GROWTH} ×`}`,
    );
    for (const [name, messages] of errors)
      for (const message of messages.slice(0, 3)) print(`  error (${name}): ${message}`);
    mkdirSync(benchDir, { recursive: true });
    const file = join(benchDir, 'load-results.json');
    writeFileSync(
      file,
      `${JSON.stringify({ measuredAt: new Date().toISOString(), connections: CONNECTIONS, seconds, rows, all: { requests: all.length, p50: percentile(all, 0.5), p99: percentile(all, 0.99), errors: totalErrors }, rss }, null, 2)}\n`,
    );
    print(`results → ${file}`);
    if (totalErrors > 0 || !isFlat) process.exitCode = 1;
  } finally {
    await stopServer(server);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`pnpm load failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
