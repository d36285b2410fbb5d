import { gunzipSync } from 'node:zlib';
import {
  type DashboardSummary,
  DashboardSummarySchema,
  DirectiveListSchema,
  ErrorResponseSchema,
  InspectionListSchema,
  InspectionSchema,
  type OnTimeRateRow,
  type OnTimeRates,
  OnTimeRatesSchema,
  type TaskCompletion,
  TaskCompletionSchema,
  type Trend,
  TrendSchema,
  UnitListSchema,
} from '@partrack/contracts';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { executeRows } from '../../db/database';
import { authHeaders } from '../../testing/auth';
import { useTestApp } from '../../testing/test-app';

const context = useTestApp({ demoData: true });

async function get(username: string, url: string, headers: Record<string, string> = {}) {
  return context().app.inject({
    method: 'GET',
    url,
    headers: { ...(await authHeaders(context(), username)), ...headers },
  });
}

async function read<T>(schema: { parse: (value: unknown) => T }, username: string, url: string): Promise<T> {
  const response = await get(username, url);
  expect(response.statusCode, response.body).toBe(200);
  return schema.parse(response.json());
}

const onTimeRates = (username: string, query: string): Promise<OnTimeRates> =>
  read(OnTimeRatesSchema, username, `/api/v1/dashboard/on-time-rates?${query}`);
const taskCompletion = (username: string, query: string): Promise<TaskCompletion> =>
  read(TaskCompletionSchema, username, `/api/v1/dashboard/task-completion?${query}`);
const summary = (username: string, query: string): Promise<DashboardSummary> =>
  read(DashboardSummarySchema, username, `/api/v1/dashboard/summary?${query}`);
const trend = (username: string, query: string): Promise<Trend> =>
  read(TrendSchema, username, `/api/v1/dashboard/trends?${query}`);

async function unitId(name: string): Promise<string> {
  const response = await context().app.inject({ method: 'GET', url: `/api/v1/units?q=${encodeURIComponent(name)}` });
  const unit = UnitListSchema.parse(response.json()).items.find((item) => item.name === name);
  if (!unit) throw new Error(`No unit ${name}`);
  return unit.id;
}

