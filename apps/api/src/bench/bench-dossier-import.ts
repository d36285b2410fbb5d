/**
 * Benchmark of the one-stop dossier statistics import (docs/decisions/018-dossier-stats-import.md):
 * generates a 100,000-row CSV and imports it through the real API (`app.inject`, multipart, the same
 * route the SPA calls) on a fresh embedded PGlite database, and on PostgreSQL too when DATABASE_URL or
 * TEST_DATABASE_URL is set (a scratch database is created and dropped).
 *
 *   pnpm bench:dossier-import            # ROWS=20000 pnpm bench:dossier-import for a quicker run
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { buildApp } from '../app';
import { loadConfig } from '../config/load-config';
import { findRepoRoot } from '../config/repo-root';
import type { Database } from '../db/database';
import { loadDemoData } from '../db/demo/load-demo-data';
import { migratePgliteDatabase, migratePostgresDatabase } from '../db/migrate';
import { fromPostgresPool, openDatabase } from '../db/open-database';
import { createUsersRepository } from '../modules/users/users.repository';
import { HEADER, MAPPING } from '../testing/dossier-stats';

const print = (line: string) => process.stdout.write(`${line}\n`);
const ROWS = Number(process.env.ROWS ?? 100_000);
const repoRoot = findRepoRoot();
const migrationsDir = join(repoRoot, 'migrations');

const UNITS = ['Quận Kiến An', 'Huyện Kiến Thụy', 'Huyện Gia Lâm', 'Huyện Thanh Trì', 'Huyện Vị Xuyên'];
const TIERS = ['Cấp huyện', 'Cấp xã', 'Cấp tỉnh', 'Sở, ban, ngành'];

/**
 * Excel's Vietnamese CSV with the tests' columns: `;` separators, a BOM, dd/mm/yyyy, `.` thousands.
 * One month per row and key.
 */
function generateCsv(rows: number): Buffer {
  const lines = [HEADER.join(';')];
  const pad = (value: number) => String(value).padStart(2, '0');
  const thousands = new Intl.NumberFormat('vi-VN');
  for (let index = 0; index < rows; index += 1) {
    const unit = UNITS[index % UNITS.length];
    const tier = TIERS[Math.floor(index / UNITS.length) % TIERS.length];
    const monthIndex = Math.floor(index / (UNITS.length * TIERS.length));
    const year = 2024 - Math.floor(monthIndex / 12);
    const month = 12 - (monthIndex % 12);
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const received = 1000 + (index % 5000);
    const early = Math.floor(received * 0.2);
    const onTime = Math.floor(received * 0.7);
    const late = received - early - onTime - 20;
    lines.push(
      [
        index + 1,
        unit,
        tier,
        `01/${pad(month)}/${year}`,
        `${last}/${pad(month)}/${year}`,
        index % 50,
        thousands.format(received),
        early,
        thousands.format(onTime),
        late,
        15,
        5,
      ].join(';'),
    );
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

function multipart(file: Buffer) {
  const boundary = 'partrack-bench';
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="mapping"\r\n\r\n${JSON.stringify(MAPPING)}\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench.csv"\r\n\r\n`,
      ),
      file,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  };
}

async function run(label: string, database: Database, csv: Buffer): Promise<void> {
  await loadDemoData(database.db);
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PARTRACK_DATA_DIR: mkdtempSync(join(tmpdir(), 'partrack-bench-')),
    JWT_SECRET: 'bench-secret-that-is-long-enough-for-hs256-signing',
    REMINDERS_ENABLED: 'false',
    UPLOAD_LIMIT_BYTES: String(200 * 1024 * 1024),
    BODY_LIMIT_BYTES: String(200 * 1024 * 1024),
  });
  const app = await buildApp({ config, database, logger: false });
  await app.ready();
  try {
    const user = await createUsersRepository(database.db).findByUsername('noivu');
    if (!user) throw new Error('no demo inspector');
    const token = app.jwt.sign({ sub: user.id, sv: user.sessionVersion });
    const body = multipart(csv);
    for (const attempt of ['first import', 're-import (upsert, unchanged)']) {
      const started = performance.now();
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/imports/dossier-stats',
        headers: { ...body.headers, authorization: `Bearer ${token}` },
        payload: body.payload,
      });
      const seconds = (performance.now() - started) / 1000;
      if (response.statusCode !== 200) throw new Error(`${response.statusCode}: ${response.body.slice(0, 500)}`);
      const result = response.json() as { rowsImported: number; figuresCreated: number; figuresUnchanged: number };
      print(
        `${label.padEnd(10)} ${attempt.padEnd(30)} ${result.rowsImported} rows in ${seconds.toFixed(1)} s = ` +
          `${Math.round(result.rowsImported / seconds).toLocaleString('en')} rows/s ` +
          `(figures created ${result.figuresCreated}, unchanged ${result.figuresUnchanged})`,
      );
    }
  } finally {
    await app.close();
  }
}

const csv = generateCsv(ROWS);
print(`${ROWS} rows, ${(csv.length / 1024 / 1024).toFixed(1)} MB of CSV`);

const pglite = await openDatabase({ kind: 'pglite', dataDir: 'memory://', loadDemoData: false }, () => {});
await migratePgliteDatabase(pglite, migrationsDir);
await run('PGlite', pglite, csv);
await pglite.close();

const url = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (url) {
  const name = `partrack_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const scratch = new URL(url);
  scratch.pathname = `/${name}`;
  try {
    await migratePostgresDatabase(scratch.toString(), migrationsDir);
    const database = fromPostgresPool(new pg.Pool({ connectionString: scratch.toString(), max: 5 }));
    await run('PostgreSQL', database, csv);
    await database.close();
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
    await admin.end();
  }
} else {
  print('PostgreSQL skipped: set DATABASE_URL or TEST_DATABASE_URL to measure it too');
}
