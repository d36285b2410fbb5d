import { CreateInspectionBodySchema } from '@partrack/contracts';
import type { InjectOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createLocalFileStorage } from './lib/file-storage';
import { hashPassword } from './lib/passwords';
import { createDirectivesRepository } from './modules/directives/directives.repository';
import { createInspectionsRepository } from './modules/inspections/inspections.repository';
import { createUnitsRepository } from './modules/units/units.repository';
import { createUsersRepository } from './modules/users/users.repository';
import { authHeaders } from './testing/auth';
import { useTestApp } from './testing/test-app';

/**
 * The route × role × own/foreign-unit matrix. Every registered API route must have an entry, so a
 * new route cannot ship without its policy being tested. Subjects act on an object inside their
 * scope (own) and outside it (foreign).
 */
type Subject = 'anonymous' | 'admin' | 'inspector' | 'leader' | 'unit_officer';
type Ownership = 'own' | 'foreign';
type Target = { unitId: string; userId: string; inspectionId: string; directiveId: string };
type Helpers = {
  /** The ETag an editor would hold for the inspection now. */
  etagOf: (inspectionId: string) => Promise<string>;
  /** A new inspection of the unit, for requests that use it up (deleting it). */
  newInspection: (unitId: string) => Promise<string>;
  /** A new open directive of the unit, with no answers yet. */
  newDirective: (unitId: string) => Promise<string>;
  /** A new directive of the unit with an extension request waiting for a decision. */
  newPendingExtension: (unitId: string) => Promise<{ directiveId: string; extensionId: string }>;
  /** A new directive of the unit with one stored evidence file. */
  newEvidence: (unitId: string) => Promise<{ directiveId: string; fileId: string }>;
};

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
const BOUNDARY = 'partrack-matrix';
const pdfUpload = {
  headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
  payload: Buffer.concat([
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="files"; filename="a.pdf"\r\n\r\n`),
    PDF,
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]),
};
type Entry = {
  request: (target: Target, run: number, helpers: Helpers) => InjectOptions | Promise<InjectOptions>;
  /** Expected status per subject; `foreign` overrides it for objects outside the subject's scope. */
  expect: Record<Subject, number> & { foreign?: Partial<Record<Subject, number>> };
};

const everyone = (status: number) => ({
  anonymous: status,
  admin: status,
  inspector: status,
  leader: status,
  unit_officer: status,
});
const adminOnly = (adminStatus: number) => ({
  anonymous: 401,
  admin: adminStatus,
  inspector: 403,
  leader: 403,
  unit_officer: 403,
});
const signedIn = (status: number) => ({ ...everyone(status), anonymous: 401 });
const editorsOnly = (status: number) => ({ ...adminOnly(status), inspector: status });

const matrix: Record<string, Entry> = {
  'GET /api/docs': { request: () => ({ method: 'GET', url: '/api/docs' }), expect: everyone(200) },
  // Swagger UI redirects its static index to /api/docs.
  'GET /api/docs/static/index.html': {
    request: () => ({ method: 'GET', url: '/api/docs/static/index.html' }),
    expect: everyone(302),
  },
  'GET /api/docs/static/swagger-initializer.js': {
    request: () => ({ method: 'GET', url: '/api/docs/static/swagger-initializer.js' }),
    expect: everyone(200),
  },
  'GET /api/docs/json': { request: () => ({ method: 'GET', url: '/api/docs/json' }), expect: everyone(200) },
  'GET /api/docs/yaml': { request: () => ({ method: 'GET', url: '/api/docs/yaml' }), expect: everyone(200) },
  'GET /api/docs/static/*': {
    request: () => ({ method: 'GET', url: '/api/docs/static/swagger-ui.css' }),
    expect: everyone(200),
  },
  'GET /api/openapi.json': { request: () => ({ method: 'GET', url: '/api/openapi.json' }), expect: everyone(200) },
  'GET /api/health': { request: () => ({ method: 'GET', url: '/api/health' }), expect: everyone(200) },
  'GET /api/ready': { request: () => ({ method: 'GET', url: '/api/ready' }), expect: everyone(200) },
  'POST /api/v1/auth/login': {
    request: () => ({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'matrix', password: 'wrong-password' },
    }),
    expect: everyone(401),
  },
  'POST /api/v1/auth/refresh': {
    request: () => ({ method: 'POST', url: '/api/v1/auth/refresh' }),
    expect: everyone(401),
  },
  'POST /api/v1/auth/logout': {
    request: () => ({ method: 'POST', url: '/api/v1/auth/logout' }),
    expect: everyone(204),
  },
  'GET /api/v1/auth/me': { request: () => ({ method: 'GET', url: '/api/v1/auth/me' }), expect: signedIn(200) },
  'POST /api/v1/auth/password': {
    request: () => ({
      method: 'POST',
      url: '/api/v1/auth/password',
      payload: { currentPassword: 'not-my-password', newPassword: 'a-new-long-password' },
    }),
    expect: signedIn(400),
  },
  'GET /api/v1/users': { request: () => ({ method: 'GET', url: '/api/v1/users' }), expect: adminOnly(200) },
  'POST /api/v1/users': {
    request: (target, run) => ({
      method: 'POST',
      url: '/api/v1/users',
      payload: {
        username: `matrix.${run}`,
        displayName: 'Matrix',
        role: 'unit_officer',
        unitId: target.unitId,
        password: 'a-long-password',
      },
    }),
    expect: adminOnly(201),
  },
  'GET /api/v1/users/:id': {
    request: (target) => ({ method: 'GET', url: `/api/v1/users/${target.userId}` }),
    expect: adminOnly(200),
  },
  'PATCH /api/v1/users/:id': {
    request: (target) => ({
      method: 'PATCH',
      url: `/api/v1/users/${target.userId}`,
      payload: { displayName: 'Đã sửa' },
    }),
    expect: adminOnly(200),
  },
  'POST /api/v1/users/:id/password': {
    request: (target) => ({
      method: 'POST',
      url: `/api/v1/users/${target.userId}/password`,
      payload: { password: 'reset-long-password' },
    }),
    expect: adminOnly(204),
  },
  // Administrative units are public reference data.
  'GET /api/v1/units': { request: () => ({ method: 'GET', url: '/api/v1/units' }), expect: everyone(200) },
  'GET /api/v1/units/:id': {
    request: (target) => ({ method: 'GET', url: `/api/v1/units/${target.unitId}` }),
    expect: everyone(200),
  },
  'POST /api/v1/units': {
    request: (_target, run) => ({
      method: 'POST',
      url: '/api/v1/units',
      payload: { name: `Tỉnh Ma Trận ${run}`, shortName: `Ma Trận ${run}`, level: 'province' },
    }),
    expect: adminOnly(201),
  },
  'PATCH /api/v1/units/:id': {
    request: (target) => ({ method: 'PATCH', url: `/api/v1/units/${target.unitId}`, payload: { validFrom: null } }),
    expect: adminOnly(200),
  },
  'GET /api/v1/audit-events': {
    request: () => ({ method: 'GET', url: '/api/v1/audit-events' }),
    expect: adminOnly(200),
  },
  // Inspections are scoped: outside a user's unit they do not exist (404).
  'GET /api/v1/inspections': { request: () => ({ method: 'GET', url: '/api/v1/inspections' }), expect: signedIn(200) },
  'GET /api/v1/inspections/export': {
    request: () => ({ method: 'GET', url: '/api/v1/inspections/export?format=csv' }),
    expect: signedIn(200),
  },
  'POST /api/v1/inspections': {
    request: (target, run) => ({
      method: 'POST',
      url: '/api/v1/inspections',
      payload: { unitId: target.unitId, kind: 'visit', date: '2021-01-01', topic: `Kiểm tra ma trận ${run}` },
    }),
    expect: { ...editorsOnly(201), foreign: { inspector: 403 } },
  },
  'GET /api/v1/inspections/:id': {
    request: (target) => ({ method: 'GET', url: `/api/v1/inspections/${target.inspectionId}` }),
    expect: { ...signedIn(200), foreign: { inspector: 404, leader: 404, unit_officer: 404 } },
  },
  'PATCH /api/v1/inspections/:id': {
    request: async (target, run, { etagOf }) => ({
      method: 'PATCH',
      url: `/api/v1/inspections/${target.inspectionId}`,
      headers: { 'if-match': await etagOf(target.inspectionId) },
      payload: { topic: `Đã sửa ${run}` },
    }),
    expect: { ...editorsOnly(200), foreign: { inspector: 404 } },
  },
  'DELETE /api/v1/inspections/:id': {
    request: async (target, _run, { newInspection }) => ({
      method: 'DELETE',
      url: `/api/v1/inspections/${await newInspection(target.unitId)}`,
    }),
    expect: { ...editorsOnly(204), foreign: { inspector: 404 } },
  },
  'GET /api/v1/directives': { request: () => ({ method: 'GET', url: '/api/v1/directives' }), expect: signedIn(200) },
  'GET /api/v1/directives/:id': {
    request: (target) => ({ method: 'GET', url: `/api/v1/directives/${target.directiveId}` }),
    expect: { ...signedIn(200), foreign: { inspector: 404, leader: 404, unit_officer: 404 } },
  },
  'POST /api/v1/directives/:id/updates': {
    request: async (target, _run, { newDirective }) => ({
      method: 'POST',
      url: `/api/v1/directives/${await newDirective(target.unitId)}/updates`,
      payload: { text: 'Đang thực hiện', percentDone: 30 },
    }),
    expect: { ...adminOnly(201), unit_officer: 201, foreign: { unit_officer: 404 } },
  },
  'POST /api/v1/directives/:id/review': {
    // Nothing awaits review on a new directive: the roles allowed meet a 409, the others a 403.
    request: async (target, _run, { newDirective }) => ({
      method: 'POST',
      url: `/api/v1/directives/${await newDirective(target.unitId)}/review`,
      payload: { decision: 'accept' },
    }),
    expect: { ...adminOnly(409), inspector: 409, foreign: { inspector: 404 } },
  },
  'POST /api/v1/directives/:id/extensions': {
    request: async (target, _run, { newDirective }) => ({
      method: 'POST',
      url: `/api/v1/directives/${await newDirective(target.unitId)}/extensions`,
      payload: { requestedDueDate: '2099-12-31', reason: 'Cần thêm thời gian' },
    }),
    expect: { ...adminOnly(201), unit_officer: 201, foreign: { unit_officer: 404 } },
  },
  'POST /api/v1/directives/:id/extensions/:extensionId/decision': {
    request: async (target, _run, { newPendingExtension }) => {
      const { directiveId, extensionId } = await newPendingExtension(target.unitId);
      return {
        method: 'POST',
        url: `/api/v1/directives/${directiveId}/extensions/${extensionId}/decision`,
        payload: { decision: 'approve' },
      };
    },
    expect: { ...adminOnly(200), leader: 200, foreign: { leader: 404 } },
  },
  'POST /api/v1/directives/:id/evidence': {
    request: async (target, _run, { newDirective }) => ({
      method: 'POST',
      url: `/api/v1/directives/${await newDirective(target.unitId)}/evidence`,
      ...pdfUpload,
    }),
    expect: { ...adminOnly(201), unit_officer: 201, foreign: { unit_officer: 404 } },
  },
  'GET /api/v1/directives/:id/evidence/:fileId': {
    request: async (target, _run, { newEvidence }) => {
      const { directiveId, fileId } = await newEvidence(target.unitId);
      return { method: 'GET', url: `/api/v1/directives/${directiveId}/evidence/${fileId}` };
    },
    expect: { ...signedIn(200), foreign: { inspector: 404, leader: 404, unit_officer: 404 } },
  },
  // Everyone reads only their own notifications; someone else's id marks nothing.
  'GET /api/v1/notifications': {
    request: () => ({ method: 'GET', url: '/api/v1/notifications' }),
    expect: signedIn(200),
  },
  'POST /api/v1/notifications/:id/read': {
    request: () => ({ method: 'POST', url: '/api/v1/notifications/00000000-0000-4000-8000-000000000000/read' }),
    expect: signedIn(200),
  },
  'POST /api/v1/notifications/read-all': {
    request: () => ({ method: 'POST', url: '/api/v1/notifications/read-all' }),
    expect: signedIn(200),
  },
  'POST /api/v1/inspections/:id/restore': {
    request: (target) => ({ method: 'POST', url: `/api/v1/inspections/${target.inspectionId}/restore` }),
    expect: adminOnly(200),
  },
  // The dashboard reads anyone's scope; another unit's subtree or trend does not exist for them (404).
  'GET /api/v1/dashboard/on-time-rates': {
    request: (target) => ({ method: 'GET', url: `/api/v1/dashboard/on-time-rates?parentId=${target.unitId}` }),
    expect: { ...signedIn(200), foreign: { inspector: 404, leader: 404, unit_officer: 404 } },
  },
  'GET /api/v1/dashboard/task-completion': {
    request: (target) => ({ method: 'GET', url: `/api/v1/dashboard/task-completion?parentId=${target.unitId}` }),
    expect: { ...signedIn(200), foreign: { inspector: 404, leader: 404, unit_officer: 404 } },
  },
  'GET /api/v1/dashboard/trends': {
    request: (target) => ({
      method: 'GET',
      url: `/api/v1/dashboard/trends?unitId=${target.unitId}&indicator=received&granularity=year`,
    }),
    expect: { ...signedIn(200), foreign: { inspector: 404, leader: 404, unit_officer: 404 } },
  },
  'GET /api/v1/dashboard/summary': {
    request: (target) => ({ method: 'GET', url: `/api/v1/dashboard/summary?parentId=${target.unitId}` }),
    expect: { ...signedIn(200), foreign: { inspector: 404, leader: 404, unit_officer: 404 } },
  },
  // Reading a report into a draft is for those who log inspections; it stores nothing.
  'POST /api/v1/imports/report-text': {
    request: () => ({
      method: 'POST',
      url: '/api/v1/imports/report-text',
      payload: { text: 'Sáng 18-12, đoàn kiểm tra số 3 đã làm việc với UBND quận Kiến An về công tác CCHC.' },
    }),
    expect: editorsOnly(200),
  },
  // Importing one-stop statistics is for inspectors and admins; every unit named must be in their scope.
  'POST /api/v1/imports/dossier-stats/preview': {
    request: async (target) => dossierStatsUpload(await unitNameOf(target.unitId), false),
    expect: editorsOnly(200),
  },
  'POST /api/v1/imports/dossier-stats': {
    request: async (target) => dossierStatsUpload(await unitNameOf(target.unitId), true),
    expect: { ...editorsOnly(200), foreign: { inspector: 400 } },
  },
};

const context = useTestApp({ demoData: true });

async function unitNameOf(unitId: string): Promise<string> {
  const unit = await createUnitsRepository(context().database.db).findById(unitId);
  if (!unit) throw new Error(`No unit ${unitId}`);
  return unit.name;
}

/** A one-row statistics CSV about the unit, with its mapping for the import. */
function dossierStatsUpload(unitName: string, withMapping: boolean): InjectOptions {
  const mapping = { unit: 0, year: 1, received: 2 };
  const mappingPart = withMapping
    ? `--${BOUNDARY}\r\nContent-Disposition: form-data; name="mapping"\r\n\r\n${JSON.stringify(mapping)}\r\n`
    : '';
  return {
    method: 'POST',
    url: `/api/v1/imports/dossier-stats${withMapping ? '' : '/preview'}`,
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
    payload: Buffer.from(
      `${mappingPart}--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="tk.csv"\r\n\r\n` +
        `Đơn vị,Năm,Tiếp nhận\r\n${unitName},2019,10\r\n--${BOUNDARY}--\r\n`,
    ),
  };
}

/** The subject's account, and its own and a foreign unit with a user in each. */
type SubjectSetup = { username: string | null; own: Target; foreign: Target };

async function setUpSubjects(): Promise<Record<Subject, SubjectSetup>> {
  const { db } = context().database;
  const units = createUnitsRepository(db);
  const users = createUsersRepository(db);
  const unitId = async (q: string, name: string) => {
    const { rows } = await units.list({ q, page: 1, pageSize: 10 });
    const unit = rows.find((row) => row.name === name);
    if (!unit) throw new Error(`No unit ${name}`);
    return unit.id;
  };
  const userId = async (username: string) => {
    const user = await users.findByUsername(username);
    if (!user) throw new Error(`No user ${username}`);
    return user.id;
  };
  const haiPhong = await unitId('hai phong', 'Thành phố Hải Phòng');
  const haNoi = await unitId('ha noi', 'Thành phố Hà Nội');
  const inspectionOf = async (unit: string) => {
    const { rows } = await createInspectionsRepository(db).list({ unitId: unit, sort: 'date_desc' }, null);
    if (!rows[0]) throw new Error(`No demo inspection of ${unit}`);
    return rows[0].id;
  };
  const kienAnId = await unitId('kien an', 'Quận Kiến An');
  const giaLamId = await unitId('gia lam', 'Huyện Gia Lâm');
  const kienAn = {
    unitId: kienAnId,
    userId: await userId('kienan'),
    inspectionId: await inspectionOf(kienAnId),
    directiveId: await helpers.newDirective(kienAnId),
  };
  const giaLam = {
    unitId: giaLamId,
    userId: await userId('gialam'),
    inspectionId: await inspectionOf(giaLamId),
    directiveId: await helpers.newDirective(giaLamId),
  };
  // Scoped staff beside the all-province demo accounts, so "own" and "foreign" differ for them too.
  const passwordHash = await hashPassword('matrix-password');
  await users.insert({
    username: 'matrix.inspector',
    displayName: 'Thanh tra HP',
    role: 'inspector',
    unitId: haiPhong,
    passwordHash,
  });
  await users.insert({
    username: 'matrix.leader',
    displayName: 'Lãnh đạo HN',
    role: 'leader',
    unitId: haNoi,
    passwordHash,
  });
  return {
    anonymous: { username: null, own: kienAn, foreign: giaLam },
    admin: { username: 'admin', own: kienAn, foreign: giaLam },
    inspector: { username: 'matrix.inspector', own: kienAn, foreign: giaLam },
    leader: { username: 'matrix.leader', own: giaLam, foreign: kienAn },
    unit_officer: { username: 'kienan', own: kienAn, foreign: giaLam },
  };
}

const helpers: Helpers = {
  async etagOf(inspectionId) {
    const record = await createInspectionsRepository(context().database.db).findById(inspectionId);
    return `"${record?.version}"`;
  },
  async newInspection(unitId) {
    const content = CreateInspectionBodySchema.parse({ unitId, kind: 'visit', date: '2021-02-02', topic: 'Sẽ xóa' });
    return (await createInspectionsRepository(context().database.db).insert(content, null)).id;
  },
  async newDirective(unitId) {
    const inspections = createInspectionsRepository(context().database.db);
    const content = CreateInspectionBodySchema.parse({
      unitId,
      kind: 'visit',
      date: '2021-02-02',
      topic: 'Có chỉ đạo',
      directives: [{ leadUnitId: unitId, text: 'Việc cần làm', dueDate: '2021-05-02' }],
    });
    const [directiveId] = await inspections.directiveIdsOf((await inspections.insert(content, null)).id);
    if (!directiveId) throw new Error('no directive created');
    return directiveId;
  },
  async newEvidence(unitId) {
    const directiveId = await helpers.newDirective(unitId);
    const stored = await createLocalFileStorage(context().app.config.filesDir).save(PDF);
    const [file] = await createDirectivesRepository(context().database.db).addEvidence([
      {
        directiveId,
        fileName: 'a.pdf',
        mediaType: 'application/pdf',
        storageKey: stored.key,
        sizeBytes: stored.sizeBytes,
        sha256: stored.sha256,
      },
    ]);
    if (!file) throw new Error('no evidence created');
    return { directiveId, fileId: file.id };
  },
  async newPendingExtension(unitId) {
    const directiveId = await helpers.newDirective(unitId);
    const directives = createDirectivesRepository(context().database.db);
    await directives.addExtension({ directiveId, requestedDueDate: '2099-12-31', reason: 'Chờ kinh phí' });
    const extension = (await directives.timeline(directiveId)).extensions[0];
    if (!extension) throw new Error('no extension created');
    return { directiveId, extensionId: extension.id };
  },
};

const subjects: Subject[] = ['anonymous', 'admin', 'inspector', 'leader', 'unit_officer'];
const cases = Object.entries(matrix).flatMap(([route, entry]) =>
  subjects.flatMap((subject) =>
    (['own', 'foreign'] as Ownership[]).map((ownership) => ({ route, entry, subject, ownership })),
  ),
);

describe('the access matrix', () => {
  it('has an entry for every registered API route, and no entry for a route that does not exist', () => {
    const registered = context().app.apiRoutes.map((route) => `${route.method} ${route.url}`);
    expect([...registered].sort()).toEqual(Object.keys(matrix).sort());
  });

  it('applies the GET policy to the HEAD route Fastify derives from it', async () => {
    const response = await context().app.inject({ method: 'HEAD', url: '/api/v1/users' });
    expect(response.statusCode).toBe(401);
  });

  let setup: Record<Subject, SubjectSetup> | undefined;
  let run = 0;

  it.each(cases)('$route as $subject on a $ownership object', async ({ entry, subject, ownership }) => {
    setup ??= await setUpSubjects();
    const { username, [ownership]: target } = setup[subject];
    run += 1;
    const request = await entry.request(target, run, helpers);
    const headers = username ? await authHeaders(context(), username) : {};
    const response = await context().app.inject({ ...request, headers: { ...request.headers, ...headers } });
    const expected = (ownership === 'foreign' ? entry.expect.foreign?.[subject] : undefined) ?? entry.expect[subject];
    expect(response.statusCode, response.body.slice(0, 300)).toBe(expected);
  });
});
