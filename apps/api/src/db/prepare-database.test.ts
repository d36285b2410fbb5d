import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ErrorResponseSchema } from '@partrack/contracts';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { createUnitsRepository } from '../modules/units/units.repository';
import { testConfig } from '../testing/test-app';
import { prepareDatabase } from './prepare-database';

const silent = pino({ level: 'silent' });

describe('embedded database start-up', () => {
  const dataRoot = mkdtempSync(join(tmpdir(), 'partrack-embedded-'));
  afterAll(() => rmSync(dataRoot, { recursive: true, force: true }));
  const config = testConfig({ database: { kind: 'pglite', dataDir: join(dataRoot, 'pglite'), loadDemoData: true } });

  it('migrates an empty data directory and loads the demo data once', async () => {
    const first = await prepareDatabase(config, silent);
    const repo = createUnitsRepository(first.db);
    const loaded = await repo.count();
    expect(loaded).toBe(14);
    await repo.insert({ name: 'Xã Thử Nghiệm', shortName: 'Thử Nghiệm', level: 'commune' });
    await first.close();

    // A restart keeps what was written and does not load the demo data again.
    const second = await prepareDatabase(config, silent);
    expect(await createUnitsRepository(second.db).count()).toBe(loaded + 1);
    await second.close();
    // Two cold PGlite starts, every migration and the demo data: ~14 s alone, more on a busy CI machine.
  }, 90_000);
});

describe('an unreachable PostgreSQL', () => {
  // Port 1 on loopback refuses at once; the pool's connection timeout bounds the other failure modes.
  const config = testConfig({
    database: {
      kind: 'postgres',
      url: 'postgres://nobody@127.0.0.1:1/none',
      poolMax: 2,
      connectTimeoutMs: 500,
      migrateOnStart: false,
    },
  });

  it('answers 503 DATABASE_UNAVAILABLE quickly instead of hanging', async () => {
    const database = await prepareDatabase(config, silent);
    const app = await buildApp({ config, database, logger: false });
    try {
      for (const url of ['/api/v1/units', '/api/ready']) {
        const started = performance.now();
        const response = await app.inject({ method: 'GET', url });
        expect(performance.now() - started).toBeLessThan(3000);
        expect(response.statusCode, url).toBe(503);
        const body = ErrorResponseSchema.parse(response.json());
        expect(body.code).toBe('DATABASE_UNAVAILABLE');
        expect(response.body).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
      }
      const health = await app.inject({ method: 'GET', url: '/api/health' });
      expect(health.statusCode).toBe(200);
    } finally {
      await app.close();
      await database.close();
    }
  });
});
