import { ConfigError, loadConfig } from '../config/load-config';
import { migratePgliteDatabase, migratePostgresDatabase } from './migrate';
import { openDatabase } from './open-database';

/** `pnpm db:migrate`: applies pending migrations to the configured database and exits. */
async function main() {
  const config = loadConfig();
  if (config.database.kind === 'postgres') {
    await migratePostgresDatabase(config.database.url, config.migrationsDir);
    process.stdout.write('PostgreSQL is migrated.\n');
    return;
  }
  const database = await openDatabase(config.database, () => {});
  try {
    await migratePgliteDatabase(database, config.migrationsDir);
    process.stdout.write(`The embedded database in ${config.database.dataDir} is migrated.\n`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Migration failed.\n${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
