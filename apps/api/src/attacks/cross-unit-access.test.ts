import { randomUUID } from 'node:crypto';
import {
  DirectiveDetailSchema,
  DirectiveListSchema,
  EvidenceUploadSchema,
  InspectionSchema,
  NotificationListSchema,
} from '@partrack/contracts';
import type { InjectOptions } from 'fastify';
import pino from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../lib/passwords';
import { createNotificationsService } from '../modules/notifications/notifications.service';
import { createUnitsRepository } from '../modules/units/units.repository';
import { createUsersRepository } from '../modules/users/users.repository';
import { authHeaders } from '../testing/auth';
import { useTestApp } from '../testing/test-app';

/**
 * Broken object-level authorisation (OWASP API1:2023, ASVS 5.0 V8.2): people of unit A reach for the
 * records of unit B on every route. Unit B (Gia Lâm, Hà Nội) gets records carrying a secret marker;
 * the attackers are Kiến An's unit officer and an inspector scoped to Hải Phòng. Every registered
 * route needs an entry below, so a new route cannot ship without its cross-unit case.
 */
const SECRET = `GL-SECRET-${randomUUID()}`;
/** A figure value found nowhere else, so a total that includes it gives it away. */
const SECRET_FIGURE = 987_654;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
const BOUNDARY = 'partrack-cross-unit';

type Attacker = 'kienan' | 'bola.inspector';
const attackers: Attacker[] = ['kienan', 'bola.inspector'];

/** Unit B's records, and a record of unit A the attackers may use as a lever. */
type Foreign = {
  unitId: string;
  unitName: string;
  userId: string;
  inspectionId: string;
  directiveId: string;
  fileId: string;
  extensionId: string;
  notificationId: string;
  ownUnitId: string;
  ownInspectionId: string;
  /** Its ETag, so a PATCH of it passes the version check and meets the scope rules. */
  ownEtag: string;
  ownDirectiveId: string;
};

type Probe = (b: Foreign) => InjectOptions;
/** A view of the attacker's own unit A. */
type View = (ownUnitId: string) => InjectOptions;
type CrossUnitCase =
  /** Requests aimed at unit B, the statuses allowed, and a view of A's own whose body B must not change. */
  { probes: Probe[]; allowed: number[]; view?: View } | { notUnitScoped: string };

