import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../lib/ids';
import { openTestDatabase } from '../testing/test-app';
import { type Database, executeRows } from './database';
import { units } from './schema';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The milliseconds a UUIDv7 begins with. */
const timeOf = (id: string) => Number.parseInt(id.replaceAll('-', '').slice(0, 12), 16);

describe('record ids', () => {
  let database: Database;

  beforeAll(async () => {
    database = await openTestDatabase();
  });

  afterAll(async () => {
    await database.close();
  });

  it('are UUIDv7 when the application makes them, in the order they were made', () => {
    const before = Date.now();
    const ids = Array.from({ length: 1000 }, newId);
    expect(ids.every((id) => UUID_V7.test(id))).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    expect(timeOf(ids[0] as string)).toBeGreaterThanOrEqual(before);
    expect(timeOf(ids[999] as string)).toBeLessThanOrEqual(Date.now());
  });

  it("are UUIDv7 by the database's default too, starting with the time of the insert", async () => {
    const before = Date.now();
    const [row] = await database.db
      .insert(units)
      .values({ name: 'Xã Thử', shortName: 'Thử', sortName: 'thu', searchText: 'xa thu', level: 'commune' })
      .returning({ id: units.id });
    const after = Date.now();
    expect(row?.id).toMatch(UUID_V7);
    expect(timeOf(row?.id as string)).toBeGreaterThanOrEqual(before);
    expect(timeOf(row?.id as string)).toBeLessThanOrEqual(after);
    // Random in the rest: two made in the same millisecond differ.
    const [pair] = await executeRows<{ a: string; b: string }>(database.db, sql`SELECT uuid_v7() AS a, uuid_v7() AS b`);
    expect(pair?.a).not.toBe(pair?.b);
  });
});
