/**
 * `pnpm load`: the mixed workload (load-workload.ts) against PostgreSQL for five minutes — 70 % reads,
 * 30 % writes, from 50 connections at once — on the built server and a database of its own
 * (LOAD_DATABASE_URL, default partrack_load, created afresh) holding one province's data set. After a
 * warm-up (LOAD_WARMUP, 30 s, not counted) prints, per kind of request, how many, the errors, p50 and
 * p99, and the server's resident memory (RSS) at the start, every 15 s and at the end; writes
 * .bench/load-results.json. Exits 1 on any error, or when memory is not flat: the highest RSS of the
 * run's second half more than LOAD_RSS_GROWTH (default 1.25) × the highest of its first half (RSS
 * swings with each garbage collection; a leak grows from one half to the next).
 *
 *   LOAD_SECONDS=300 LOAD_WARMUP=30 LOAD_CONNECTIONS=50 pnpm load
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { todayInVietnam } from '@partrack/contracts';
import { stopServer } from '../testing/server-process';
import { benchBase, startBenchServer } from './bench-server';
import { type LoadRow, runLoad } from './load-workload';
import { seedDataSet } from './seed-data-set';
import { benchDir } from './seed-info';

const print = (line = '') => process.stdout.write(`${line}\n`);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 300);
const WARMUP = Number(process.env.LOAD_WARMUP ?? 30);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50);
const RSS_GROWTH = Number(process.env.LOAD_RSS_GROWTH ?? 1.25);
const DATABASE_URL = process.env.LOAD_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/partrack_load';

const formatRow = (row: LoadRow, seconds: number) =>
  `${row.kind.padEnd(50)} ${String(row.requests).padStart(9)} ${(row.requests / seconds).toFixed(1).padStart(7)} ${String(row.errors).padStart(7)} ${String(row.p50).padStart(7)} ${String(row.p99).padStart(7)}`;

async function main() {
  print(`pnpm load → PostgreSQL ${DATABASE_URL.replace(/\/\/[^@]*@/, '//')}: one province's data set, afresh`);
  await seedDataSet('province', 1, todayInVietnam(), { kind: 'postgres', url: DATABASE_URL });
  const server = await startBenchServer({ kind: 'postgres', url: DATABASE_URL });
  try {
    print(`${CONNECTIONS} connections: ${WARMUP} s warm-up, then ${SECONDS} s measured`);
    const result = await runLoad({
      base: benchBase,
      pid: server.child.pid as number,
      connections: CONNECTIONS,
      warmupSeconds: WARMUP,
      seconds: SECONDS,
      onSample: ({ second, mb, requests }) =>
        print(`  ${String(second).padStart(4)} s  RSS ${mb} MB  ${requests.toLocaleString('en')} requests`),
    });
    print();
    print(
      `${'kind'.padEnd(50)} ${'requests'.padStart(9)} ${'req/s'.padStart(7)} ${'errors'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)}`,
    );
    for (const row of [...result.rows, result.all]) print(formatRow(row, result.seconds));
    const half = result.seconds / 2;
    const highest = (samples: typeof result.rss) => Math.max(...samples.map((sample) => sample.mb));
    const firstHalf = highest(result.rss.filter((sample) => sample.second <= half));
    const secondHalf = highest(result.rss.filter((sample) => sample.second > half));
    const isFlat = secondHalf <= firstHalf * RSS_GROWTH;
    print(`writes (POST, PATCH): ${result.writePercent.toFixed(1)} % of requests`);
    print(
      `server RSS: ${result.rss[0]?.mb} MB at the start, ${result.rss.at(-1)?.mb} MB at the end; highest ${firstHalf} MB in the first half, ${secondHalf} MB in the second: ${isFlat ? 'flat' : `grew more than ${RSS_GROWTH} ×`}`,
    );
    for (const message of result.errorSamples) print(`  error: ${message}`);
    mkdirSync(benchDir, { recursive: true });
    const file = join(benchDir, 'load-results.json');
    writeFileSync(
      file,
      `${JSON.stringify({ measuredAt: new Date().toISOString(), connections: CONNECTIONS, ...result }, null, 2)}\n`,
    );
    print(`results → ${file}`);
    if (result.all.errors > 0 || !isFlat) process.exitCode = 1;
  } finally {
    await stopServer(server);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`pnpm load failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
