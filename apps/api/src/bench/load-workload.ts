/**
 * The mixed workload of `pnpm load` (and of its short run in `pnpm test`): every connection sends
 * requests one after another, each of a kind drawn by weight — dashboards, search, detail, directive
 * lists, creates, edits with If-Match, progress reports — as the data set's users; latencies per kind,
 * every error, and the server's RSS sampled as it runs.
 */
import { readFileSync } from 'node:fs';
import { todayInVietnam } from '@partrack/contracts';
import { createBody, getJson, signIn } from './bench-server';

type Tokens = Record<'lanhdao' | 'noivu' | 'admin', string>;
/** What requests are about: units of the level the dashboards list, units in force today, records. */
type Pools = { districtIds: string[]; unitIds: string[]; inspectionIds: string[]; openDirectiveIds: string[] };
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
          body: createBody(pick(pools.unitIds), worker.index * 1_000_000 + worker.count),
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

const rssMb = (pid: number) => {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : Number.NaN;
};

async function loadPools(base: string, token: string): Promise<Pools> {
  const ids = async (path: string) =>
    (await getJson<{ items: { id: string }[] }>(path, token, base)).items.map((item) => item.id);
  const pools: Pools = {
    districtIds: await ids(`/api/v1/units?${query({ level: 'district', validOn: '2024-12-31', pageSize: '200' })}`),
    unitIds: await ids(`/api/v1/units?${query({ validOn: todayInVietnam(), pageSize: '200' })}`),
    inspectionIds: await ids('/api/v1/inspections?pageSize=200'),
    openDirectiveIds: [
      ...(await ids(`/api/v1/directives?${query({ bucket: 'open_within_deadline', pageSize: '200' })}`)),
      ...(await ids(`/api/v1/directives?${query({ bucket: 'open_overdue', pageSize: '200' })}`)),
    ],
  };
  for (const [name, list] of Object.entries(pools)) {
    if (list.length === 0) throw new Error(`The data set has no ${name}`);
  }
  return pools;
}

export type LoadOptions = {
  base: string;
  /** The server's process, whose resident memory is sampled. */
  pid: number;
  connections: number;
  /** Not counted: caches fill, code is compiled. Errors count all the same. */
  warmupSeconds: number;
  seconds: number;
  /** Every 15 s while measuring, and at the end. */
  onSample?: (sample: { second: number; mb: number; requests: number }) => void;
};

export type LoadRow = { kind: string; requests: number; errors: number; p50: number; p99: number };

export type LoadResult = {
  seconds: number;
  rows: LoadRow[];
  all: LoadRow;
  /** POST and PATCH among the measured requests (%). */
  writePercent: number;
  rss: { second: number; mb: number }[];
  /** The first few of each kind, for a person to read. */
  errorSamples: string[];
};

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] as number);
}

const rowOf = (kind: string, latencies: number[], errors: number): LoadRow => {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { kind, requests: sorted.length, errors, p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99) };
};

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const { base, pid, connections } = options;
  const tokens: Tokens = {
    lanhdao: await signIn('lanhdao', base),
    noivu: await signIn('noivu', base),
    admin: await signIn('admin', base),
  };
  const list = kinds(tokens, await loadPools(base, tokens.lanhdao));
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
        const response = await fetch(`${base}${call.path}`, {
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
  const runFor = (seconds: number) => {
    const deadline = performance.now() + seconds * 1000;
    return Promise.all(
      Array.from({ length: connections }, async (_, index) => {
        const worker: Worker = { index, own: [], count: 0 };
        while (performance.now() < deadline) {
          const kind = choose();
          await kind.run(worker, send(kind));
        }
      }),
    );
  };

  await runFor(options.warmupSeconds);
  isMeasuring = true;
  const rss = [{ second: 0, mb: rssMb(pid) }];
  const started = performance.now();
  const sample = () => {
    const second = Math.round((performance.now() - started) / 1000);
    rss.push({ second, mb: rssMb(pid) });
    const requests = [...latencies.values()].reduce((sum, values) => sum + values.length, 0);
    options.onSample?.({ second, mb: rss.at(-1)?.mb ?? 0, requests });
  };
  const sampler = setInterval(sample, 15_000);
  try {
    await runFor(options.seconds);
  } finally {
    clearInterval(sampler);
  }
  sample();
  const rows = list.map((kind) => rowOf(kind.name, latencies.get(kind.name) ?? [], errors.get(kind.name)?.length ?? 0));
  const all = rowOf(
    'all',
    [...latencies.values()].flat(),
    rows.reduce((sum, row) => sum + row.errors, 0),
  );
  return {
    seconds: (performance.now() - started) / 1000,
    rows,
    all,
    writePercent: all.requests === 0 ? 0 : (100 * writeCount) / all.requests,
    rss,
    errorSamples: [...errors.values()].flatMap((messages) => messages.slice(0, 3)),
  };
}
