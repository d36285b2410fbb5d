import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config/load-config';
import type { Database } from './database';
import { loadDemoData } from './demo/load-demo-data';
import { migratePgliteDatabase, migratePostgresDatabase } from './migrate';
import { openDatabase } from './open-database';

/**
 * Opens the configured database and brings it to the state the app needs: embedded PGlite is
 * migrated (and given the demo data when empty); PostgreSQL only when MIGRATE_ON_START is set.
 */
export async function prepareDatabase(config: Config, log: FastifyBaseLogger): Promise<Database> {
  const settings = config.database;
  if (settings.kind === 'postgres' && settings.migrateOnStart) {
    await migratePostgresDatabase(settings.url, config.migrationsDir);
    log.info('PostgreSQL migrated');
  }
  const database = await openDatabase(settings, (error) => log.error({ err: error }, 'Idle database client error'));
  if (settings.kind === 'pglite') {
    await migratePgliteDatabase(database, config.migrationsDir);
    if (settings.loadDemoData && (await loadDemoData(database.db)))
      log.info('Demo data loaded into the empty database');
  }
  return database;
}
