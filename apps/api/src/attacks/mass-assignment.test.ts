import { AuditEventListSchema, ErrorResponseSchema, InspectionSchema, UserSchema } from '@partrack/contracts';
import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../db/demo/demo-users';
import { authHeaders } from '../testing/auth';
import { useTestApp } from '../testing/test-app';

/**
 * Mass assignment (OWASP API3:2023 broken object property level authorisation, ASVS 5.0 V15.3): a
 * write body carrying fields the client must not set (owner, unit, version, timestamps, flags) is a
 * 400 naming the field, and nothing is stored. Every write route needs an entry, so a new one cannot
 * ship without its case.
 */
const FORBIDDEN = {
  id: '00000000-0000-4000-8000-000000000001',
  role: 'admin',
  unitId: '00000000-0000-4000-8000-000000000002',
  version: 99,
  loggedBy: '00000000-0000-4000-8000-000000000003',
  createdAt: '2000-01-01T00:00:00.000Z',
  updatedAt: '2000-01-01T00:00:00.000Z',
  deletedAt: '2000-01-01T00:00:00.000Z',
  isActive: false,
  sessionVersion: 0,
  passwordHash: 'x',
  completedOn: '2000-01-01',
  status: 'approved',
  uploadedBy: '00000000-0000-4000-8000-000000000004',
} as const;
type Field = keyof typeof FORBIDDEN;

/** Ids of real records, so a write that got through would show on reading them back. */
type Targets = { userId: string; unitId: string; inspectionId: string; directiveId: string; extensionId: string };

type WriteCase =
  /** Who sends it, a body the contract accepts, and the fields that body may itself legitimately hold. */
  { as: string; request: (t: Targets) => InjectOptions; allows?: Field[] } | { noJsonBody: string };

