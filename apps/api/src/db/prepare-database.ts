import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config/load-config';
import type { Database } from './database';
import { copyDemoSeed, demoSeedState, isEmptyDataDir } from './demo/demo-seed';
import { loadDemoData } from './demo/load-demo-data';
import { migratePgliteDatabase, migratePostgresDatabase } from './migrate';
import { openDatabase } from './open-database';

/**
 * Opens the configured database and brings it to the state the app needs: embedded PGlite is
 * migrated (and given the demo data when empty, from the build's seed when there is a current
 * one); PostgreSQL only when MIGRATE_ON_START is set.
 */
export async function prepareDatabase(config: Config, log: FastifyBaseLogger): Promise<Database> {
  const settings = config.database;
  if (settings.kind === 'postgres' && settings.migrateOnStart) {
    await migratePostgresDatabase(settings.url, config.migrationsDir);
    log.info('PostgreSQL migrated');
  }
  if (settings.kind === 'pglite' && settings.loadDemoData && settings.demoSeedDir && isEmptyDataDir(settings.dataDir)) {
    const seed = demoSeedState(settings.demoSeedDir, config.migrationsDir);
    if (seed === 'current') {
      copyDemoSeed(settings.demoSeedDir, settings.dataDir);
      log.info('Demo data copied from the build into the empty database');
    } else if (seed === 'stale') {
      log.warn('The demo seed is older than the code (run `pnpm build`); loading the demo data the slow way');
    }
  }
  const database = await openDatabase(settings, (error) => log.error({ err: error }, 'Idle database client error'));
  if (settings.kind === 'pglite') {
    await migratePgliteDatabase(database, config.migrationsDir);
    if (settings.loadDemoData && (await loadDemoData(database.db)))
      log.info('Demo data loaded into the empty database');
  }
  return database;
}
