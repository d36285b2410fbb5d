import { randomUUID } from 'node:crypto';
import { CreateInspectionBodySchema } from '@partrack/contracts';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { jsonRows } from '../../db/insert-json-rows';
import { auditEvents, directives, figures, findings, inspections, units } from '../../db/schema';
import { openTestDatabase } from '../../testing/test-app';
import type { AuditRecord } from '../audit-events/audit-chain';
import { auditEventRow } from '../audit-events/audit-events.repository';
import { createInspectionsRepository } from './inspections.repository';

// A create has no transaction around its write: the inspection, its children and the writes alongside
// it (its audit event) are one statement, which must stand or fall whole.
describe('inspections repository: insert', () => {
  let database: Database;
  let unitId: string;

  beforeAll(async () => {
    database = await openTestDatabase();
    unitId = randomUUID();
    await database.db.insert(units).values({
      id: unitId,
      name: 'Xã Một Câu Lệnh',
      shortName: 'Một Câu Lệnh',
      sortName: 'mot cau lenh',
      searchText: 'xa mot cau lenh',
      level: 'commune',
    });
  });
  afterAll(() => database?.close());

  const content = (topic: string) =>
    CreateInspectionBodySchema.parse({
      unitId,
      kind: 'visit',
      date: '2026-11-20',
      topic,
      findings: [{ kind: 'strength', text: 'Nền nếp' }],
      figures: [{ indicator: 'received', periodEnd: '2026-10-31', value: 10 }],
      directives: [{ leadUnitId: unitId, text: 'Làm tiếp', dueDate: '2027-01-31' }],
    });

  const counts = async () => {
    const { db } = database;
    return Promise.all([inspections, findings, figures, directives, auditEvents].map((table) => db.$count(table)));
  };

  it('writes nothing, children included, when a write alongside it fails', async () => {
    const { db } = database;
    const before = await counts();
    const failing = () => [
      // NULL breaks the action's NOT NULL: the statement fails after the children's CTEs have run.
      jsonRows(auditEvents, [
        { occurredAt: new Date().toISOString(), action: null as never, entityType: 'inspection' },
      ]),
    ];
    await expect(createInspectionsRepository(db).insert(content('Không được lưu'), null, failing)).rejects.toThrow();
    expect(await counts()).toEqual(before);
  });

  it('writes the inspection, its children and what goes alongside it, for the id it made', async () => {
    const { db } = database;
    const event = (id: string): AuditRecord => ({
      occurredAt: new Date().toISOString(),
      actorId: null,
      actorUsername: null,
      action: 'inspection.created',
      entityType: 'inspection',
      entityId: id,
      before: null,
      after: null,
      requestId: null,
      ip: null,
    });
    const inserted = await createInspectionsRepository(db).insert(content('Được lưu'), null, (id) => [
      auditEventRow(event(id)),
    ]);
    const [inspection] = await db.select().from(inspections).where(eq(inspections.topic, 'Được lưu'));
    expect(inspection?.id).toBe(inserted.id);
    expect(await db.$count(findings, eq(findings.inspectionId, inserted.id))).toBe(1);
    expect(await db.$count(figures, eq(figures.inspectionId, inserted.id))).toBe(1);
    expect(await db.$count(directives, eq(directives.inspectionId, inserted.id))).toBe(1);
    expect(await db.$count(auditEvents, eq(auditEvents.entityId, inserted.id))).toBe(1);
  });
});
