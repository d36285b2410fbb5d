import { describe, expect, it } from 'vitest';
import { loadDemoDataInto, startServer, stopServer } from '../testing/server-process';
import { serverTestDatabase } from '../testing/server-test-database';
import { runLoad } from './load-workload';

describe('the mixed workload of pnpm load, for a few seconds', () => {
  it('answers every request of every kind, reads and writes, without an error', async () => {
    const database = await serverTestDatabase();
    try {
      await loadDemoDataInto(database);
      const server = await startServer(database.env);
      try {
        const result = await runLoad({
          base: server.baseUrl,
          pid: server.child.pid as number,
          connections: 10,
          warmupSeconds: 1,
          seconds: 5,
        });
        expect(result.errorSamples).toEqual([]);
        for (const row of result.rows) expect(row.requests, row.kind).toBeGreaterThan(0);
        expect(result.writePercent).toBeGreaterThan(15);
        expect(result.rss.every((sample) => sample.mb > 0)).toBe(true);
      } finally {
        await stopServer(server);
      }
    } finally {
      await database.drop();
    }
  }, 120_000);
});
