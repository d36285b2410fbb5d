import { ErrorResponseSchema, UnitDetailSchema, UnitListSchema } from '@partrack/contracts';
import { describe, expect, it } from 'vitest';
import { authHeaders } from '../../testing/auth';
import { useTestApp } from '../../testing/test-app';

const context = useTestApp({ demoData: true });

async function listUnits(query: string) {
  const response = await context().app.inject({ method: 'GET', url: `/api/v1/units?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return UnitListSchema.parse(response.json());
}

async function findByName(name: string) {
  const { items } = await listUnits(`q=${encodeURIComponent(name)}`);
  const unit = items.find((item) => item.name === name);
  if (!unit) throw new Error(`No unit named ${name}`);
  return unit;
}

describe('GET /api/v1/units', () => {
  it('finds Kiến Thụy when searching "kien thuy" without diacritics, with its parent', async () => {
    const { items } = await listUnits('q=kien%20thuy');
    expect(items.map((unit) => unit.name)).toEqual(['Huyện Kiến Thụy']);
    expect(items[0]?.parent).toMatchObject({ name: 'Thành phố Hải Phòng', level: 'province' });
  });

  it('ignores case and folds đ, and matches the designation word', async () => {
    expect((await listUnits('q=KIẾN%20thụy')).items.map((unit) => unit.shortName)).toEqual(['Kiến Thụy']);
    expect((await listUnits('q=thi%20tran')).items.map((unit) => unit.shortName)).toEqual(['Nông trường Việt Lâm']);
    expect((await listUnits('q=quan%20kien')).items.map((unit) => unit.shortName)).toEqual(['Kiến An']);
  });

  it('matches every word in any order', async () => {
    expect((await listUnits('q=lam%20gia')).items.map((unit) => unit.shortName)).toEqual(['Gia Lâm']);
  });

  it('treats LIKE wildcards in the query as plain text', async () => {
    expect((await listUnits('q=%25')).total).toBe(0);
    expect((await listUnits('q=_')).total).toBe(0);
  });

  it('filters by level and sorts by name', async () => {
    const { items, total } = await listUnits('level=province');
    expect(total).toBe(4);
    expect(items.map((unit) => unit.shortName)).toEqual(['Hà Giang', 'Hà Nội', 'Hải Phòng', 'Tuyên Quang']);
  });

  it('lists the roots with parentId=root and the children of a unit with its id', async () => {
    const roots = await listUnits('parentId=root');
    expect(roots.items.every((unit) => unit.parentId === null)).toBe(true);
    const haNoi = roots.items.find((unit) => unit.shortName === 'Hà Nội');
    expect(haNoi?.childCount).toBe(3);
    const children = await listUnits(`parentId=${haNoi?.id}`);
    expect(children.items.map((unit) => [unit.level, unit.shortName])).toEqual([
      ['department', 'Sở Nội vụ Hà Nội'],
      ['district', 'Gia Lâm'],
      ['district', 'Thanh Trì'],
    ]);
  });

  it('keeps only units valid on the given date', async () => {
    const before = await listUnits('level=district&validOn=2021-08-25');
    expect(before.total).toBe(5);
    const after = await listUnits('level=district&validOn=2025-07-01');
    expect(after.total).toBe(0);
    const provinces = await listUnits('level=province&validOn=2025-07-01');
    expect(provinces.items.map((unit) => unit.shortName)).toEqual(['Hà Nội', 'Hải Phòng', 'Tuyên Quang']);
  });

  it('paginates with a stable order and reports the total', async () => {
    const first = await listUnits('pageSize=5&page=1');
    const second = await listUnits('pageSize=5&page=2');
    expect(first.total).toBe(14);
    expect(first.items).toHaveLength(5);
    expect(second.items).toHaveLength(5);
    const ids = new Set([...first.items, ...second.items].map((unit) => unit.id));
    expect(ids.size).toBe(10);
  });

  it('answers 400 naming level for an unknown level', async () => {
    const response = await context().app.inject({ method: 'GET', url: '/api/v1/units?level=bogus' });
    expect(response.statusCode).toBe(400);
    const body = ErrorResponseSchema.parse(response.json());
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.issues?.map((issue) => issue.path)).toEqual(['level']);
    expect(body.message).toContain('level');
    expect(body.requestId).toBe(response.headers['x-request-id']);
  });

  it('answers 400 naming each bad field at once', async () => {
    const response = await context().app.inject({
      method: 'GET',
      url: '/api/v1/units?validOn=2021-02-30&pageSize=1000&parentId=nope',
    });
    expect(response.statusCode).toBe(400);
    const body = ErrorResponseSchema.parse(response.json());
    expect(body.issues?.map((issue) => issue.path).sort()).toEqual(['pageSize', 'parentId', 'validOn']);
  });
});

describe('GET /api/v1/units/:id', () => {
  it('returns the unit with its ancestors, root first', async () => {
    const commune = await findByName('Thị trấn Nông trường Việt Lâm');
    const response = await context().app.inject({ method: 'GET', url: `/api/v1/units/${commune.id}` });
    expect(response.statusCode).toBe(200);
    const detail = UnitDetailSchema.parse(response.json());
    expect(detail.ancestors.map((unit) => unit.name)).toEqual(['Tỉnh Hà Giang', 'Huyện Vị Xuyên']);
    expect(detail.validTo).toBe('2025-06-30');
  });

  it('returns successors and predecessors with the date they took effect', async () => {
    const haGiang = await findByName('Tỉnh Hà Giang');
    const detail = UnitDetailSchema.parse(
      (await context().app.inject({ method: 'GET', url: `/api/v1/units/${haGiang.id}` })).json(),
    );
    expect(detail.successors).toEqual([
      expect.objectContaining({
        unit: expect.objectContaining({ name: 'Tỉnh Tuyên Quang' }),
        effectiveOn: '2025-07-01',
      }),
    ]);
    const tuyenQuang = detail.successors[0]?.unit;
    const successor = UnitDetailSchema.parse(
      (await context().app.inject({ method: 'GET', url: `/api/v1/units/${tuyenQuang?.id}` })).json(),
    );
    expect(successor.predecessors.map((item) => item.unit.name)).toEqual(['Tỉnh Hà Giang']);
  });

  it('answers 404 in the error shape for an unknown id', async () => {
    const response = await context().app.inject({
      method: 'GET',
      url: '/api/v1/units/00000000-0000-4000-8000-000000000000',
    });
    expect(response.statusCode).toBe(404);
    expect(ErrorResponseSchema.parse(response.json()).code).toBe('NOT_FOUND');
  });

  it('answers 400 naming id for a malformed id', async () => {
    const response = await context().app.inject({ method: 'GET', url: '/api/v1/units/42' });
    expect(response.statusCode).toBe(400);
    expect(ErrorResponseSchema.parse(response.json()).issues?.[0]?.path).toBe('id');
  });
});

describe('the validity range of a unit', () => {
  async function asAdmin(method: 'POST' | 'PATCH', url: string, payload: object) {
    return context().app.inject({ method, url, payload, headers: await authHeaders(context(), 'admin') });
  }

  it("refuses an end before the start with the rule's code, on create and on an edit of the start alone", async () => {
    const created = await asAdmin('POST', '/api/v1/units', {
      name: 'Phường Thử Nghiệm',
      shortName: 'Thử Nghiệm',
      level: 'commune',
      validFrom: '2025-07-01',
      validTo: '2025-01-01',
    });
    expect(created.statusCode).toBe(400);
    expect(ErrorResponseSchema.parse(created.json()).issues).toEqual([
      { path: 'validTo', code: 'before_start', message: 'must not be before validFrom' },
    ]);

    // Hà Giang ended on 30/06/2025: a start after that is checked against the stored end.
    const haGiang = await findByName('Tỉnh Hà Giang');
    const edited = await asAdmin('PATCH', `/api/v1/units/${haGiang.id}`, { validFrom: '2025-07-01' });
    expect(edited.statusCode).toBe(400);
    expect(ErrorResponseSchema.parse(edited.json()).issues).toEqual([
      { path: 'validTo', code: 'before_start', message: 'must not be before validFrom' },
    ]);
  });
});
