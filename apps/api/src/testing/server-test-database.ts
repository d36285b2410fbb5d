import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { inject } from 'vitest';
import { fromPglite } from '../db/open-database';
import { pgliteServerDatabase, postgresServerDatabase, type ServerDatabase } from './server-process';

/** A migrated, empty database of this test run's kind for a server process, copied from global-setup's template. */
export async function serverTestDatabase(): Promise<ServerDatabase> {
  const template = inject('testDatabaseTemplate');
  if (inject('testDatabase') === 'postgres')
    return postgresServerDatabase(process.env.TEST_DATABASE_URL as string, template);
  return pgliteServerDatabase(async (dataDir) => {
    await fromPglite(await PGlite.create({ dataDir, loadDataDir: new Blob([readFileSync(template)]) })).close();
  });
}
