import { describe, expect, it } from 'vitest';
import { serverTestDatabase } from '../testing/server-test-database';
import { runCrashTest } from './crash-test';

describe('a server killed with SIGKILL during a write load', () => {
  it('keeps every acknowledged write and no partial one, and starts again', async () => {
    const database = await serverTestDatabase();
    try {
      const result = await runCrashTest({ database, loadMs: 2000, minAcknowledged: 10, connections: 4 });
      expect(result.unexpectedErrors).toEqual([]);
      expect(result.acknowledged).toBeGreaterThanOrEqual(10);
      expect(result.found).toBe(result.acknowledged);
      expect(result.partial).toBe(0);
      expect(result.isAuditChainIntact).toBe(true);
      expect(result.doFigurePeriodsAgree).toBe(true);
    } finally {
      await database.drop();
    }
  }, 90_000);
});
