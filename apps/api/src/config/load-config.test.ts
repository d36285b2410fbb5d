import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './load-config';

describe('loadConfig', () => {
  it('defaults to embedded PGlite under ./data on port 3000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database).toMatchObject({ kind: 'pglite', loadDemoData: true });
    expect(config.dataDir).toMatch(/\/data$/);
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://app@db:5432/partrack', MIGRATE_ON_START: 'true' });
    expect(config.database).toMatchObject({ kind: 'postgres', migrateOnStart: true, connectTimeoutMs: 3000 });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' })).toMatchObject({ port: 3000, database: { kind: 'pglite' } });
  });

  it('lists every invalid variable at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', MIGRATE_ON_START: 'yes' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/^PORT: /m);
    expect(problems).toMatch(/^DATABASE_URL: /m);
    expect(problems).toMatch(/^MIGRATE_ON_START: /m);
  });

  it('resolves a relative data directory against where the command was run', () => {
    const config = loadConfig({ PARTRACK_DATA_DIR: 'my-data', INIT_CWD: '/srv/partrack' });
    expect(config.dataDir).toBe('/srv/partrack/my-data');
    expect(config.database).toMatchObject({ dataDir: '/srv/partrack/my-data/pglite' });
  });
});
