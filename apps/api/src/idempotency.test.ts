import { randomUUID } from 'node:crypto';
import {
  DirectiveDetailSchema,
  DirectiveListSchema,
  DOSSIER_STATS_NDJSON,
  DossierStatsImportEventSchema,
  DossierStatsImportResultSchema,
  ErrorResponseSchema,
  EvidenceUploadSchema,
  InspectionSchema,
  UnitListSchema,
} from '@partrack/contracts';
import { type SQL, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { executeRows } from './db/database';
import { authHeaders } from './testing/auth';
import { HEADER, MAPPING } from './testing/dossier-stats';
import { useTestApp } from './testing/test-app';

const context = useTestApp({ demoData: true });
const DUPLICATES = 20;

async function count(query: SQL): Promise<number> {
  const [row] = await executeRows<{ count: number }>(context().database.db, query);
  return row?.count ?? -1;
}

async function kienAnId(): Promise<string> {
  const response = await context().app.inject({
    method: 'GET',
    url: `/api/v1/units?q=${encodeURIComponent('Kiến An')}`,
  });
  const unit = UnitListSchema.parse(response.json()).items.find((item) => item.name === 'Quận Kiến An');
  if (!unit) throw new Error('No unit Quận Kiến An in the demo data');
  return unit.id;
}

const inspectionBody = async (topic: string) => ({
  unitId: await kienAnId(),
  kind: 'visit',
  date: '2021-03-01',
  topic,
});

async function createInspection(username: string, key: string | undefined, payload: object) {
  return context().app.inject({
    method: 'POST',
    url: '/api/v1/inspections',
    headers: { ...(await authHeaders(context(), username)), ...(key === undefined ? {} : { 'idempotency-key': key }) },
    payload,
  });
}

const inspectionsWithTopic = (topic: string) =>
  count(sql`SELECT count(*)::int AS count FROM inspections WHERE topic = ${topic}`);

function expectReused(response: Awaited<ReturnType<typeof createInspection>>) {
  expect(response.statusCode, response.body).toBe(422);
  const error = ErrorResponseSchema.parse(response.json());
  expect(error).toMatchObject({ statusCode: 422, code: 'IDEMPOTENCY_KEY_REUSED' });
  expect(error.issues?.map((issue) => issue.path)).toEqual(['idempotency-key']);
}

describe('Idempotency-Key on POST /api/v1/inspections', () => {
  it('replays the first answer to a retry and creates nothing more', async () => {
    const topic = `Thử lại ${randomUUID()}`;
    const key = randomUUID();
    const first = await createInspection('noivu', key, await inspectionBody(topic));
    expect(first.statusCode, first.body).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const created = InspectionSchema.parse(first.json());
    const audited = () => count(sql`SELECT count(*)::int AS count FROM audit_events WHERE entity_id = ${created.id}`);
    const auditBefore = await audited();

    const retry = await createInspection('noivu', key, await inspectionBody(topic));
    expect(retry.statusCode, retry.body).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.headers.location).toBe(first.headers.location);
    expect(retry.headers.etag).toBe(first.headers.etag);
    expect(InspectionSchema.parse(retry.json())).toEqual(created);
    expect(await inspectionsWithTopic(topic)).toBe(1);
    expect(await audited()).toBe(auditBefore);
  });

  it('takes the key quoted, as the draft writes it, or bare, as the same key', async () => {
    const topic = `Có ngoặc kép ${randomUUID()}`;
    const key = randomUUID();
    const first = await createInspection('noivu', `"${key}"`, await inspectionBody(topic));
    expect(first.statusCode, first.body).toBe(201);
    const retry = await createInspection('noivu', key, await inspectionBody(topic));
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await inspectionsWithTopic(topic)).toBe(1);
  });

  it('answers 422 to the same key with a different body, and creates nothing', async () => {
    const topic = `Khác nội dung ${randomUUID()}`;
    const key = randomUUID();
    expect((await createInspection('noivu', key, await inspectionBody(topic))).statusCode).toBe(201);
    const other = `${topic} (sửa)`;
    expectReused(await createInspection('noivu', key, await inspectionBody(other)));
    expect(await inspectionsWithTopic(other)).toBe(0);
    expect(await inspectionsWithTopic(topic)).toBe(1);
  });

  it(`creates one inspection from ${DUPLICATES} duplicates in flight at once`, async () => {
    const topic = `Gửi trùng ${randomUUID()}`;
    const key = randomUUID();
    const body = await inspectionBody(topic);
    const responses = await Promise.all(Array.from({ length: DUPLICATES }, () => createInspection('noivu', key, body)));
    expect(responses.map((response) => response.statusCode)).toEqual(Array(DUPLICATES).fill(201));
    const ids = new Set(responses.map((response) => InspectionSchema.parse(response.json()).id));
    expect(ids.size).toBe(1);
    expect(responses.filter((response) => response.headers['idempotent-replayed'] === 'true')).toHaveLength(
      DUPLICATES - 1,
    );
    expect(await inspectionsWithTopic(topic)).toBe(1);
  });

  it("keeps each user's keys apart: another user's same key creates their own record", async () => {
    const topic = `Hai người ${randomUUID()}`;
    const key = randomUUID();
    const body = await inspectionBody(topic);
    const mine = await createInspection('noivu', key, body);
    const theirs = await createInspection('admin', key, body);
    expect([mine.statusCode, theirs.statusCode]).toEqual([201, 201]);
    expect(theirs.headers['idempotent-replayed']).toBeUndefined();
    expect(InspectionSchema.parse(theirs.json()).id).not.toBe(InspectionSchema.parse(mine.json()).id);
    expect(await inspectionsWithTopic(topic)).toBe(2);
    // And a different body under the admin's key is theirs to be refused, not the inspector's.
    expectReused(await createInspection('admin', key, await inspectionBody(`${topic} (khác)`)));
  });

  it('does not keep a refused request: the same key then runs a corrected one', async () => {
    const topic = `Sửa lỗi ${randomUUID()}`;
    const key = randomUUID();
    const refused = await createInspection('noivu', key, { ...(await inspectionBody(topic)), unitId: randomUUID() });
    expect(refused.statusCode, refused.body).toBe(400);
    const corrected = await createInspection('noivu', key, await inspectionBody(topic));
    expect(corrected.statusCode, corrected.body).toBe(201);
    expect(corrected.headers['idempotent-replayed']).toBeUndefined();
    expect(await inspectionsWithTopic(topic)).toBe(1);
  });

  it('forgets a key after 24 hours', async () => {
    const topic = `Hết hạn ${randomUUID()}`;
    const key = randomUUID();
    expect((await createInspection('noivu', key, await inspectionBody(topic))).statusCode).toBe(201);
    await context().database.db.execute(
      sql`UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE key = ${key}`,
    );
    const later = await createInspection('noivu', key, await inspectionBody(`${topic} (mới)`));
    expect(later.statusCode, later.body).toBe(201);
    expect(later.headers['idempotent-replayed']).toBeUndefined();
    expect(await count(sql`SELECT count(*)::int AS count FROM idempotency_keys WHERE key = ${key}`)).toBe(1);
  });

  it.each([
    ['empty', ''],
    ['empty in quotes', '""'],
    ['longer than 255 characters', 'k'.repeat(256)],
    ['not printable ASCII', 'khóa-1'],
    ['a control character', 'key\u0001'],
  ])('refuses a key that is %s with 400 naming the header, and creates nothing', async (_, key) => {
    const topic = `Khóa sai ${randomUUID()}`;
    const response = await createInspection('noivu', key, await inspectionBody(topic));
    expect(response.statusCode, response.body).toBe(400);
    const error = ErrorResponseSchema.parse(response.json());
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.issues?.map((issue) => issue.path)).toEqual(['idempotency-key']);
    expect(await inspectionsWithTopic(topic)).toBe(0);
  });

  it('accepts a key of exactly 255 printable characters', async () => {
    const response = await createInspection('noivu', `~ ${'k'.repeat(253)}`, await inspectionBody(randomUUID()));
    expect(response.statusCode, response.body).toBe(201);
  });
});