/** As a leader reads them: `100,00`, `2.763`. */
const percent = (value: number | null, digits = 2) =>
  value === null
    ? null
    : new Intl.NumberFormat('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
const integer = (value: number | null) => (value === null ? null : new Intl.NumberFormat('vi-VN').format(value));

const rowOf = (rates: OnTimeRates, shortName: string, tier?: string | null) => {
  const rows = rates.rows.filter(
    (row) => row.unit.shortName === shortName && (tier === undefined || row.tier === tier),
  );
  expect(rows, `${shortName} ${tier}`).toHaveLength(1);
  return rows[0] as OnTimeRateRow;
};

/** Every period the acceptance figures were reported for: 2015–2020 (Thanh Trì) to 2021 (Vị Xuyên). */
const ACCEPTANCE = 'level=district&from=2015-01-01&to=2021-12-31';

describe('on-time dossier rates per unit', () => {
  it('reproduces the acceptance figures of DOMAIN.md for a leader, tiers apart', async () => {
    const rates = await onTimeRates('lanhdao', ACCEPTANCE);
    expect(rates).toMatchObject({ level: 'district', definition: 'resolved', tier: null, reference: null });
    expect(rates.rows.map((row) => [row.unit.shortName, row.tier, row.basis])).toEqual([
      ['Gia Lâm', 'district', 'computed'],
      ['Gia Lâm', 'commune', 'computed'],
      ['Kiến An', 'district', 'computed'],
      ['Kiến Thụy', 'district', 'not_reported'],
      ['Thanh Trì', null, 'reported'],
      ['Vị Xuyên', 'district', 'not_reported'],
    ]);

    const kienAn = rowOf(rates, 'Kiến An');
    expect(kienAn).toMatchObject({ numerator: 2763, denominator: 2763, rate: 100, reportedRate: null });
    expect([percent(kienAn.rate), integer(kienAn.numerator), integer(kienAn.denominator)]).toEqual([
      '100,00',
      '2.763',
      '2.763',
    ]);
    expect(kienAn).toMatchObject({ periodStart: '2020-01-01', periodEnd: '2020-12-15', flags: [] });
    expect(kienAn.counts).toMatchObject({ received: 2873, resolved_on_time: 2763, resolved_late: 0, resolved: null });

    const giaLamDistrict = rowOf(rates, 'Gia Lâm', 'district');
    expect(giaLamDistrict).toMatchObject({ numerator: 12616, denominator: 12616, rate: 100 });
    expect([percent(giaLamDistrict.rate), integer(giaLamDistrict.numerator)]).toEqual(['100,00', '12.616']);
    const giaLamCommune = rowOf(rates, 'Gia Lâm', 'commune');
    expect(giaLamCommune).toMatchObject({ numerator: 61000, denominator: 61000, rate: 100 });
    expect([percent(giaLamCommune.rate), integer(giaLamCommune.numerator)]).toEqual(['100,00', '61.000']);
    expect(giaLamCommune).toMatchObject({ periodStart: '2020-12-16', periodEnd: '2021-05-31' });

    const thanhTri = rowOf(rates, 'Thanh Trì');
    expect(thanhTri).toMatchObject({ basis: 'reported', rate: 99.9, reportedRate: 99.9, numerator: null });
    expect(percent(thanhTri.rate, 1)).toBe('99,9');

    for (const name of ['Vị Xuyên', 'Kiến Thụy']) {
      expect(rowOf(rates, name)).toMatchObject({
        basis: 'not_reported',
        rate: null,
        numerator: null,
        reportedRate: null,
      });
    }
    // Not reported is not zero: Vị Xuyên's counts stay as reported, with no rate made of them.
    expect(rowOf(rates, 'Vị Xuyên').counts).toMatchObject({ received: 18187, resolved: 13562, resolved_on_time: null });
  });

  it('names the inspection and the figures each number was summed from', async () => {
    const kienAn = rowOf(await onTimeRates('lanhdao', `${ACCEPTANCE}&sources=true`), 'Kiến An');
    expect(kienAn.inspectionIds).toHaveLength(1);
    const inspection = InspectionSchema.parse(
      (await get('lanhdao', `/api/v1/inspections/${kienAn.inspectionIds?.[0]}`)).json(),
    );
    expect(inspection.unit.name).toBe('Quận Kiến An');
    const figureIds = kienAn.figureIds ?? [];
    const counted = inspection.figures.filter((figure) => figureIds.includes(figure.id));
    expect(counted).toHaveLength(figureIds.length);
    expect(figureIds.length).toBeGreaterThan(0);
    expect(counted.find((figure) => figure.indicator === 'resolved_on_time')?.value).toBe(kienAn.numerator);
    expect(kienAn.periods).toEqual([
      expect.objectContaining({ periodStart: '2020-01-01', periodEnd: '2020-12-15', isCounted: true, rate: 100 }),
    ]);
  });

  it('applies the decision_766 definition to the same counts', async () => {
    const rates = await onTimeRates('lanhdao', `${ACCEPTANCE}&definition=decision_766`);
    // (2.763 on time + 110 in progress within the deadline) ÷ 2.873 received.
    expect(rowOf(rates, 'Kiến An')).toMatchObject({ numerator: 2873, denominator: 2873, rate: 100 });
    expect(rowOf(rates, 'Gia Lâm', 'district')).toMatchObject({ basis: 'not_reported', rate: null });
  });

  it('lists every unit of a tier, those without its figures explicitly not reported', async () => {
    const rates = await onTimeRates('lanhdao', `${ACCEPTANCE}&tier=commune&sources=true`);
    expect(rates.rows.map((row) => [row.unit.shortName, row.tier, row.basis])).toEqual([
      ['Gia Lâm', 'commune', 'computed'],
      ['Kiến An', 'commune', 'not_reported'],
      ['Kiến Thụy', 'commune', 'not_reported'],
      ['Thanh Trì', 'commune', 'not_reported'],
      ['Vị Xuyên', 'commune', 'not_reported'],
    ]);
    const kienAn = rowOf(rates, 'Kiến An');
    expect(Object.values(kienAn.counts).every((value) => value === null)).toBe(true);
    expect(kienAn).toMatchObject({ figureIds: [], inspectionIds: [], periods: [] });
  });

  it('counts a figure in the period its reported period ends in', async () => {
    const rates = await onTimeRates('lanhdao', 'level=district&from=2021-01-01&to=2021-12-31');
    expect(rowOf(rates, 'Gia Lâm', 'district')).toMatchObject({ basis: 'computed', rate: 100 });
    // Kiến An's figures end on 15/12/2020: not in 2021.
    expect(rowOf(rates, 'Kiến An')).toMatchObject({ basis: 'not_reported', tier: null });
  });

  it('lists the units of the level valid in the period: no district after 30/06/2025', async () => {
    const after = await onTimeRates('lanhdao', 'from=2025-07-01&to=2025-12-31');
    expect(after.level).toBe('commune');
    expect(after.rows.map((row) => row.unit.level)).not.toContain('district');
    expect(after.rows.map((row) => row.unit.shortName)).not.toContain('Việt Lâm');
    const before = await onTimeRates('lanhdao', 'from=2021-01-01&to=2021-12-31');
    expect(before.level).toBe('district');
    const communes = await onTimeRates('lanhdao', `level=commune&parentId=${await unitId('Huyện Vị Xuyên')}`);
    expect(communes.rows.map((row) => [row.unit.shortName, row.basis])).toEqual([
      ['Nông trường Việt Lâm', 'not_reported'],
      ['Việt Lâm', 'not_reported'],
    ]);
  });

  it('refuses a period that ends before it starts, naming `to`', async () => {
    const response = await get('lanhdao', '/api/v1/dashboard/on-time-rates?from=2021-01-01&to=2020-01-01');
    expect(response.statusCode).toBe(400);
    expect(ErrorResponseSchema.parse(response.json()).issues).toEqual([
      expect.objectContaining({ path: 'to', code: 'before_start' }),
    ]);
  });
});

describe('task completion per unit', () => {
  it('counts directives in the four buckets and the reported plan tasks', async () => {
    const completion = await taskCompletion('lanhdao', 'level=district');
    const byName = Object.fromEntries(completion.rows.map((row) => [row.unit.shortName, row]));
    expect(Object.keys(byName)).toEqual(['Gia Lâm', 'Kiến An', 'Kiến Thụy', 'Thanh Trì', 'Vị Xuyên']);
    expect(
      Object.fromEntries(completion.rows.map((row) => [row.unit.shortName, Object.values(row.directives.buckets)])),
    ).toEqual({
      // done on time, done late, open within the deadline, open overdue
      'Gia Lâm': [1, 1, 1, 2],
      'Kiến An': [2, 2, 2, 2],
      'Kiến Thụy': [1, 1, 0, 1],
      'Thanh Trì': [0, 0, 0, 0],
      'Vị Xuyên': [3, 2, 1, 2],
    });
    expect(byName['Kiến An']?.directives).toMatchObject({
      assigned: 8,
      done: 4,
      completionRate: 50,
      onTimeCompletionRate: 25,
      // 33, 138, 82 and 194 days from the visit of 18/12/2020.
      meanDaysToClose: 111.75,
    });
    expect(byName['Thanh Trì']?.directives).toMatchObject({
      assigned: 0,
      completionRate: null,
      onTimeCompletionRate: null,
    });

    const giaLam = byName['Gia Lâm']?.planTasks;
    expect(giaLam).toMatchObject({ basis: 'computed', assigned: 21, completed: 12, numerator: 12, denominator: 21 });
    expect(giaLam?.rate).toBe((12 / 21) * 100);
    expect(percent(giaLam?.rate ?? null)).toBe('57,14');
    expect(giaLam?.reportedRate).toBe(57.14);
    expect(byName['Kiến An']?.planTasks).toMatchObject({
      basis: 'reported',
      rate: 100,
      reportedRate: 100,
      assigned: null,
      completed: null,
    });
    expect(byName['Vị Xuyên']?.planTasks).toMatchObject({ basis: 'not_reported', rate: null });
  });

  it('opens exactly the directives behind each segment through GET /directives', async () => {
    for (const query of ['level=district', 'level=district&from=2021-01-01&to=2021-12-31']) {
      const completion = await taskCompletion('lanhdao', query);
      for (const row of completion.rows) {
        for (const [bucket, count] of Object.entries(row.directives.buckets)) {
          const params = new URLSearchParams({ ...row.directives.directiveQuery, bucket, pageSize: '200' });
          const list = DirectiveListSchema.parse((await get('lanhdao', `/api/v1/directives?${params}`)).json());
          expect(list.total, `${query} ${row.unit.shortName} ${bucket}`).toBe(count);
          expect(new Set(list.items.map((item) => item.inspection.id))).toEqual(
            new Set(count > 0 ? row.inspectionIds : []),
          );
        }
      }
    }
  });

  it('counts as assigned in a period the directives of inspections dated in it', async () => {
    const completion = await taskCompletion('lanhdao', 'level=district&from=2021-01-01&to=2021-12-31');
    expect(completion.rows.map((row) => [row.unit.shortName, row.directives.assigned])).toEqual([
      ['Gia Lâm', 5],
      ['Kiến An', 0],
      ['Kiến Thụy', 0],
      ['Thanh Trì', 0],
      ['Vị Xuyên', 8],
    ]);
    // Kiến An's plan tasks end on 15/12/2020: not reported for 2021.
    expect(completion.rows.find((row) => row.unit.shortName === 'Kiến An')?.planTasks.basis).toBe('not_reported');
  });
});

describe('trends of one unit', () => {
  it('computes the rate of each bucket from the summed counts of the tiers', async () => {
    const giaLam = await unitId('Huyện Gia Lâm');
    const halves = await trend(
      'lanhdao',
      `unitId=${giaLam}&indicator=on_time_rate&granularity=half&from=2020-07-01&to=2021-12-31`,
    );
    expect(halves.buckets.map((bucket) => [bucket.key, bucket.basis, bucket.numerator, bucket.denominator])).toEqual([
      ['2020-H2', 'not_reported', null, null],
      ['2021-H1', 'computed', 73616, 73616],
      ['2021-H2', 'not_reported', null, null],
    ]);
    expect(halves.buckets[1]?.value).toBe(100);
    const district = await trend(
      'lanhdao',
      `unitId=${giaLam}&indicator=on_time_rate&granularity=quarter&from=2021-01-01&to=2021-06-30&tier=district`,
    );
    expect(district.buckets.map((bucket) => [bucket.key, bucket.numerator, bucket.denominator])).toEqual([
      ['2021-Q1', null, null],
      ['2021-Q2', 12616, 12616],
    ]);
  });

  it('sums a count indicator per bucket, and says not reported where there is none', async () => {
    const giaLam = await unitId('Huyện Gia Lâm');
    const years = await trend(
      'lanhdao',
      `unitId=${giaLam}&indicator=received&granularity=year&from=2020-01-01&to=2021-12-31`,
    );
    expect(years.buckets.map((bucket) => [bucket.key, bucket.basis, bucket.value])).toEqual([
      ['2020', 'not_reported', null],
      ['2021', 'reported', 12989 + 61494],
    ]);
    expect(years.buckets[1]?.figureIds).toHaveLength(2);
  });

  it('follows plan-task completion, and spans the unit figures by default', async () => {
    const kienAn = await trend(
      'lanhdao',
      `unitId=${await unitId('Quận Kiến An')}&indicator=plan_task_completion_rate&granularity=year`,
    );
    expect(kienAn).toMatchObject({ from: '2020-01-01', to: '2020-12-31' });
    expect(kienAn.buckets).toEqual([expect.objectContaining({ key: '2020', basis: 'reported', value: 100 })]);
    const months = await trend(
      'lanhdao',
      `unitId=${await unitId('Huyện Gia Lâm')}&indicator=plan_task_completion_rate&granularity=month&from=2021-05-01&to=2021-06-30`,
    );
    expect(months.buckets.map((bucket) => [bucket.key, bucket.basis, bucket.numerator, bucket.denominator])).toEqual([
      ['2021-05', 'not_reported', null, null],
      ['2021-06', 'computed', 12, 21],
    ]);
  });

  it('refuses more buckets than a chart can hold', async () => {
    const response = await get(
      'lanhdao',
      `/api/v1/dashboard/trends?unitId=${await unitId('Quận Kiến An')}&indicator=received&granularity=month&from=1990-01-01&to=2021-12-31`,
    );
    expect(response.statusCode).toBe(400);
    expect(ErrorResponseSchema.parse(response.json()).issues?.[0]).toMatchObject({
      path: 'from',
      code: 'too_many_buckets',
    });
  });
});

describe('the summary', () => {
  it('counts inspections, directives and the units not inspected in the period', async () => {
    const year2020 = await summary('lanhdao', 'level=district&from=2020-01-01&to=2020-12-31');
    expect(year2020).toMatchObject({ unitCount: 5, inspectionCount: 2 });
    expect(year2020.directives).toMatchObject({
      assigned: 8,
      buckets: { done_on_time: 2, done_late: 2, open_within_deadline: 2, open_overdue: 2 },
      onTimeCompletionRate: 25,
      meanDaysToClose: 111.75,
    });
    expect(year2020.unitsNotInspected.map((unit) => unit.shortName)).toEqual(['Gia Lâm', 'Kiến Thụy', 'Vị Xuyên']);

    const everything = await summary('lanhdao', 'level=district');
    expect(everything).toMatchObject({ inspectionCount: 5, unitsNotInspected: [] });
    expect(everything.directives).toMatchObject({
      assigned: 24,
      buckets: { done_on_time: 7, done_late: 6, open_within_deadline: 4, open_overdue: 7 },
    });
  });

  it('opens the inspections and directives behind its numbers', async () => {
    const year2021 = await summary('lanhdao', 'level=district&from=2021-01-01&to=2021-12-31');
    const inspections = InspectionListSchema.parse(
      (await get('lanhdao', `/api/v1/inspections?${new URLSearchParams(year2021.inspectionQuery)}`)).json(),
    );
    expect(inspections.total).toBe(year2021.inspectionCount);
    expect(inspections.total).toBe(2);
    const overdue = DirectiveListSchema.parse(
      (
        await get(
          'lanhdao',
          `/api/v1/directives?${new URLSearchParams({ ...year2021.directives.directiveQuery, bucket: 'open_overdue' })}`,
        )
      ).json(),
    );
    expect(overdue.total).toBe(year2021.directives.buckets.open_overdue);
    expect(overdue.total).toBe(4);
  });

  it('counts a unit visited as a site of an inspection as inspected', async () => {
    const communes = await summary(
      'lanhdao',
      `level=commune&parentId=${await unitId('Huyện Vị Xuyên')}&from=2021-01-01&to=2021-12-31`,
    );
    expect(communes).toMatchObject({ unitCount: 2, inspectionCount: 1, unitsNotInspected: [] });
    expect(communes.reference?.name).toBe('Huyện Vị Xuyên');
  });
});

describe('scope', () => {
  it('shows a unit officer their unit alone, with no total including another unit', async () => {
    const rates = await onTimeRates('kienan', ACCEPTANCE);
    expect(rates.reference?.name).toBe('Quận Kiến An');
    expect(rates.rows.map((row) => [row.unit.shortName, row.rate])).toEqual([['Kiến An', 100]]);
    const completion = await taskCompletion('kienan', 'level=district');
    expect(completion.rows.map((row) => [row.unit.shortName, row.directives.assigned])).toEqual([['Kiến An', 8]]);
    const totals = await summary('kienan', 'level=district');
    expect(totals).toMatchObject({ unitCount: 1, inspectionCount: 1, unitsNotInspected: [] });
    expect(totals.directives).toMatchObject({ assigned: 8, buckets: { open_overdue: 2 } });
    expect(totals.directives.directiveQuery.unitId).toBe(rates.reference?.id);
    // Above their unit there is nothing for them to list.
    expect((await onTimeRates('kienan', 'level=province')).rows).toEqual([]);
  });

  it("answers 404 for another unit's subtree or trend, as for its records", async () => {
    const haNoi = await unitId('Thành phố Hà Nội');
    const giaLam = await unitId('Huyện Gia Lâm');
    for (const url of [
      `/api/v1/dashboard/on-time-rates?parentId=${haNoi}`,
      `/api/v1/dashboard/task-completion?parentId=${giaLam}`,
      `/api/v1/dashboard/summary?parentId=${await unitId('Thành phố Hải Phòng')}`,
      `/api/v1/dashboard/trends?unitId=${giaLam}&indicator=received`,
    ]) {
      const response = await get('kienan', url);
      expect(response.statusCode, url).toBe(404);
      expect(ErrorResponseSchema.parse(response.json()).code).toBe('NOT_FOUND');
    }
    expect((await get('gialam', `/api/v1/dashboard/trends?unitId=${giaLam}&indicator=received`)).statusCode).toBe(200);
  });
});

describe('caching', () => {
  it('answers with an ETag and `private, no-cache`, and 304 to a repeat with If-None-Match', async () => {
    const url = `/api/v1/dashboard/summary?${ACCEPTANCE}`;
    const first = await get('lanhdao', url);
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toBe('private, no-cache');
    expect(first.headers.vary).toMatch(/authorization/i);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await get('lanhdao', url, { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);
    expect((await get('lanhdao', url, { 'if-none-match': `"other", W/${etag}` })).statusCode).toBe(304);
    // Another scope is another answer.
    const kienan = await get('kienan', url, { 'if-none-match': etag });
    expect(kienan.statusCode).toBe(200);
    expect(kienan.headers.etag).not.toBe(etag);
  });

  it('sends a large answer gzipped to a client that accepts it, the same JSON under the same ETag', async () => {
    const url = `/api/v1/dashboard/on-time-rates?${ACCEPTANCE}&sources=true`;
    const plain = await get('lanhdao', url);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const zipped = await get('lanhdao', url, { 'accept-encoding': 'br;q=1, gzip;q=0.8' });
    expect(zipped.statusCode).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/accept-encoding/i);
    expect(zipped.headers.etag).toBe(plain.headers.etag);
    expect(gunzipSync(zipped.rawPayload).toString('utf8')).toBe(plain.body);
    expect(plain.body.length).toBeGreaterThan(zipped.rawPayload.length);
    const refused = await get('lanhdao', url, { 'accept-encoding': 'gzip;q=0, identity' });
    expect(refused.headers['content-encoding']).toBeUndefined();
  });
});

/** These add records: they come last so the figures above stay those of the demo data. */
describe('after new records', () => {
  it('changes the ETag when the numbers change', async () => {
    const url = '/api/v1/dashboard/task-completion?level=district';
    const before = await get('kienan', url);
    const created = await context().app.inject({
      method: 'POST',
      url: '/api/v1/inspections',
      headers: await authHeaders(context(), 'noivu'),
      payload: {
        unitId: await unitId('Quận Kiến An'),
        kind: 'visit',
        date: '2022-03-01',
        topic: 'Kiểm tra lại',
        directives: [{ leadUnitId: await unitId('Quận Kiến An'), text: 'Việc mới', dueDate: '2022-06-01' }],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const after = await get('kienan', url, { 'if-none-match': before.headers.etag as string });
    expect(after.statusCode).toBe(200);
    expect(TaskCompletionSchema.parse(after.json()).rows[0]?.directives.buckets.open_overdue).toBe(3);
    // A deleted inspection leaves every number.
    await context().app.inject({
      method: 'DELETE',
      url: `/api/v1/inspections/${created.json().id}`,
      headers: await authHeaders(context(), 'noivu'),
    });
    expect((await get('kienan', url, { 'if-none-match': before.headers.etag as string })).statusCode).toBe(304);
  });

  it('lets the same figure stand whichever plan reads two inspections of one day logged together', async () => {
    // A bulk load (the demo data, a restore) logs inspections in one transaction: same date, same
    // created_at. The inspection's id breaks the tie, so every run and database answer the same.
    const { db } = context().database;
    const unit = await unitId('Huyện Thanh Trì');
    const inspectionIds = await db.transaction(async (tx) => {
      const ids: string[] = [];
      for (const value of [111, 222, 333]) {
        const [row] = await executeRows<{ id: string }>(
          tx,
          sql`INSERT INTO inspections (unit_id, kind, date, topic, search_text)
              VALUES (${unit}, 'visit', '2023-05-05', 'Cùng ngày', '') RETURNING id::text AS id`,
        );
        const id = row?.id as string;
        ids.push(id);
        await tx.execute(sql`INSERT INTO figures (inspection_id, position, unit_id, indicator, tier, period_start, period_end, value)
                             VALUES (${id}, 0, ${unit}, 'received', 'district', '2023-01-01', '2023-03-31', ${value})`);
      }
      return ids;
    });
    try {
      const standing = async () =>
        (
          await executeRows<{ inspectionId: string }>(
            db,
            sql`SELECT figures->'received'->>'i' AS "inspectionId" FROM figure_periods
                 WHERE unit_id = ${unit} AND tier = 'district' AND period_start = '2023-01-01' AND period_end = '2023-03-31'`,
          )
        )[0]?.inspectionId;
      const latest = [...inspectionIds].sort().at(-1);
      expect(await standing()).toBe(latest);
      // Rebuilt in another order, the same one stands.
      await db.execute(
        sql`UPDATE figures SET value = value WHERE inspection_id IN (${sql.join(inspectionIds.reverse(), sql`, `)})`,
      );
      expect(await standing()).toBe(latest);
    } finally {
      await db.execute(sql`DELETE FROM inspections WHERE id IN (${sql.join(inspectionIds, sql`, `)})`);
    }
  });

  it('adds consecutive reported periods by their counts and never adds overlapping ones', async () => {
    const kienThuy = await unitId('Huyện Kiến Thụy');
    const figure = (periodStart: string, periodEnd: string, resolved: number, onTime: number) => [
      { indicator: 'resolved', tier: 'district', periodStart, periodEnd, value: resolved },
      { indicator: 'resolved_on_time', tier: 'district', periodStart, periodEnd, value: onTime },
    ];
    const created = await context().app.inject({
      method: 'POST',
      url: '/api/v1/inspections',
      headers: await authHeaders(context(), 'noivu'),
      payload: {
        unitId: kienThuy,
        kind: 'unit_report',
        date: '2024-01-15',
        topic: 'Báo cáo CCHC 2022–2023',
        figures: [
          // The first half of 2022, then the whole of 2022: the year supersedes its half.
          ...figure('2022-01-01', '2022-06-30', 100, 90),
          ...figure('2022-01-01', '2022-12-31', 250, 200),
          // Two quarters of 2023 that add up.
          ...figure('2023-01-01', '2023-03-31', 50, 45),
          ...figure('2023-04-01', '2023-06-30', 50, 50),
        ],
      },
    });
    expect(created.statusCode, created.body).toBe(201);

    const year2022 = rowOf(
      await onTimeRates('lanhdao', 'level=district&from=2022-01-01&to=2022-12-31&sources=true'),
      'Kiến Thụy',
    );
    expect(year2022).toMatchObject({ numerator: 200, denominator: 250, rate: 80 });
    expect(year2022.periods?.map((period) => [period.periodEnd, period.isCounted, period.rate])).toEqual([
      ['2022-06-30', false, 90],
      ['2022-12-31', true, 80],
    ]);
    const half2023 = rowOf(await onTimeRates('lanhdao', 'level=district&from=2023-01-01&to=2023-06-30'), 'Kiến Thụy');
    expect(half2023).toMatchObject({ numerator: 95, denominator: 100, rate: 95, periodStart: '2023-01-01' });
    const both = rowOf(await onTimeRates('lanhdao', 'level=district&from=2022-01-01&to=2023-12-31'), 'Kiến Thụy');
    expect(both).toMatchObject({ numerator: 295, denominator: 350 });
    expect(both.rate).toBe((295 / 350) * 100);

    const quarters = await trend(
      'lanhdao',
      `unitId=${kienThuy}&indicator=on_time_rate&granularity=half&from=2022-01-01&to=2023-12-31`,
    );
    // A bucket holds the figures whose period ends in it, and says the span they cover: never prorated.
    expect(
      quarters.buckets.map((bucket) => [bucket.key, bucket.numerator, bucket.denominator, bucket.periodStart]),
    ).toEqual([
      ['2022-H1', 90, 100, '2022-01-01'],
      ['2022-H2', 200, 250, '2022-01-01'],
      ['2023-H1', 95, 100, '2023-01-01'],
      ['2023-H2', null, null, null],
    ]);

    // The database combines periods that follow one another; overlapping ones are read one by one.
    // Either way the figures are those of the drill-down answer, which lists every period.
    for (const query of [
      ACCEPTANCE,
      `${ACCEPTANCE}&definition=decision_766`,
      `${ACCEPTANCE}&tier=commune`,
      'level=district&from=2022-01-01&to=2022-12-31',
      'level=district&from=2023-01-01&to=2023-06-30',
      'level=district&from=2022-01-01&to=2023-12-31',
      'level=district',
    ]) {
      const withSources = await onTimeRates('lanhdao', `${query}&sources=true`);
      const figuresOnly = await onTimeRates('lanhdao', query);
      expect(figuresOnly.rows, query).toEqual(
        withSources.rows.map(({ periods: _p, figureIds: _f, inspectionIds: _i, ...row }) => row),
      );
      const tasks = await taskCompletion('lanhdao', `${query.replace(/&(definition|tier)=\w+/g, '')}&sources=true`);
      const tasksOnly = await taskCompletion('lanhdao', query.replace(/&(definition|tier)=\w+/g, ''));
      expect(tasksOnly.rows, query).toEqual(
        tasks.rows.map(({ planTasks: { periods: _p, figureIds: _f, inspectionIds: _i, ...planTasks }, ...row }) => ({
          ...row,
          planTasks,
        })),
      );
    }
    expect(year2022).toHaveProperty('periods');
    expect(rowOf(await onTimeRates('lanhdao', ACCEPTANCE), 'Kiến An')).not.toHaveProperty('periods');
  });
});

describe('the API reference', () => {
  it('documents the dashboard routes', async () => {
    const document = (await context().app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const path of ['on-time-rates', 'task-completion', 'trends', 'summary']) {
      expect(Object.keys(document.paths)).toContain(`/api/v1/dashboard/${path}`);
    }
  });
});
