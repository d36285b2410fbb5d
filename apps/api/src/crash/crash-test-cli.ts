// `pnpm crash-test`: kills the server with SIGKILL in the middle of a write load, on the embedded
// database and on PostgreSQL, starts it again and checks every acknowledged write (docs/decisions/021).
// LOAD_SECONDS (default 10) and CONNECTIONS (default 8) size the load; PostgreSQL runs on a database
// created and dropped on the server CRASH_TEST_DATABASE_URL (or TEST_DATABASE_URL) names.
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { findRepoRoot } from '../config/repo-root';
import { migratePgliteDatabase, migratePostgresDatabase } from '../db/migrate';
import { fromPglite } from '../db/open-database';
import { pgliteServerDatabase, postgresServerDatabase, type ServerDatabase } from '../testing/server-process';
import { type CrashTestResult, runCrashTest } from './crash-test';

const migrationsDir = join(findRepoRoot(), 'migrations');
const loadMs = Number(process.env.LOAD_SECONDS ?? 10) * 1000;
const connections = Number(process.env.CONNECTIONS ?? 8);
const postgresUrl = process.env.CRASH_TEST_DATABASE_URL ?? process.env.TEST_DATABASE_URL;

function report(kind: string, result: CrashTestResult): boolean {
  const isOk =
    result.found === result.acknowledged &&
    result.partial === 0 &&
    result.isAuditChainIntact &&
    result.doFigurePeriodsAgree &&
    result.unexpectedErrors.length === 0;
  process.stdout.write(
    `${kind}: ${loadMs / 1000} s of load on ${connections} connections, then SIGKILL and a restart\n` +
      `  writes acknowledged    ${result.acknowledged}\n` +
      `  acknowledged and found ${result.found}\n` +
      `  found, not acknowledged (in flight at the kill) ${result.unacknowledgedFound}\n` +
      `  partial writes         ${result.partial}\n` +
      `  audit chain            ${result.isAuditChainIntact ? 'intact' : 'BROKEN'} (${result.auditEvents} events)\n` +
      `  figure_periods         ${result.doFigurePeriodsAgree ? 'agrees with figures' : 'DIFFERS from figures'}\n` +
      `  errors before the kill ${result.unexpectedErrors.length}${result.unexpectedErrors.map((error) => `\n    ${error}`).join('')}\n` +
      `  ${isOk ? 'OK' : 'FAILED'}\n`,
  );
  return isOk;
}

async function run(kind: string, database: ServerDatabase): Promise<boolean> {
  try {
    return report(kind, await runCrashTest({ database, loadMs, connections }));
  } finally {
    await database.drop();
  }
}

let isOk = await run(
  'PGlite',
  await pgliteServerDatabase(async (dataDir) => {
    const database = fromPglite(await PGlite.create({ dataDir }));
    try {
      await migratePgliteDatabase(database, migrationsDir);
    } finally {
      await database.close();
    }
  }),
);
if (postgresUrl) {
  const database = await postgresServerDatabase(postgresUrl);
  const url = database.env.DATABASE_URL as string;
  await migratePostgresDatabase(url, migrationsDir);
  isOk = (await run('PostgreSQL', database)) && isOk;
} else {
  process.stdout.write('PostgreSQL: skipped (set CRASH_TEST_DATABASE_URL=postgres://user@host:5432/postgres)\n');
}
process.exit(isOk ? 0 : 1);