describe('Idempotency-Key on a directive progress report', () => {
  async function openDirective() {
    const response = await context().app.inject({
      method: 'GET',
      url: '/api/v1/directives?stage=open',
      headers: await authHeaders(context(), 'kienan'),
    });
    const directive = DirectiveListSchema.parse(response.json()).items[0];
    if (!directive) throw new Error('No open directive for kienan');
    return directive;
  }

  const report = async (directiveId: string, key: string, payload: object) =>
    context().app.inject({
      method: 'POST',
      url: `/api/v1/directives/${directiveId}/updates`,
      headers: { ...(await authHeaders(context(), 'kienan')), 'idempotency-key': key },
      payload,
    });

  const updatesOf = (directiveId: string) =>
    count(sql`SELECT count(*)::int AS count FROM directive_updates WHERE directive_id = ${directiveId}`);

  it('records one report for a retry and for duplicates in flight, and refuses another text under the key', async () => {
    const directive = await openDirective();
    const before = await updatesOf(directive.id);
    const key = randomUUID();
    const body = { text: `Đã triển khai ${key}`, percentDone: 40 };
    const responses = await Promise.all(Array.from({ length: DUPLICATES }, () => report(directive.id, key, body)));
    const firsts = responses.filter((response) => response.headers['idempotent-replayed'] === undefined);
    expect(firsts).toHaveLength(1);
    const first = DirectiveDetailSchema.parse(firsts[0]?.json());
    for (const response of responses) {
      expect(response.statusCode, response.body).toBe(201);
      expect(DirectiveDetailSchema.parse(response.json())).toEqual(first);
    }
    const retry = await report(directive.id, key, body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(DirectiveDetailSchema.parse(retry.json())).toEqual(first);
    expect(await updatesOf(directive.id)).toBe(before + 1);

    expectReused(await report(directive.id, key, { ...body, percentDone: 50 }));
    // The same body to another directive is another request.
    const others = await context().app.inject({
      method: 'GET',
      url: '/api/v1/directives?stage=open',
      headers: await authHeaders(context(), 'kienan'),
    });
    const other = DirectiveListSchema.parse(others.json()).items.find((item) => item.id !== directive.id);
    if (!other) throw new Error('kienan has one open directive only');
    expectReused(await report(other.id, key, body));
    expect(await updatesOf(directive.id)).toBe(before + 1);
  });

  it('stores evidence files once for a retried upload, and refuses other files under the key', async () => {
    const directive = await openDirective();
    const key = randomUUID();
    const upload = async (content: string) => {
      const boundary = 'partrack-evidence';
      const payload = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="bao-cao.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
        ),
        Buffer.from(`%PDF-1.4\n% ${content}\n%%EOF\n`),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return context().app.inject({
        method: 'POST',
        url: `/api/v1/directives/${directive.id}/evidence`,
        headers: {
          ...(await authHeaders(context(), 'kienan')),
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'idempotency-key': key,
        },
        payload,
      });
    };
    const files = () =>
      count(sql`SELECT count(*)::int AS count FROM evidence_files WHERE directive_id = ${directive.id}`);
    const first = await upload('biên bản');
    expect(first.statusCode, first.body).toBe(201);
    const stored = await files();
    const retry = await upload('biên bản');
    expect(retry.statusCode, retry.body).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(EvidenceUploadSchema.parse(retry.json())).toEqual(EvidenceUploadSchema.parse(first.json()));
    expectReused(await upload('một tệp khác'));
    expect(await files()).toBe(stored);
  });
});

