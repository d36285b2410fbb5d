import { ErrorResponseSchema, type ReportDraft, ReportDraftSchema, UnitListSchema } from '@partrack/contracts';
import { sourceReport } from '@partrack/report-extract/testing';
import { describe, expect, it } from 'vitest';
import { authHeaders } from '../../testing/auth';
import { useTestApp } from '../../testing/test-app';
import { createUnitsRepository } from '../units/units.repository';

const context = useTestApp({ demoData: true });

/** The source reports live beside the repository, never copied into it. */
const viXuyen = sourceReport('02-vi-xuyen-2021-08-25.txt');

async function post(username: string | null, payload: Record<string, unknown>) {
  const headers = username ? await authHeaders(context(), username) : {};
  return context().app.inject({ method: 'POST', url: '/api/v1/imports/report-text', headers, payload });
}

async function draftOf(payload: Record<string, unknown>, username = 'noivu'): Promise<ReportDraft> {
  const response = await post(username, payload);
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  return ReportDraftSchema.parse(response.json());
}

async function unitId(name: string): Promise<string> {
  const response = await context().app.inject({ method: 'GET', url: `/api/v1/units?q=${encodeURIComponent(name)}` });
  const unit = UnitListSchema.parse(response.json()).items.find((item) => item.name === name);
  if (!unit) throw new Error(`No unit ${name}`);
  return unit.id;
}

describe('POST /api/v1/imports/report-text', () => {
  it('reads report 2 into a draft at Vị Xuyên with its two communes resolved', async () => {
    const draft = await draftOf({ text: viXuyen, publishedOn: '2021-08-26' });
    expect(draft.text).toBe(viXuyen);
    expect(draft.extraction.date?.value).toBe('2021-08-25');
    expect(draft.unit?.mention.name).toBe('Vị Xuyên');
    expect(draft.unit?.unitId).toBe(await unitId('Huyện Vị Xuyên'));
    expect(draft.sites.map((site) => site.unitId)).toEqual([
      await unitId('Xã Việt Lâm'),
      await unitId('Thị trấn Nông trường Việt Lâm'),
    ]);
    expect(draft.figureUnits).toHaveLength(draft.extraction.figures.length);
    const received = draft.extraction.figures.find((figure) => figure.indicator === 'received');
    expect(received?.value).toBe(18187);
    expect(viXuyen.slice(...(received?.span ?? [0, 0]))).toContain('18.187');
  });

  it('lets an admin import too, and writes nothing', async () => {
    const units = createUnitsRepository(context().database.db);
    const before = await units.count();
    const draft = await draftOf({ text: viXuyen, publishedOn: '2021-08-26' }, 'admin');
    expect(draft.unit?.unitId).not.toBeNull();
    expect(await units.count()).toBe(before);
  });

  it('finds no unit when the event falls after the district was abolished, and says so', async () => {
    const draft = await draftOf({ text: viXuyen, publishedOn: '2026-08-26' });
    expect(draft.extraction.date?.value).toBe('2026-08-25');
    expect(draft.unit).toMatchObject({ unitId: null, candidates: [] });
  });

  it('offers candidates instead of a unit when two units valid on the day share the name', async () => {
    const units = createUnitsRepository(context().database.db);
    const haNoi = await unitId('Thành phố Hà Nội');
    await units.insert({ name: 'Huyện Đông Phong', shortName: 'Đông Phong', level: 'district', parentId: haNoi });
    const haiPhong = await unitId('Thành phố Hải Phòng');
    await units.insert({ name: 'Huyện Đông Phong', shortName: 'Đông Phong', level: 'district', parentId: haiPhong });
    const text =
      'Sáng 12/3/2021, Đoàn kiểm tra số 1 do Phó Chủ tịch UBND thành phố Trần Văn An làm Trưởng đoàn đã kiểm tra công tác CCHC tại huyện Đông Phong.';
    const draft = await draftOf({ text });
    expect(draft.unit?.unitId).toBeNull();
    expect(draft.unit?.candidates).toHaveLength(2);
    const named = await draftOf({
      text: `${text} Báo cáo của UBND thành phố Hải Phòng cho biết huyện Đông Phong đã tiếp nhận 1.200 hồ sơ.`,
    });
    expect(named.extraction.province?.name).toBe('Hải Phòng');
    expect(named.unit?.candidates.map((candidate) => candidate.name)).toEqual(['Huyện Đông Phong']);
    expect(named.unit?.unitId).not.toBeNull();
  });

  it('refuses a unit officer (403) and an anonymous caller (401)', async () => {
    expect((await post('kienan', { text: viXuyen })).statusCode).toBe(403);
    expect((await post('lanhdao', { text: viXuyen })).statusCode).toBe(403);
    expect((await post(null, { text: viXuyen })).statusCode).toBe(401);
  });

  it.each([
    ['empty text', { text: '   ' }, 'text'],
    ['too long a text', { text: 'a'.repeat(200_001) }, 'text'],
    ['a bad publishedOn', { text: viXuyen, publishedOn: '26/08/2021' }, 'publishedOn'],
    ['an unknown field', { text: viXuyen, source: 'x' }, ''],
  ])('answers 400 naming the field for %s', async (_case, payload, field) => {
    const response = await post('noivu', payload);
    expect(response.statusCode).toBe(400);
    const body = ErrorResponseSchema.parse(response.json());
    expect(body.code).toBe('VALIDATION_FAILED');
    if (field) expect(body.issues?.map((issue) => issue.path)).toContain(field);
  });
});
