import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ErrorResponseSchema } from '@partrack/contracts';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { createUnitsRepository } from '../modules/units/units.repository';
import { testConfig } from '../testing/test-app';
import { executeRows } from './database';
import { createDemoSeed } from './demo/demo-seed';
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

describe('the demo seed that `pnpm build` makes', () => {
  const root = mkdtempSync(join(tmpdir(), 'partrack-seed-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const seedDir = join(root, 'demo-seed');
  const configFor = (name: string) =>
    testConfig({
      database: { kind: 'pglite', dataDir: join(root, name, 'pglite'), loadDemoData: true, demoSeedDir: seedDir },
    });
  const totals = async (database: Awaited<ReturnType<typeof prepareDatabase>>) => {
    const [row] = await executeRows<{ units: number; users: number; inspections: number; directives: number }>(
      database.db,
      sql`SELECT (SELECT count(*)::int FROM units) AS units, (SELECT count(*)::int FROM users) AS users,
        (SELECT count(*)::int FROM inspections) AS inspections, (SELECT count(*)::int FROM directives) AS directives`,
    );
    return row;
  };

  it('fills an empty data directory with the same demo data a slow first start loads, and keeps it on restart', async () => {
    await createDemoSeed(seedDir, testConfig().migrationsDir);
    expect(readdirSync(root)).toEqual(['demo-seed']);

    const config = configFor('copied');
    const first = await prepareDatabase(config, silent);
    const copied = await totals(first);
    expect(copied).toEqual({ units: 14, users: 5, inspections: 5, directives: 24 });
    await createUnitsRepository(first.db).insert({ name: 'Xã Thử Nghiệm', shortName: 'Thử Nghiệm', level: 'commune' });
    await first.close();

    const second = await prepareDatabase(config, silent);
    expect((await totals(second))?.units).toBe(15);
    await second.close();
    expect(existsSync(join(root, 'copied', 'pglite.copying'))).toBe(false);
  }, 90_000);

  it('is ignored when the migrations or demo data changed since it was made', async () => {
    writeFileSync(join(seedDir, 'partrack-seed.json'), JSON.stringify({ fingerprint: 'an older build' }));
    const warnings: string[] = [];
    const log = pino({ level: 'warn' }, { write: (line: string) => warnings.push(JSON.parse(line).msg) });
    const database = await prepareDatabase(configFor('stale'), log);
    expect(await totals(database)).toEqual({ units: 14, users: 5, inspections: 5, directives: 24 });
    await database.close();
    expect(warnings).toEqual([expect.stringContaining('demo seed is older than the code')]);
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
