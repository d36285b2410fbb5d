import {
  AuditEventListSchema,
  ErrorResponseSchema,
  type Inspection,
  InspectionListSchema,
  InspectionSchema,
  todayInVietnam,
  UnitListSchema,
} from '@partrack/contracts';
import { describe, expect, it } from 'vitest';
import { authHeaders } from '../../testing/auth';
import { useTestApp } from '../../testing/test-app';

const context = useTestApp({ demoData: true });

async function as(
  username: string,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: object,
  headers = {},
) {
  return context().app.inject({
    method,
    url,
    headers: { ...(await authHeaders(context(), username)), ...headers },
    ...(payload ? { payload } : {}),
  });
}

async function list(username: string, query = '') {
  const response = await as(username, 'GET', `/api/v1/inspections?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return InspectionListSchema.parse(response.json());
}

async function detail(username: string, id: string): Promise<Inspection> {
  const response = await as(username, 'GET', `/api/v1/inspections/${id}`);
  expect(response.statusCode, response.body).toBe(200);
  return InspectionSchema.parse(response.json());
}

async function unitId(name: string): Promise<string> {
  const response = await context().app.inject({ method: 'GET', url: `/api/v1/units?q=${encodeURIComponent(name)}` });
  const unit = UnitListSchema.parse(response.json()).items.find((item) => item.name === name);
  if (!unit) throw new Error(`No unit ${name}`);
  return unit.id;
}

async function inspectionOf(unitName: string): Promise<Inspection> {
  const { items } = await list('admin', `unitId=${await unitId(unitName)}`);
  if (!items[0]) throw new Error(`No inspection of ${unitName}`);
  return detail('admin', items[0].id);
}

const minimal = async (overrides: object = {}) => ({
  unitId: await unitId('Quận Kiến An'),
  kind: 'visit',
  date: '2021-03-01',
  topic: 'Kiểm tra đột xuất',
  ...overrides,
});

describe('the demo data', () => {
  it('holds the five source reports, newest first', async () => {
    const { items, total } = await list('lanhdao');
    expect(total).toBe(5);
    expect(items.map((item) => [item.date, item.unit.name, item.kind])).toEqual([
      ['2021-08-25', 'Huyện Vị Xuyên', 'visit'],
      ['2021-06-28', 'Huyện Gia Lâm', 'review_meeting'],
      ['2020-12-18', 'Quận Kiến An', 'visit'],
      ['2020-07-09', 'Huyện Thanh Trì', 'unit_report'],
      ['2018-09-19', 'Huyện Kiến Thụy', 'visit'],
    ]);
    expect(items.map((item) => item.directiveCount)).toEqual([8, 5, 8, 0, 3]);
  });

  it('reproduces the acceptance on-time rates under the `resolved` definition', async () => {
    const rate = (inspection: Inspection, tier?: string) =>
      inspection.onTimeRates.find(
        (item) => item.definition === 'resolved' && (tier === undefined || item.tier === tier),
      );
    expect(rate(await inspectionOf('Quận Kiến An'))).toMatchObject({
      basis: 'computed',
      numerator: 2763,
      denominator: 2763,
      rate: 100,
    });
    const giaLam = await inspectionOf('Huyện Gia Lâm');
    expect(rate(giaLam, 'district')).toMatchObject({ numerator: 12616, denominator: 12616, rate: 100 });
    expect(rate(giaLam, 'commune')).toMatchObject({ numerator: 61000, denominator: 61000, rate: 100 });
    expect(rate(await inspectionOf('Huyện Thanh Trì'))).toMatchObject({ basis: 'reported', rate: 99.9 });
    expect(rate(await inspectionOf('Huyện Vị Xuyên'))).toMatchObject({ basis: 'not_reported', rate: null });
    expect(rate(await inspectionOf('Huyện Kiến Thụy'))).toMatchObject({ basis: 'not_reported', rate: null });
  });

  it('gives every directive status bucket members', async () => {
    const buckets = new Set<string>();
    for (const name of ['Huyện Vị Xuyên', 'Quận Kiến An', 'Huyện Gia Lâm', 'Huyện Kiến Thụy']) {
      for (const directive of (await inspectionOf(name)).directives) buckets.add(directive.bucket);
    }
    expect([...buckets].sort()).toEqual(['done_late', 'done_on_time', 'open_overdue', 'open_within_deadline']);
  });
});

describe('finding inspections', () => {
  it('searches leader, findings and directives ignoring case and diacritics', async () => {
    expect((await list('noivu', 'q=le%20khac%20nam')).items.map((item) => item.unit.name)).toEqual(['Huyện Kiến Thụy']);
    expect((await list('noivu', 'q=gia%20lam')).items.map((item) => item.unit.name)).toEqual(['Huyện Gia Lâm']);
    expect((await list('noivu', 'q=BUU%20CHINH')).items.map((item) => item.unit.name)).toEqual([
      'Huyện Vị Xuyên',
      'Huyện Kiến Thụy',
    ]);
  });

  it('filters by unit with its descendants, date range, kind, leader and PAR area', async () => {
    const haiPhong = await unitId('Thành phố Hải Phòng');
    expect((await list('noivu', `unitId=${haiPhong}`)).items.map((item) => item.unit.name)).toEqual([
      'Quận Kiến An',
      'Huyện Kiến Thụy',
    ]);
    expect((await list('noivu', 'from=2021-01-01&to=2021-06-30')).items.map((item) => item.unit.name)).toEqual([
      'Huyện Gia Lâm',
    ]);
    expect((await list('noivu', 'kind=unit_report')).items.map((item) => item.unit.name)).toEqual(['Huyện Thanh Trì']);
    expect((await list('noivu', 'leader=nguyen%20duc%20tho')).items.map((item) => item.unit.name)).toEqual([
      'Quận Kiến An',
    ]);
    expect((await list('noivu', 'parArea=public_finance')).items.map((item) => item.unit.name)).toEqual([
      'Huyện Vị Xuyên',
    ]);
  });

  it('filters by whether an inspection has overdue directives', async () => {
    const overdue = await list('noivu', 'hasOverdueDirectives=true');
    expect(overdue.items.every((item) => item.overdueDirectiveCount > 0)).toBe(true);
    const none = await list('noivu', 'hasOverdueDirectives=false');
    expect(none.items.map((item) => item.unit.name)).toContain('Huyện Thanh Trì');
    expect(overdue.total + none.total).toBe(5);
  });

  it('sorts and paginates', async () => {
    const oldest = await list('noivu', 'sort=date_asc&pageSize=2');
    expect(oldest.items.map((item) => item.date)).toEqual(['2018-09-19', '2020-07-09']);
    expect(oldest.total).toBe(5);
    const page3 = await list('noivu', 'sort=date_asc&pageSize=2&page=3');
    expect(page3.items.map((item) => item.date)).toEqual(['2021-08-25']);
  });

  it('sorts, pages and counts a text search as it does the whole list', async () => {
    for (const sort of ['date_desc', 'date_asc', 'unit_asc']) {
      const whole = await list('noivu', `q=kiem&sort=${sort}`);
      expect(whole.total).toBeGreaterThanOrEqual(3);
      expect(whole.items).toHaveLength(whole.total);
      const pages = [];
      for (let page = 1; page <= Math.ceil(whole.total / 2); page += 1) {
        const { items, total } = await list('noivu', `q=kiem&sort=${sort}&pageSize=2&page=${page}`);
        expect(total).toBe(whole.total);
        pages.push(...items);
      }
      expect(pages.map((item) => item.id)).toEqual(whole.items.map((item) => item.id));
      const pastTheEnd = await list('noivu', `q=kiem&sort=${sort}&pageSize=2&page=${whole.total + 1}`);
      expect(pastTheEnd).toMatchObject({ items: [], total: whole.total });
    }
    expect(await list('noivu', 'q=khongcotrongdulieu')).toMatchObject({ items: [], total: 0 });
  });

  it('shows a unit officer only its own subtree, and 404 for another unit', async () => {
    expect((await list('kienan')).items.map((item) => item.unit.name)).toEqual(['Quận Kiến An']);
    expect((await list('gialam')).items.map((item) => item.unit.name)).toEqual(['Huyện Gia Lâm']);
    const giaLam = await inspectionOf('Huyện Gia Lâm');
    const response = await as('kienan', 'GET', `/api/v1/inspections/${giaLam.id}`);
    expect(response.statusCode).toBe(404);
    expect(ErrorResponseSchema.parse(response.json()).code).toBe('NOT_FOUND');
  });

  it('exports the filtered list as CSV and XLSX', async () => {
    const csv = await as('noivu', 'GET', '/api/v1/inspections/export?format=csv&q=gia%20lam');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('Đơn vị được kiểm tra');
    expect(lines[1]).toContain('28/06/2021');
    expect(lines[1]).toContain('Huyện Gia Lâm');
    const xlsx = await as('kienan', 'GET', '/api/v1/inspections/export?format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toBe(`attachment; filename="kiem-tra-cchc-${todayInVietnam()}.xlsx"`);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('logging an inspection', () => {
  it('creates the whole inspection and reads it back with rates and flags', async () => {
    const kienAn = await unitId('Quận Kiến An');
    const response = await as(
      'noivu',
      'POST',
      '/api/v1/inspections',
      await minimal({
        leader: { name: 'Nguyễn Văn Thử', title: 'Phó Chủ tịch' },
        findings: [{ kind: 'limitation', parArea: 'procedures', text: 'Hồ sơ còn trễ hạn' }],
        figures: [
          { indicator: 'received', periodEnd: '2021-02-28', value: 100 },
          { indicator: 'resolved', periodEnd: '2021-02-28', value: 80 },
          { indicator: 'resolved_on_time', periodEnd: '2021-02-28', value: 90 },
        ],
        directives: [
          { leadUnitId: kienAn, text: 'Khắc phục hồ sơ trễ hạn', parArea: 'procedures', dueDate: '2021-05-01' },
        ],
      }),
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.headers.etag).toBe('"1"');
    const created = InspectionSchema.parse(response.json());
    expect(created.loggedBy?.displayName).toBe('Chuyên viên Sở Nội vụ');
    expect(created.directives[0]).toMatchObject({ bucket: 'open_overdue', leadUnit: { name: 'Quận Kiến An' } });
    // Contradictory figures are stored as reported, and flagged.
    expect(created.figures.map((figure) => figure.value)).toEqual([100, 80, 90]);
    expect(created.flags).toEqual([
      expect.objectContaining({
        code: 'on_time_exceeds_resolved',
        unitId: kienAn,
        tier: null,
        periodStart: null,
        periodEnd: '2021-02-28',
      }),
    ]);
    const audit = AuditEventListSchema.parse(
      (await as('admin', 'GET', `/api/v1/audit-events?entityId=${created.id}`)).json(),
    );
    expect(audit.items.map((event) => event.action)).toEqual(['inspection.created']);
  });

  it('answers with the inspection exactly as it reads it back', async () => {
    const [kienAn, kienThuy, haiPhong, noiVu] = await Promise.all(
      ['Quận Kiến An', 'Huyện Kiến Thụy', 'Thành phố Hải Phòng', 'Sở Nội vụ thành phố Hải Phòng'].map(unitId),
    );
    const response = await as(
      'noivu',
      'POST',
      '/api/v1/inspections',
      await minimal({
        partOfDay: 'morning',
        periodStart: '2020-07-01',
        periodEnd: '2020-12-31',
        delegation: { name: 'Đoàn kiểm tra số 2', establishingDocument: 'QĐ 12/QĐ-SNV', members: ['A', 'B'] },
        leader: { name: 'Trần Thị Đoàn', title: null },
        sites: [{ unitId: kienAn, place: 'Bộ phận một cửa' }, { unitId: haiPhong }],
        sourceReference: 'Thông báo 5/TB-SNV',
        findings: [
          { kind: 'strength', text: 'Niêm yết đủ thủ tục' },
          { kind: 'limitation', parArea: 'procedures', text: 'Còn hồ sơ trễ hạn' },
        ],
        figures: [
          { indicator: 'on_time_rate_reported', periodEnd: '2020-12-31', periodStart: '2020-07-01', value: 97.5 },
          { indicator: 'resolved', unitId: kienThuy, tier: 'district', periodEnd: '2020-12-31', value: 80 },
          { indicator: 'procedures_total', periodEnd: '2020-12-31', value: 300, qualifier: 'approx', note: 'ước' },
        ],
        directives: [
          {
            leadUnitId: kienAn,
            coordinatingUnitIds: [noiVu, kienThuy, noiVu],
            text: 'Rà soát hồ sơ trễ hạn',
            parArea: 'procedures',
            dueDate: '2021-06-30',
          },
          { leadUnitId: kienThuy, text: 'Báo cáo kết quả' },
        ],
      }),
    );
    expect(response.statusCode, response.body).toBe(201);
    const created = InspectionSchema.parse(response.json());
    expect(created.directives[0]?.coordinatingUnits).toHaveLength(2);
    expect(created.figures.map((figure) => figure.unit.name)).toEqual([
      'Quận Kiến An',
      'Huyện Kiến Thụy',
      'Quận Kiến An',
    ]);
    expect(await detail('noivu', created.id)).toEqual(created);
  });

  it('leaves nothing behind when one directive is bad (one transaction)', async () => {
    const before = (await list('admin')).total;
    const response = await as(
      'noivu',
      'POST',
      '/api/v1/inspections',
      await minimal({
        topic: 'Không được lưu',
        findings: [{ kind: 'strength', text: 'Tốt' }],
        directives: [
          { leadUnitId: await unitId('Quận Kiến An'), text: 'Hợp lệ' },
          { leadUnitId: '00000000-0000-4000-8000-000000000000', text: 'Đơn vị không tồn tại' },
        ],
      }),
    );
    expect(response.statusCode).toBe(400);
    expect(ErrorResponseSchema.parse(response.json()).issues?.map((issue) => issue.path)).toEqual([
      'directives[1].leadUnitId',
    ]);
    expect((await list('admin')).total).toBe(before);
    expect((await list('admin', 'q=khong%20duoc%20luu')).total).toBe(0);
  });

  it('names the figure and the problem for impossible values', async () => {
    const figures = [
      { indicator: 'received', periodEnd: '2021-02-28', value: 10 },
      { indicator: 'resolved', periodEnd: '2021-02-28', value: 5 },
      { indicator: 'on_time_rate_reported', periodEnd: '2021-02-28', value: 120 },
      { indicator: 'resolved_on_time', periodEnd: '2021-02-28', value: -3 },
    ];
    const response = await as('noivu', 'POST', '/api/v1/inspections', await minimal({ figures }));
    expect(response.statusCode).toBe(400);
    const issues = ErrorResponseSchema.parse(response.json()).issues ?? [];
    expect(issues.map((issue) => [issue.path, issue.code, issue.message])).toEqual([
      ['figures[2].value', 'not_a_percentage', 'must be a percentage between 0 and 100'],
      ['figures[3].value', 'negative', 'must not be negative'],
    ]);
  });

  it('names the rule a date breaks with its own code, for clients to translate', async () => {
    const response = await as(
      'noivu',
      'POST',
      '/api/v1/inspections',
      await minimal({ periodStart: '2020-12-01', periodEnd: '2020-06-30', date: '2999-01-01' }),
    );
    expect(response.statusCode).toBe(400);
    const issues = ErrorResponseSchema.parse(response.json()).issues ?? [];
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['date', 'in_future'],
      ['periodEnd', 'before_start'],
    ]);
  });

  it('refuses a unit that did not exist on the event date', async () => {
    const response = await as('noivu', 'POST', '/api/v1/inspections', await minimal({ date: '2025-07-15' }));
    expect(response.statusCode).toBe(400);
    const issue = ErrorResponseSchema.parse(response.json()).issues?.[0];
    expect(issue).toMatchObject({ path: 'unitId', code: 'unit_not_valid_on_date' });
    expect(issue?.message).toContain('2025-06-30');
  });

  it('refuses ids, owners and timestamps in the body', async () => {
    for (const extra of [
      { id: '00000000-0000-4000-8000-000000000000' },
      { loggedBy: 'x' },
      { version: 7 },
      { createdAt: '2020-01-01' },
    ]) {
      const response = await as('noivu', 'POST', '/api/v1/inspections', await minimal(extra));
      expect(response.statusCode, JSON.stringify(extra)).toBe(400);
    }
  });
});

describe('editing an inspection', () => {
  async function fresh(): Promise<Inspection> {
    const response = await as(
      'noivu',
      'POST',
      '/api/v1/inspections',
      await minimal({
        directives: [{ leadUnitId: await unitId('Quận Kiến An'), text: 'Việc cần làm', dueDate: '2021-04-01' }],
      }),
    );
    return InspectionSchema.parse(response.json());
  }

  it('requires If-Match (428), refuses a stale one (412) and accepts the current one', async () => {
    const inspection = await fresh();
    const url = `/api/v1/inspections/${inspection.id}`;
    expect((await as('noivu', 'PATCH', url, { topic: 'Không có If-Match' })).statusCode).toBe(428);
    const ok = await as('noivu', 'PATCH', url, { topic: 'Sửa lần một' }, { 'if-match': '"1"' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    const stale = await as('noivu', 'PATCH', url, { topic: 'Sửa trên bản cũ' }, { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(412);
    expect(ErrorResponseSchema.parse(stale.json()).code).toBe('PRECONDITION_FAILED');
    expect((await detail('noivu', inspection.id)).topic).toBe('Sửa lần một');
  });

  it('lets exactly one of two simultaneous edits of the same version through', async () => {
    const inspection = await fresh();
    const url = `/api/v1/inspections/${inspection.id}`;
    const results = await Promise.all(
      ['A', 'B'].map(
        async (who) => (await as('noivu', 'PATCH', url, { topic: `Sửa bởi ${who}` }, { 'if-match': '"1"' })).statusCode,
      ),
    );
    expect(results.sort()).toEqual([200, 412]);
  });

  it('keeps a directive (and its completion) when it is sent back with its id', async () => {
    const inspection = await fresh();
    const directive = inspection.directives[0];
    if (!directive) throw new Error('no directive');
    const response = await as(
      'noivu',
      'PATCH',
      `/api/v1/inspections/${inspection.id}`,
      {
        directives: [
          {
            id: directive.id,
            leadUnitId: directive.leadUnitId,
            text: 'Việc cần làm (sửa lời)',
            dueDate: directive.dueDate,
          },
          { leadUnitId: directive.leadUnitId, text: 'Việc mới' },
        ],
      },
      { 'if-match': '"1"' },
    );
    expect(response.statusCode, response.body).toBe(200);
    const updated = InspectionSchema.parse(response.json());
    expect(updated.directives.map((item) => [item.id === directive.id, item.text])).toEqual([
      [true, 'Việc cần làm (sửa lời)'],
      [false, 'Việc mới'],
    ]);
  });

  it('soft-deletes: hidden from lists and from non-admins, restorable by an admin', async () => {
    const inspection = await fresh();
    const url = `/api/v1/inspections/${inspection.id}`;
    expect((await as('noivu', 'DELETE', url)).statusCode).toBe(204);
    expect((await list('noivu')).items.map((item) => item.id)).not.toContain(inspection.id);
    expect((await as('noivu', 'GET', url)).statusCode).toBe(404);
    expect((await list('admin', 'deleted=true')).items.map((item) => item.id)).toContain(inspection.id);
    expect((await as('noivu', 'GET', '/api/v1/inspections?deleted=true')).statusCode).toBe(403);
    const restored = await as('admin', 'POST', `${url}/restore`);
    expect(restored.statusCode).toBe(200);
    expect((await list('noivu')).items.map((item) => item.id)).toContain(inspection.id);
  });
});
