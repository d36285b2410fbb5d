/**
 * `pnpm bench:seed --scale national|province [--seed 1]`: the benchmark's data set (docs/performance.md).
 *
 * - national: PostgreSQL (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/partrack_bench,
 *   dropped and created afresh): 63 provinces / 696 districts / 10,035 communes until 30/06/2025, 34
 *   provinces / 3,321 communes after with successor links, monthly one-stop figures of every unit from
 *   01/2019, 20,000 inspections and 200,000 directives answered in every bucket.
 * - province: one average province of the same, embedded (PGlite) in a data directory
 *   (BENCH_DATA_DIR, default .bench/province).
 *
 * Loads through multi-row inserts, prints its own time, and writes .bench/seed-<scale>.json, which
 * `pnpm bench` reads to find the database.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { todayInVietnam } from '@partrack/contracts';
import type { Scale } from './scale-data';
import { seedDataSet } from './seed-data-set';
import { benchDir, DEFAULT_BENCH_DATABASE_URL, defaultProvinceDataDir, type SeedInfo, seedInfoPath } from './seed-info';

const print = (line: string) => process.stdout.write(`${line}\n`);

async function main() {
  const { values } = parseArgs({
    options: { scale: { type: 'string', default: 'national' }, seed: { type: 'string', default: '1' } },
  });
  const scale = values.scale as Scale;
  if (scale !== 'national' && scale !== 'province') throw new Error('--scale must be national or province');
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error('--seed must be a whole number');
  const asOf = todayInVietnam();
  mkdirSync(benchDir, { recursive: true });
  const started = performance.now();
  const database: SeedInfo['database'] =
    scale === 'national'
      ? { kind: 'postgres', url: process.env.BENCH_DATABASE_URL ?? DEFAULT_BENCH_DATABASE_URL }
      : { kind: 'pglite', dataDir: process.env.BENCH_DATA_DIR ?? defaultProvinceDataDir };
  print(
    `bench:seed ${scale} → ${database.kind === 'postgres' ? `PostgreSQL ${database.url.replace(/\/\/[^@]*@/, '//')}` : `PGlite in ${database.dataDir}`} (seed ${seed}, as of ${asOf})`,
  );
  const counts = await seedDataSet(scale, seed, asOf, database);
  const info: SeedInfo = { scale, seed, asOf, database, counts, seconds: 0 };
  info.seconds = Math.round((performance.now() - started) / 100) / 10;
  writeFileSync(seedInfoPath(scale), `${JSON.stringify(info, null, 2)}\n`);
  const total = Object.values(info.counts).reduce((sum, count) => sum + count, 0);
  print(`bench:seed ${scale}: ${total.toLocaleString('en')} rows in ${info.seconds} s → ${seedInfoPath(scale)}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:seed failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