const denied = [403, 404];
const upload = (name: string): Pick<InjectOptions, 'headers' | 'payload'> => ({
  headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
  payload: Buffer.concat([
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="files"; filename="${name}"\r\n\r\n`),
    PDF,
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]),
});
const statsUpload = (b: Foreign, path: string, mapping: boolean): InjectOptions => ({
  method: 'POST',
  url: `/api/v1/imports/dossier-stats${path}`,
  headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
  payload:
    (mapping
      ? `--${BOUNDARY}\r\nContent-Disposition: form-data; name="mapping"\r\n\r\n${JSON.stringify({ unit: 0, year: 1, received: 2 })}\r\n`
      : '') +
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="tk.csv"\r\n\r\n` +
    `Đơn vị,Năm,Tiếp nhận\r\n${b.unitName},2024,1\r\n--${BOUNDARY}--\r\n`,
});

const cases: Record<string, CrossUnitCase> = {
  'GET /api/docs': { notUnitScoped: 'the API reference is public documentation' },
  'GET /api/docs/static/index.html': { notUnitScoped: 'the API reference is public documentation' },
  'GET /api/docs/static/swagger-initializer.js': { notUnitScoped: 'the API reference is public documentation' },
  'GET /api/docs/json': { notUnitScoped: 'the API reference is public documentation' },
  'GET /api/docs/yaml': { notUnitScoped: 'the API reference is public documentation' },
  'GET /api/docs/static/*': { notUnitScoped: 'the API reference is public documentation' },
  'GET /api/openapi.json': { notUnitScoped: 'the API reference is public documentation' },
  'GET /api/health': { notUnitScoped: 'liveness holds no records' },
  'GET /api/ready': { notUnitScoped: 'readiness holds no records' },
  'POST /api/v1/auth/login': { notUnitScoped: 'acts on the credentials sent, which prove the account' },
  'POST /api/v1/auth/refresh': { notUnitScoped: 'acts on the refresh cookie sent (forged-tokens.test.ts)' },
  'POST /api/v1/auth/logout': { notUnitScoped: 'acts on the refresh cookie sent (forged-tokens.test.ts)' },
  'GET /api/v1/auth/me': { notUnitScoped: "answers the caller's own account only" },
  'POST /api/v1/auth/password': { notUnitScoped: "changes the caller's own password only" },
  'GET /api/v1/users': {
    probes: [(b) => ({ method: 'GET', url: `/api/v1/users?q=gialam&unitId=${b.unitId}` })],
    allowed: [403],
  },
  'POST /api/v1/users': {
    probes: [
      (b) => ({
        method: 'POST',
        url: '/api/v1/users',
        payload: {
          username: 'planted.officer',
          displayName: 'Cài cắm',
          role: 'unit_officer',
          unitId: b.unitId,
          password: 'a-long-password',
        },
      }),
    ],
    allowed: [403],
  },
  'GET /api/v1/users/:id': { probes: [(b) => ({ method: 'GET', url: `/api/v1/users/${b.userId}` })], allowed: [403] },
  'PATCH /api/v1/users/:id': {
    probes: [(b) => ({ method: 'PATCH', url: `/api/v1/users/${b.userId}`, payload: { isActive: false } })],
    allowed: [403],
  },
  'POST /api/v1/users/:id/password': {
    probes: [
      (b) => ({ method: 'POST', url: `/api/v1/users/${b.userId}/password`, payload: { password: 'taken-over-123' } }),
    ],
    allowed: [403],
  },
  // Units are public reference data (ADR 007): reading B's unit is allowed, its records are not in it.
  'GET /api/v1/units': { probes: [() => ({ method: 'GET', url: '/api/v1/units?q=gia%20lam' })], allowed: [200] },
  'GET /api/v1/units/:id': { probes: [(b) => ({ method: 'GET', url: `/api/v1/units/${b.unitId}` })], allowed: [200] },
  'POST /api/v1/units': {
    probes: [
      (b) => ({
        method: 'POST',
        url: '/api/v1/units',
        payload: { name: 'Xã Cài Cắm', shortName: 'Cài Cắm', level: 'commune', parentId: b.unitId },
      }),
    ],
    allowed: [403],
  },
  'PATCH /api/v1/units/:id': {
    probes: [(b) => ({ method: 'PATCH', url: `/api/v1/units/${b.unitId}`, payload: { shortName: 'Đổi tên' } })],
    allowed: [403],
  },
  'GET /api/v1/audit-events': {
    probes: [(b) => ({ method: 'GET', url: `/api/v1/audit-events?entityId=${b.inspectionId}` })],
    allowed: [403],
  },
  'GET /api/v1/inspections': {
    probes: [
      (b) => ({ method: 'GET', url: `/api/v1/inspections?unitId=${b.unitId}` }),
      () => ({ method: 'GET', url: `/api/v1/inspections?q=${SECRET}` }),
    ],
    allowed: [200, 404],
    view: () => ({ method: 'GET', url: '/api/v1/inspections?pageSize=100' }),
  },
  'GET /api/v1/inspections/export': {
    probes: [(b) => ({ method: 'GET', url: `/api/v1/inspections/export?format=csv&unitId=${b.unitId}` })],
    allowed: [200, 404],
    view: () => ({ method: 'GET', url: '/api/v1/inspections/export?format=csv' }),
  },
  'POST /api/v1/inspections': {
    probes: [
      (b) => ({
        method: 'POST',
        url: '/api/v1/inspections',
        payload: { unitId: b.unitId, kind: 'visit', date: '2024-03-01', topic: 'Kiểm tra trái phép' },
      }),
      // Its own unit, but a directive led by B or a figure about B.
      (b) => ({
        method: 'POST',
        url: '/api/v1/inspections',
        payload: {
          unitId: b.ownUnitId,
          kind: 'visit',
          date: '2024-03-01',
          topic: 'Giao việc cho đơn vị khác',
          directives: [{ leadUnitId: b.unitId, text: 'Việc áp đặt' }],
          figures: [{ indicator: 'received', unitId: b.unitId, periodEnd: '2024-02-01', value: 1 }],
        },
      }),
    ],
    allowed: [400, 403, 404],
  },
  'GET /api/v1/inspections/:id': {
    probes: [(b) => ({ method: 'GET', url: `/api/v1/inspections/${b.inspectionId}` })],
    allowed: [404],
  },
  'PATCH /api/v1/inspections/:id': {
    probes: [
      (b) => ({
        method: 'PATCH',
        url: `/api/v1/inspections/${b.inspectionId}`,
        headers: { 'if-match': '"1"' },
        payload: { topic: 'Đã bị sửa' },
      }),
      // Its own inspection, moved into B or naming B's directive to take it over.
      (b) => ({
        method: 'PATCH',
        url: `/api/v1/inspections/${b.ownInspectionId}`,
        headers: { 'if-match': b.ownEtag },
        payload: { unitId: b.unitId },
      }),
      (b) => ({
        method: 'PATCH',
        url: `/api/v1/inspections/${b.ownInspectionId}`,
        headers: { 'if-match': b.ownEtag },
        payload: { directives: [{ id: b.directiveId, leadUnitId: b.ownUnitId, text: 'Chiếm chỉ đạo' }] },
      }),
    ],
    allowed: [400, 403, 404, 428],
  },
  'DELETE /api/v1/inspections/:id': {
    probes: [(b) => ({ method: 'DELETE', url: `/api/v1/inspections/${b.inspectionId}` })],
    allowed: denied,
  },
  'POST /api/v1/inspections/:id/restore': {
    probes: [(b) => ({ method: 'POST', url: `/api/v1/inspections/${b.inspectionId}/restore` })],
    allowed: denied,
  },
  'GET /api/v1/directives': {
    probes: [
      (b) => ({ method: 'GET', url: `/api/v1/directives?unitId=${b.unitId}` }),
      (b) => ({ method: 'GET', url: `/api/v1/directives?inspectionId=${b.inspectionId}` }),
    ],
    allowed: [200, 404],
    view: () => ({ method: 'GET', url: '/api/v1/directives?pageSize=100' }),
  },
  'GET /api/v1/directives/:id': {
    probes: [(b) => ({ method: 'GET', url: `/api/v1/directives/${b.directiveId}` })],
    allowed: [404],
  },
  'POST /api/v1/directives/:id/updates': {
    probes: [
      (b) => ({ method: 'POST', url: `/api/v1/directives/${b.directiveId}/updates`, payload: { text: 'Báo cáo giả' } }),
      // Citing B's evidence file from a directive of its own.
      (b) => ({
        method: 'POST',
        url: `/api/v1/directives/${b.ownDirectiveId}/updates`,
        payload: { text: 'Mượn tệp', evidenceFileIds: [b.fileId] },
      }),
    ],
    allowed: [400, 403, 404],
  },
  'POST /api/v1/directives/:id/review': {
    probes: [
      (b) => ({ method: 'POST', url: `/api/v1/directives/${b.directiveId}/review`, payload: { decision: 'accept' } }),
    ],
    allowed: denied,
  },
  'POST /api/v1/directives/:id/extensions': {
    probes: [
      (b) => ({
        method: 'POST',
        url: `/api/v1/directives/${b.directiveId}/extensions`,
        payload: { requestedDueDate: '2099-01-01', reason: 'Xin hộ' },
      }),
    ],
    allowed: denied,
  },
  'POST /api/v1/directives/:id/extensions/:extensionId/decision': {
    probes: [
      (b) => ({
        method: 'POST',
        url: `/api/v1/directives/${b.directiveId}/extensions/${b.extensionId}/decision`,
        payload: { decision: 'reject' },
      }),
      (b) => ({
        method: 'POST',
        url: `/api/v1/directives/${b.ownDirectiveId}/extensions/${b.extensionId}/decision`,
        payload: { decision: 'reject' },
      }),
    ],
    allowed: denied,
  },
  'POST /api/v1/directives/:id/evidence': {
    probes: [(b) => ({ method: 'POST', url: `/api/v1/directives/${b.directiveId}/evidence`, ...upload('x.pdf') })],
    allowed: denied,
  },
  'GET /api/v1/directives/:id/evidence/:fileId': {
    probes: [
      (b) => ({ method: 'GET', url: `/api/v1/directives/${b.directiveId}/evidence/${b.fileId}` }),
      // B's file asked for under a directive the attacker may see.
      (b) => ({ method: 'GET', url: `/api/v1/directives/${b.ownDirectiveId}/evidence/${b.fileId}` }),
    ],
    allowed: [404],
  },
  'GET /api/v1/notifications': {
    probes: [() => ({ method: 'GET', url: '/api/v1/notifications?pageSize=100' })],
    allowed: [200],
    view: () => ({ method: 'GET', url: '/api/v1/notifications?pageSize=100' }),
  },
  'POST /api/v1/notifications/:id/read': {
    probes: [(b) => ({ method: 'POST', url: `/api/v1/notifications/${b.notificationId}/read` })],
    allowed: [200, 404],
  },
  'POST /api/v1/notifications/read-all': {
    probes: [() => ({ method: 'POST', url: '/api/v1/notifications/read-all' })],
    allowed: [200],
  },
  'GET /api/v1/dashboard/on-time-rates': {
    probes: [
      (b) => ({ method: 'GET', url: `/api/v1/dashboard/on-time-rates?parentId=${b.unitId}` }),
      (b) => ({ method: 'GET', url: `/api/v1/dashboard/on-time-rates?parentId=${b.unitId}&sources=true` }),
    ],
    allowed: [404],
    view: () => ({ method: 'GET', url: '/api/v1/dashboard/on-time-rates?sources=true' }),
  },
  'GET /api/v1/dashboard/task-completion': {
    probes: [(b) => ({ method: 'GET', url: `/api/v1/dashboard/task-completion?parentId=${b.unitId}` })],
    allowed: [404],
    view: () => ({ method: 'GET', url: '/api/v1/dashboard/task-completion' }),
  },
  'GET /api/v1/dashboard/trends': {
    probes: [
      (b) => ({
        method: 'GET',
        url: `/api/v1/dashboard/trends?unitId=${b.unitId}&indicator=received&granularity=year`,
      }),
    ],
    allowed: [404],
    view: (ownUnitId) => ({
      method: 'GET',
      url: `/api/v1/dashboard/trends?unitId=${ownUnitId}&indicator=received&granularity=year`,
    }),
  },
  'GET /api/v1/dashboard/summary': {
    probes: [(b) => ({ method: 'GET', url: `/api/v1/dashboard/summary?parentId=${b.unitId}` })],
    allowed: [404],
    view: () => ({ method: 'GET', url: '/api/v1/dashboard/summary' }),
  },
  // Reading a report into a draft stores nothing and looks up public unit names only.
  'POST /api/v1/imports/report-text': {
    probes: [
      (b) => ({
        method: 'POST',
        url: '/api/v1/imports/report-text',
        payload: { text: `Sáng 18-12, đoàn kiểm tra đã làm việc với UBND ${b.unitName} về công tác CCHC.` },
      }),
    ],
    allowed: [200, 403],
  },
  'POST /api/v1/imports/dossier-stats/preview': {
    probes: [(b) => statsUpload(b, '/preview', false)],
    allowed: [200, 403],
  },
  'POST /api/v1/imports/dossier-stats': { probes: [(b) => statsUpload(b, '', true)], allowed: [400, 403] },
};

const context = useTestApp({ demoData: true });
const silent = pino({ level: 'silent' });

async function as(username: string, request: InjectOptions) {
  const headers = { ...request.headers, ...(await authHeaders(context(), username)) };
  return context().app.inject({ ...request, headers });
}

async function ok<T>(schema: { parse: (value: unknown) => T }, username: string, request: InjectOptions) {
  const response = await as(username, request);
  expect(response.statusCode, response.body.slice(0, 300)).toBeLessThan(300);
  return schema.parse(response.json());
}

async function unitIdNamed(q: string, name: string) {
  const { rows } = await createUnitsRepository(context().database.db).list({ q, page: 1, pageSize: 10 });
  const unit = rows.find((row) => row.name === name);
  if (!unit) throw new Error(`No unit ${name}`);
  return unit.id;
}

const views = Object.entries(cases).flatMap(([route, entry]) =>
  'view' in entry && entry.view ? [{ route, view: entry.view }] : [],
);

/** What each attacker's own views answered before unit B had its records. */
const before = new Map<string, string>();
let b: Foreign;
let adminViewOfB: string[];

async function readB() {
  return Promise.all(
    [`/api/v1/inspections/${b.inspectionId}`, `/api/v1/directives/${b.directiveId}`].map(
      async (url) => (await as('admin', { method: 'GET', url })).body,
    ),
  );
}

beforeAll(async () => {
  const { db } = context().database;
  const haiPhong = await unitIdNamed('hai phong', 'Thành phố Hải Phòng');
  await createUsersRepository(db).insert({
    username: 'bola.inspector',
    displayName: 'Thanh tra HP',
    role: 'inspector',
    unitId: haiPhong,
    passwordHash: await hashPassword('bola-password-1'),
  });
  const ownUnitId = await unitIdNamed('kien an', 'Quận Kiến An');
  const ownInspection = await ok(InspectionSchema, 'admin', {
    method: 'POST',
    url: '/api/v1/inspections',
    payload: {
      unitId: ownUnitId,
      kind: 'visit',
      date: '2024-06-04',
      topic: 'Đòn bẩy của đơn vị A',
      directives: [{ leadUnitId: ownUnitId, text: 'Việc của A', dueDate: '2024-07-01' }],
    },
  });
  const ownDirective = (
    await ok(DirectiveListSchema, 'kienan', {
      method: 'GET',
      url: `/api/v1/directives?inspectionId=${ownInspection.id}`,
    })
  ).items[0];
  const reminders = createNotificationsService({ db });
  await reminders.runReminders(silent);
  for (const attacker of attackers) {
    for (const { route, view } of views) before.set(`${attacker} ${route}`, (await as(attacker, view(ownUnitId))).body);
  }

  const unitId = await unitIdNamed('gia lam', 'Huyện Gia Lâm');
  const inspection = await ok(InspectionSchema, 'admin', {
    method: 'POST',
    url: '/api/v1/inspections',
    payload: {
      unitId,
      kind: 'visit',
      date: '2024-06-03',
      topic: `Kiểm tra ${SECRET}`,
      findings: [{ kind: 'limitation', text: `Hạn chế ${SECRET}` }],
      figures: [{ indicator: 'received', periodStart: '2024-01-01', periodEnd: '2024-05-31', value: SECRET_FIGURE }],
      directives: [{ leadUnitId: unitId, text: `Chỉ đạo ${SECRET}`, dueDate: '2024-07-01' }],
    },
  });
  const directiveId = inspection.directives[0]?.id as string;
  const [file] = (
    await ok(EvidenceUploadSchema, 'gialam', {
      method: 'POST',
      url: `/api/v1/directives/${directiveId}/evidence`,
      ...upload(`${SECRET}.pdf`),
    })
  ).files;
  await ok(DirectiveDetailSchema, 'gialam', {
    method: 'POST',
    url: `/api/v1/directives/${directiveId}/updates`,
    payload: { text: `Tiến độ ${SECRET}`, percentDone: 40, evidenceFileIds: [file?.id] },
  });
  const detail = await ok(DirectiveDetailSchema, 'gialam', {
    method: 'POST',
    url: `/api/v1/directives/${directiveId}/extensions`,
    payload: { requestedDueDate: '2099-01-01', reason: `Lý do ${SECRET}` },
  });
  const extension = detail.timeline.find((event) => event.type === 'extension');
  await reminders.runReminders(silent);
  const notifications = await ok(NotificationListSchema, 'gialam', {
    method: 'GET',
    url: '/api/v1/notifications?pageSize=100',
  });
  const notification = notifications.items.find((item) => item.directiveId === directiveId);

  const user = await createUsersRepository(db).findByUsername('gialam');
  if (!file || !extension || !notification || !ownDirective || !user) throw new Error('unit B was not set up');
  b = {
    unitId,
    unitName: 'Huyện Gia Lâm',
    userId: user.id,
    inspectionId: inspection.id,
    directiveId,
    fileId: file.id,
    extensionId: extension.id,
    notificationId: notification.id,
    ownUnitId,
    ownInspectionId: ownInspection.id,
    ownEtag: `"${ownInspection.version}"`,
    ownDirectiveId: ownDirective.id,
  };
  adminViewOfB = await readB();
});

/** B's marker, its figure and the ids of its records, unless the request itself named them. */
function secretsNotIn(request: InjectOptions): string[] {
  const sent = `${request.url} ${typeof request.payload === 'string' ? request.payload : JSON.stringify(request.payload ?? '')}`;
  return [
    SECRET,
    String(SECRET_FIGURE),
    b.userId,
    b.inspectionId,
    b.directiveId,
    b.fileId,
    b.extensionId,
    b.notificationId,
  ].filter((secret) => !sent.includes(secret));
}

const probeCases = Object.entries(cases).flatMap(([route, entry]) =>
  'probes' in entry
    ? attackers.flatMap((attacker) =>
        entry.probes.map((probe, index) => ({ route, attacker, probe, index, allowed: entry.allowed })),
      )
    : [],
);

describe('object-level access across units', () => {
  it('has a cross-unit case for every registered API route, and none for a route that does not exist', () => {
    const registered = context().app.apiRoutes.map((route) => `${route.method} ${route.url}`);
    expect([...registered].sort()).toEqual(Object.keys(cases).sort());
  });

  it.each(attackers.flatMap((attacker) => views.map((view) => ({ attacker, ...view }))))(
    "$route answers $attacker exactly as before unit B's records existed (before any probe)",
    async ({ attacker, route, view }) => {
      const response = await as(attacker, view(b.ownUnitId));
      expect(response.statusCode).toBe(200);
      expect(response.body).toBe(before.get(`${attacker} ${route}`));
    },
  );

  it.each(probeCases)(
    '$route: $attacker is refused unit B (probe $index) and sees none of its data',
    async ({ attacker, probe, allowed }) => {
      const request = probe(b);
      const response = await as(attacker, request);
      expect(allowed, response.body.slice(0, 300)).toContain(response.statusCode);
      expect(response.statusCode).toBeLessThan(500);
      for (const secret of secretsNotIn(request)) expect(response.body).not.toContain(secret);
    },
  );

  it("leaves unit B's records and unread notifications as they were", async () => {
    expect(await readB()).toEqual(adminViewOfB);
    const notifications = await ok(NotificationListSchema, 'gialam', {
      method: 'GET',
      url: '/api/v1/notifications?pageSize=100',
    });
    expect(notifications.items.find((item) => item.id === b.notificationId)?.readAt).toBeNull();
    const officers = await ok(DirectiveListSchema, 'admin', {
      method: 'GET',
      url: `/api/v1/directives?inspectionId=${b.inspectionId}`,
    });
    expect(officers.items).toHaveLength(1);
  });
});