const cases: Record<string, WriteCase> = {
  'POST /api/v1/auth/login': {
    as: 'anonymous',
    request: () => ({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'kienan', password: DEMO_PASSWORD },
    }),
  },
  'POST /api/v1/auth/refresh': { noJsonBody: 'reads the refresh cookie only' },
  'POST /api/v1/auth/logout': { noJsonBody: 'reads the refresh cookie only' },
  'POST /api/v1/auth/password': {
    as: 'kienan',
    request: () => ({
      method: 'POST',
      url: '/api/v1/auth/password',
      payload: { currentPassword: DEMO_PASSWORD, newPassword: 'a-brand-new-password' },
    }),
  },
  'POST /api/v1/users': {
    as: 'admin',
    request: (t) => ({
      method: 'POST',
      url: '/api/v1/users',
      payload: {
        username: 'mass.assign',
        displayName: 'Gán hàng loạt',
        role: 'unit_officer',
        unitId: t.unitId,
        password: 'a-long-password',
      },
    }),
    allows: ['role', 'unitId'],
  },
  'PATCH /api/v1/users/:id': {
    as: 'admin',
    request: (t) => ({ method: 'PATCH', url: `/api/v1/users/${t.userId}`, payload: { displayName: 'Đổi tên' } }),
    allows: ['role', 'unitId', 'isActive'],
  },
  'POST /api/v1/users/:id/password': {
    as: 'admin',
    request: (t) => ({
      method: 'POST',
      url: `/api/v1/users/${t.userId}/password`,
      payload: { password: 'reset-pw-123' },
    }),
  },
  'POST /api/v1/units': {
    as: 'admin',
    request: () => ({
      method: 'POST',
      url: '/api/v1/units',
      payload: { name: 'Xã Gán Hàng Loạt', shortName: 'Gán', level: 'commune' },
    }),
  },
  'PATCH /api/v1/units/:id': {
    as: 'admin',
    request: (t) => ({ method: 'PATCH', url: `/api/v1/units/${t.unitId}`, payload: { shortName: 'Đổi' } }),
  },
  'POST /api/v1/inspections': {
    as: 'admin',
    request: (t) => ({
      method: 'POST',
      url: '/api/v1/inspections',
      payload: { unitId: t.unitId, kind: 'visit', date: '2024-01-05', topic: 'Gán hàng loạt' },
    }),
    allows: ['unitId'],
  },
  'PATCH /api/v1/inspections/:id': {
    as: 'admin',
    request: (t) => ({ method: 'PATCH', url: `/api/v1/inspections/${t.inspectionId}`, payload: { topic: 'Đổi' } }),
    allows: ['unitId'],
  },
  'DELETE /api/v1/inspections/:id': { noJsonBody: 'takes no body' },
  'POST /api/v1/inspections/:id/restore': { noJsonBody: 'takes no body' },
  'POST /api/v1/directives/:id/updates': {
    as: 'admin',
    request: (t) => ({
      method: 'POST',
      url: `/api/v1/directives/${t.directiveId}/updates`,
      payload: { text: 'Tiến độ' },
    }),
  },
  'POST /api/v1/directives/:id/review': {
    as: 'admin',
    request: (t) => ({
      method: 'POST',
      url: `/api/v1/directives/${t.directiveId}/review`,
      payload: { decision: 'accept' },
    }),
  },
  'POST /api/v1/directives/:id/extensions': {
    as: 'admin',
    request: (t) => ({
      method: 'POST',
      url: `/api/v1/directives/${t.directiveId}/extensions`,
      payload: { requestedDueDate: '2099-01-01', reason: 'Cần thêm thời gian' },
    }),
  },
  'POST /api/v1/directives/:id/extensions/:extensionId/decision': {
    as: 'admin',
    request: (t) => ({
      method: 'POST',
      url: `/api/v1/directives/${t.directiveId}/extensions/${t.extensionId}/decision`,
      payload: { decision: 'approve' },
    }),
  },
  'POST /api/v1/directives/:id/evidence': {
    noJsonBody: 'multipart files only: a form field is a 413 (uploads-and-bodies.test.ts)',
  },
  'POST /api/v1/notifications/:id/read': { noJsonBody: 'takes no body' },
  'POST /api/v1/notifications/read-all': { noJsonBody: 'takes no body' },
  'POST /api/v1/imports/report-text': {
    as: 'admin',
    request: () => ({
      method: 'POST',
      url: '/api/v1/imports/report-text',
      payload: { text: 'Sáng 18-12, đoàn kiểm tra đã làm việc với UBND quận Kiến An.' },
    }),
  },
  'POST /api/v1/imports/dossier-stats/preview': {
    noJsonBody: 'multipart: a file and a column mapping keyed by an enum of columns',
  },
  'POST /api/v1/imports/dossier-stats': {
    noJsonBody: 'multipart: a file and a column mapping keyed by an enum of columns',
  },
};

/** Fields nested in an inspection's children, which must not set ids, owners or completion either. */
const nestedInspectionProbes = [
  { path: 'findings[0]', payload: { findings: [{ kind: 'strength', text: 'Tốt', id: FORBIDDEN.id }] } },
  {
    path: 'figures[0]',
    payload: {
      figures: [{ indicator: 'received', periodEnd: '2023-12-31', value: 1, createdAt: FORBIDDEN.createdAt }],
    },
  },
  {
    path: 'directives[0]',
    payload: { directives: [{ text: 'Việc', completedOn: FORBIDDEN.completedOn }] },
  },
  {
    path: 'leader',
    payload: { leader: { name: 'Ông A', loggedBy: FORBIDDEN.loggedBy } },
  },
];

const context = useTestApp({ demoData: true });
let targets: Targets;

async function send(username: string, request: InjectOptions) {
  const headers = username === 'anonymous' ? {} : await authHeaders(context(), username);
  return context().app.inject({ ...request, headers: { ...request.headers, ...headers } });
}

/** Every change appends an audit event in its own transaction: an unchanged count means nothing was stored. */
async function auditTotal(): Promise<number> {
  const response = await send('admin', { method: 'GET', url: '/api/v1/audit-events?pageSize=1' });
  return AuditEventListSchema.parse(response.json()).total;
}

