import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../testing/test-app';
import type { Database } from './database';
import { insertJsonRows, jsonRows } from './insert-json-rows';
import { figures, inspections, units } from './schema';

describe('jsonRows and insertJsonRows', () => {
  let database: Database;
  let unitId: string;
  let inspectionId: string;

  beforeAll(async () => {
    database = await openTestDatabase();
    const { db } = database;
    unitId = randomUUID();
    inspectionId = randomUUID();
    await db.insert(units).values({
      id: unitId,
      name: 'Xã Thử',
      shortName: 'Thử',
      sortName: 'thu',
      searchText: 'xa thu',
      level: 'commune',
    });
    // A JSON column and a date: they go in as JSON and as text.
    await insertJsonRows(db, [
      jsonRows(inspections, [
        {
          id: inspectionId,
          unitId,
          kind: 'visit',
          date: '2026-11-20',
          topic: 'Kiểm tra',
          delegation: { name: 'Đoàn số 1', establishingDocument: null, members: ['A', 'B'] },
          searchText: 'kiem tra',
        },
      ]),
    ]);
  });
  afterAll(() => database?.close());

  it('writes what drizzle would: given values, defaults for the columns no row gives, NULL where a row gives none', async () => {
    const { db } = database;
    await insertJsonRows(db, [
      jsonRows(figures, [
        {
          inspectionId,
          position: 0,
          unitId,
          indicator: 'received',
          periodEnd: '2026-10-31',
          value: 12.5,
          note: 'ghi chú',
        },
        { inspectionId, position: 1, unitId, indicator: 'resolved', periodEnd: '2026-10-31', value: -0 },
      ]),
    ]);
    const rows = await db
      .select()
      .from(figures)
      .where(eq(figures.inspectionId, inspectionId))
      .orderBy(asc(figures.position));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      value: 12.5,
      note: 'ghi chú',
      qualifier: 'exact',
      source: 'inspection',
      tier: null,
    });
    expect(rows[1]).toMatchObject({ value: 0, note: null, qualifier: 'exact' });
    expect(rows[0]?.id).not.toBe(rows[1]?.id);
    const [inspection] = await db.select().from(inspections).where(eq(inspections.id, inspectionId));
    expect(inspection?.delegation).toEqual({ name: 'Đoàn số 1', establishingDocument: null, members: ['A', 'B'] });
    expect(inspection?.date).toBe('2026-11-20');
    expect(inspection?.version).toBe(1);
  });

  it('writes several tables as one statement, rows referring to rows of another, and answers the last one’s RETURNING', async () => {
    const { db } = database;
    const id = randomUUID();
    const [written] = await insertJsonRows<{ id: string; version: number }>(
      db,
      [
        // The figure's inspection is written by the same statement: its foreign key is checked at the end.
        jsonRows(figures, [
          { inspectionId: id, position: 0, unitId, indicator: 'received', periodEnd: '2026-10-31', value: 3 },
        ]),
        jsonRows(inspections, [
          { id, unitId, kind: 'visit', date: '2026-11-21', topic: 'Hai bảng', searchText: 'hai bang' },
        ]),
      ],
      'id, version',
    );
    expect(written).toEqual({ id, version: 1 });
    expect(await db.$count(figures, eq(figures.inspectionId, id))).toBe(1);
  });

  it('refuses rows that give a defaulted column in some rows only, which would write NULL over the default', () => {
    expect(() =>
      jsonRows(figures, [
        {
          inspectionId,
          position: 2,
          unitId,
          indicator: 'received',
          periodEnd: '2026-10-31',
          value: 1,
          qualifier: 'approx',
        },
        { inspectionId, position: 3, unitId, indicator: 'received', periodEnd: '2026-10-31', value: 1 },
      ]),
    ).toThrow(/qualifier/);
  });

  it('writes nothing when a row breaks a constraint: the statement is all or nothing', async () => {
    const { db } = database;
    const before = await db.select().from(figures).where(eq(figures.inspectionId, inspectionId));
    await expect(
      insertJsonRows(db, [
        jsonRows(figures, [
          { inspectionId, position: 4, unitId, indicator: 'received', periodEnd: '2026-10-31', value: 1 },
          { inspectionId, position: 5, unitId: randomUUID(), indicator: 'received', periodEnd: '2026-10-31', value: 1 },
        ]),
      ]),
    ).rejects.toThrow();
    expect(await db.select().from(figures).where(eq(figures.inspectionId, inspectionId))).toHaveLength(before.length);
  });
});
