import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { migratePgliteDatabase } from '../migrate';
import { fromPglite } from '../open-database';
import { demoInspections } from './demo-inspections';
import { demoSuccessions, demoUnits } from './demo-units';
import { DEMO_PASSWORD, demoUsers } from './demo-users';
import { loadDemoData } from './load-demo-data';

/**
 * The demo seed: an embedded database, migrated and holding the demo data, made once by
 * `pnpm build` (ADR 016). A first start copies it instead of running PostgreSQL's initdb, every
 * migration and the demo load inside WebAssembly, which takes several times longer.
 */
const FINGERPRINT_FILE = 'partrack-seed.json';

/** Changes whenever the migrations or the demo data change, so a stale seed is never used. */
export function demoSeedFingerprint(migrationsDir: string): string {
  return createHash('sha256')
    .update(readFileSync(join(migrationsDir, 'meta', '_journal.json')))
    .update(JSON.stringify([demoUnits, demoSuccessions, demoUsers, demoInspections, DEMO_PASSWORD]))
    .digest('hex');
}

export async function createDemoSeed(seedDir: string, migrationsDir: string): Promise<void> {
  const building = `${seedDir}.building`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(join(building, 'pglite'), { recursive: true });
  const database = fromPglite(await PGlite.create({ dataDir: join(building, 'pglite') }));
  try {
    await migratePgliteDatabase(database, migrationsDir);
    await loadDemoData(database.db);
  } finally {
    // Closing checkpoints the database, so the copied files are a clean shut-down data directory.
    await database.close();
  }
  writeFileSync(join(building, FINGERPRINT_FILE), JSON.stringify({ fingerprint: demoSeedFingerprint(migrationsDir) }));
  rmSync(seedDir, { recursive: true, force: true });
  renameSync(building, seedDir);
}

export function defaultDemoSeedDir(repoRoot: string): string {
  return join(repoRoot, 'apps', 'api', 'dist', 'demo-seed');
}

/** 'current' when the seed was made from these migrations and this demo data. */
export function demoSeedState(seedDir: string, migrationsDir: string): 'current' | 'missing' | 'stale' {
  const fingerprintFile = join(seedDir, FINGERPRINT_FILE);
  if (!existsSync(fingerprintFile)) return 'missing';
  const { fingerprint } = JSON.parse(readFileSync(fingerprintFile, 'utf8')) as { fingerprint?: string };
  return fingerprint === demoSeedFingerprint(migrationsDir) ? 'current' : 'stale';
}

/**
 * Fills an empty embedded data directory from the seed. The copy goes to a side folder first and
 * is renamed into place, so an interrupted first start leaves no half-copied database behind.
 */
export function copyDemoSeed(seedDir: string, dataDir: string): void {
  if (!isEmptyDataDir(dataDir)) throw new Error(`${dataDir} is not empty; the demo seed only fills an empty one`);
  const copying = `${dataDir}.copying`;
  rmSync(copying, { recursive: true, force: true });
  cpSync(join(seedDir, 'pglite'), copying, { recursive: true });
  if (existsSync(dataDir)) rmdirSync(dataDir);
  renameSync(copying, dataDir);
}

/** True when `dataDir` is missing or an empty folder: nothing there that a copy could overwrite. */
export function isEmptyDataDir(dataDir: string): boolean {
  return !existsSync(dataDir) || readdirSync(dataDir).length === 0;
}
