import { ErrorResponseSchema, InspectionSchema, UnitListSchema } from '@partrack/contracts';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { executeRows } from './db/database';
import { authHeaders } from './testing/auth';
import { useTestApp } from './testing/test-app';

const context = useTestApp({ demoData: true });
const EDITS = 50;

async function newInspection() {
  const ctx = context();
  const units = await ctx.app.inject({ method: 'GET', url: `/api/v1/units?q=${encodeURIComponent('Kiến An')}` });
  const unit = UnitListSchema.parse(units.json()).items.find((item) => item.name === 'Quận Kiến An');
  if (!unit) throw new Error('No unit Quận Kiến An in the demo data');
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/inspections',
    headers: await authHeaders(ctx, 'noivu'),
    payload: { unitId: unit.id, kind: 'visit', date: '2021-03-01', topic: 'Kiểm tra đột xuất' },
  });
  expect(response.statusCode, response.body).toBe(201);
  return InspectionSchema.parse(response.json());
}

describe('If-Match on PATCH /api/v1/inspections/:id', () => {
  it(`lets exactly one of ${EDITS} simultaneous edits of one version win; the rest get 412`, async () => {
    const ctx = context();
    const inspection = await newInspection();
    const headers = { ...(await authHeaders(ctx, 'noivu')), 'if-match': `"${inspection.version}"` };
    // On PostgreSQL these run at once through the pool; the row lock decides, not the order they were sent.
    const responses = await Promise.all(
      Array.from({ length: EDITS }, (_, index) =>
        ctx.app.inject({
          method: 'PATCH',
          url: `/api/v1/inspections/${inspection.id}`,
          headers,
          payload: { topic: `Sửa lần ${index}` },
        }),
      ),
    );

    const winners = responses.filter((response) => response.statusCode === 200);
    const stale = responses.filter((response) => response.statusCode === 412);
    expect(winners).toHaveLength(1);
    expect(stale).toHaveLength(EDITS - 1);
    for (const response of stale) {
      const error = ErrorResponseSchema.parse(response.json());
      expect(error).toMatchObject({ statusCode: 412, code: 'PRECONDITION_FAILED' });
      expect(error.requestId).toBe(response.headers['x-request-id']);
    }

    const winner = InspectionSchema.parse(winners[0]?.json());
    const stored = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/inspections/${inspection.id}`,
      headers: await authHeaders(ctx, 'noivu'),
    });
    const after = InspectionSchema.parse(stored.json());
    expect(after.version).toBe(inspection.version + 1);
    expect(after.topic).toBe(winner.topic);
    expect(stored.headers.etag).toBe(`"${inspection.version + 1}"`);
    const [audit] = await executeRows<{ count: number }>(
      ctx.database.db,
      sql`SELECT count(*)::int AS count FROM audit_events
          WHERE action = 'inspection.updated' AND entity_id = ${inspection.id}`,
    );
    expect(audit?.count).toBe(1);
  });
});
