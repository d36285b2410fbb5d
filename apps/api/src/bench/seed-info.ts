import { join } from 'node:path';
import { findRepoRoot } from '../config/repo-root';
import type { Scale } from './scale-data';

/** Where the benchmark keeps its data sets and results (ignored by git). */
export const benchDir = join(findRepoRoot(), '.bench');
export const DEFAULT_BENCH_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/partrack_bench';
/** A PARTRACK_DATA_DIR: the embedded database is its `pglite` folder, as the server expects. */
export const defaultProvinceDataDir = join(benchDir, 'province');

/** What `pnpm bench:seed` wrote, and `pnpm bench` reads to find the database. */
export type SeedInfo = {
  scale: Scale;
  seed: number;
  asOf: string;
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };
  counts: Record<string, number>;
  seconds: number;
};

export const seedInfoPath = (scale: Scale) => join(benchDir, `seed-${scale}.json`);