async function readBack(): Promise<unknown[]> {
  return Promise.all([
    send('admin', { method: 'GET', url: `/api/v1/users/${targets.userId}` }).then((r) => UserSchema.parse(r.json())),
    send('admin', { method: 'GET', url: `/api/v1/inspections/${targets.inspectionId}` }).then((r) =>
      InspectionSchema.parse(r.json()),
    ),
    send('admin', { method: 'GET', url: `/api/v1/units/${targets.unitId}` }).then((r) => r.json()),
    send('admin', { method: 'GET', url: `/api/v1/directives/${targets.directiveId}` }).then((r) => r.json()),
  ]);
}

let auditBefore: number;
let recordsBefore: unknown[];

beforeAll(async () => {
  const users = await send('admin', { method: 'GET', url: '/api/v1/users?q=kienan' });
  const kienan = users.json().items[0];
  const unitId: string = kienan.unit.id;
  const inspection = InspectionSchema.parse(
    (
      await send('admin', {
        method: 'POST',
        url: '/api/v1/inspections',
        payload: {
          unitId,
          kind: 'visit',
          date: '2024-02-02',
          topic: 'Mục tiêu',
          directives: [{ leadUnitId: unitId, text: 'Việc', dueDate: '2024-05-01' }],
        },
      })
    ).json(),
  );
  const directiveId = inspection.directives[0]?.id as string;
  const extension = await send('kienan', {
    method: 'POST',
    url: `/api/v1/directives/${directiveId}/extensions`,
    payload: { requestedDueDate: '2099-01-01', reason: 'Chờ' },
  });
  const extensionId = extension.json().timeline.find((event: { type: string }) => event.type === 'extension').id;
  targets = { userId: kienan.id, unitId, inspectionId: inspection.id, directiveId, extensionId };
  auditBefore = await auditTotal();
  recordsBefore = await readBack();
});

const probes = Object.entries(cases).flatMap(([route, entry]) =>
  'request' in entry
    ? (Object.keys(FORBIDDEN) as Field[])
        .filter((field) => !entry.allows?.includes(field))
        .map((field) => ({ route, field, entry }))
    : [],
);

function namesField(body: unknown, field: string): boolean {
  const { issues = [] } = ErrorResponseSchema.parse(body);
  return issues.some((issue) => issue.path.includes(field) || issue.message.includes(field));
}

describe('mass assignment', () => {
  it('has a case for every registered write route', () => {
    const writes = context()
      .app.apiRoutes.filter((route) => !['GET', 'HEAD', 'OPTIONS'].includes(route.method))
      .map((route) => `${route.method} ${route.url}`);
    expect([...writes].sort()).toEqual(Object.keys(cases).sort());
  });

  it.each(probes)('$route refuses a body that sets $field with 400 naming it', async ({ field, entry }) => {
    const request = entry.request(targets);
    const payload = { ...(request.payload as object), [field]: FORBIDDEN[field] };
    const response = await send(entry.as, { ...request, payload });
    expect(response.statusCode, response.body.slice(0, 300)).toBe(400);
    expect(namesField(response.json(), field), response.body).toBe(true);
  });

  it.each(nestedInspectionProbes)('refuses an inspection whose $path sets a field it may not', async ({ payload }) => {
    const response = await send('admin', {
      method: 'POST',
      url: '/api/v1/inspections',
      payload: { unitId: targets.unitId, kind: 'visit', date: '2024-01-05', topic: 'Lồng nhau', ...payload },
    });
    expect(response.statusCode, response.body.slice(0, 300)).toBe(400);
    const forbidden = Object.keys(payload).flatMap((key) =>
      Object.keys(FORBIDDEN).filter((field) => JSON.stringify(payload[key as keyof typeof payload]).includes(field)),
    );
    expect(
      forbidden.some((field) => namesField(response.json(), field)),
      response.body,
    ).toBe(true);
  });

  it('stored nothing: no audit event was added and the records read back unchanged', async () => {
    expect(await auditTotal()).toBe(auditBefore);
    expect(await readBack()).toEqual(recordsBefore);
  });
});