describe('Idempotency-Key on the one-stop statistics import', () => {
  const csv = (received: number) =>
    Buffer.from(
      [HEADER.join(','), `1,Quận Kiến An,Cấp huyện,01/01/2017,31/12/2017,0,${received},2,5,1,2,0`].join('\r\n'),
    );
  const importCsv = async (key: string, file: Buffer, accept?: string) => {
    const boundary = 'partrack-import';
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="mapping"\r\n\r\n${JSON.stringify(MAPPING)}\r\n`,
      ),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="thong-ke.csv"\r\n\r\n`),
      file,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return context().app.inject({
      method: 'POST',
      url: '/api/v1/imports/dossier-stats',
      headers: {
        ...(await authHeaders(context(), 'noivu')),
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'idempotency-key': key,
        ...(accept ? { accept } : {}),
      },
      payload,
    });
  };
  const batches = () => count(sql`SELECT count(*)::int AS count FROM import_batches`);

  it('imports a file once, replays it as JSON or as the NDJSON done line, and refuses another file under the key', async () => {
    const key = randomUUID();
    const first = await importCsv(key, csv(10));
    expect(first.statusCode, first.body).toBe(200);
    const result = DossierStatsImportResultSchema.parse(first.json());
    const before = await batches();

    const retry = await importCsv(key, csv(10));
    expect(retry.statusCode, retry.body).toBe(200);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(DossierStatsImportResultSchema.parse(retry.json())).toEqual(result);

    const streamed = await importCsv(key, csv(10), DOSSIER_STATS_NDJSON);
    const events = streamed.body
      .trim()
      .split('\n')
      .map((line) => DossierStatsImportEventSchema.parse(JSON.parse(line)));
    expect(events).toEqual([{ type: 'done', result }]);

    expectReused(await importCsv(key, csv(11)));
    const failed = await importCsv(key, csv(11), DOSSIER_STATS_NDJSON);
    expect(DossierStatsImportEventSchema.parse(JSON.parse(failed.body.trim()))).toMatchObject({
      type: 'failed',
      error: { statusCode: 422, code: 'IDEMPOTENCY_KEY_REUSED' },
    });
    expect(await batches()).toBe(before);
  });

  it(`imports once from ${DUPLICATES} duplicates in flight at once`, async () => {
    const key = randomUUID();
    const before = await batches();
    const file = csv(12);
    const responses = await Promise.all(Array.from({ length: DUPLICATES }, () => importCsv(key, file)));
    expect(responses.map((response) => response.statusCode)).toEqual(Array(DUPLICATES).fill(200));
    const batchIds = new Set(
      responses.map((response) => DossierStatsImportResultSchema.parse(response.json()).batchId),
    );
    expect(batchIds.size).toBe(1);
    expect(await batches()).toBe(before + 1);
  });
});
