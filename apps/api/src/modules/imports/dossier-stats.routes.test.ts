import {
  AuditEventListSchema,
  DOSSIER_STATS_NDJSON,
  type DossierStatsImportEvent,
  DossierStatsImportEventSchema,
  DossierStatsImportResultSchema,
  type DossierStatsMapping,
  DossierStatsPreviewSchema,
  ErrorResponseSchema,
  OnTimeRatesSchema,
  UnitListSchema,
} from '@partrack/contracts';
import { and, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { executeRows } from '../../db/database';
import { figures } from '../../db/schema';
import { authHeaders } from '../../testing/auth';
import { HEADER, MAPPING } from '../../testing/dossier-stats';
import { useTestApp } from '../../testing/test-app';

const context = useTestApp({ demoData: true });

const BOUNDARY = 'partrack-dossier-stats';

/** A multipart body: text fields first (the import reads `mapping` before the file), then the file. */
function multipart(file: Buffer, fileName: string, fields: Record<string, string> = {}) {
  const parts = Object.entries(fields).map(([name, value]) =>
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
  );
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
    payload: Buffer.concat([
      ...parts,
      Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n\r\n`),
      file,
      Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
    ]),
  };
}

type Row = (string | number)[];
const csvOf = (rows: Row[], delimiter = ',', bom = false) =>
  Buffer.from(
    (bom ? '\uFEFF' : '') +
      [HEADER, ...rows]
        .map((row) =>
          row.map((cell) => (String(cell).includes(delimiter) ? `"${cell}"` : String(cell))).join(delimiter),
        )
        .join('\r\n'),
    'utf8',
  );

async function xlsxOf(rows: Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Thống kê');
  sheet.addRow(['BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ TTHC']);
  sheet.addRow([]);
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const post = async (username: string, url: string, body: ReturnType<typeof multipart>, accept?: string) =>
  context().app.inject({
    method: 'POST',
    url,
    ...body,
    headers: { ...body.headers, ...(await authHeaders(context(), username)), ...(accept ? { accept } : {}) },
  });

const importFile = (
  username: string,
  file: Buffer,
  fileName = 'thong-ke.csv',
  mapping: DossierStatsMapping = MAPPING,
) => post(username, '/api/v1/imports/dossier-stats', multipart(file, fileName, { mapping: JSON.stringify(mapping) }));

async function unitId(name: string): Promise<string> {
  const response = await context().app.inject({ method: 'GET', url: `/api/v1/units?q=${encodeURIComponent(name)}` });
  const unit = UnitListSchema.parse(response.json()).items.find((item) => item.name === name);
  if (!unit) throw new Error(`No unit ${name}`);
  return unit.id;
}

const importedFigureCount = async () => {
  const [row] = await executeRows<{ count: number }>(
    context().database.db,
    sql`SELECT count(*)::int AS count FROM figures WHERE source = 'one_stop_import'`,
  );
  return row?.count ?? 0;
};

/** Each expects the file rejected, nothing written, and an issue naming row and column. */
async function expectRejected(file: Buffer, fileName: string, path: string, messagePart: string) {
  const before = await importedFigureCount();
  const response = await importFile('noivu', file, fileName);
  expect(response.statusCode, response.body).toBe(400);
  const body = ErrorResponseSchema.parse(response.json());
  expect(body.message).toContain('nothing was imported');
  const issue = body.issues?.find((item) => item.path === path);
  expect(issue, JSON.stringify(body.issues)).toBeDefined();
  expect(issue?.message).toContain(messagePart);
  expect(response.body).not.toMatch(/at .*\.ts:\d+/);
  expect(await importedFigureCount()).toBe(before);
  return body;
}

describe('POST /api/v1/imports/dossier-stats/preview', () => {
  it('proposes a mapping from Vietnamese headers and reads the first rows of an Excel CSV with ; and a BOM', async () => {
    const csv = csvOf(
      [
        [1, 'Quận Kiến An', 'Cấp huyện', '01/01/2019', '31/12/2019', 10, '1.200', 300, 800, 5, 90, 15],
        [2, 'kien thuy', 'cấp xã', '01/01/2019', '31/12/2019', 0, 50, 10, 40, 0, 0, 0],
      ],
      ';',
      true,
    );
    const response = await post('noivu', '/api/v1/imports/dossier-stats/preview', multipart(csv, 'thong-ke.csv'));
    expect(response.statusCode, response.body).toBe(200);
    const preview = DossierStatsPreviewSchema.parse(response.json());
    expect(preview).toMatchObject({ format: 'csv', delimiter: ';', headerRow: 1, missing: [] });
    expect(preview.mapping).toEqual(MAPPING);
    expect(preview.columns[1]?.header).toBe('Đơn vị');
    const [first, second] = preview.rows;
    expect(first).toMatchObject({
      row: 2,
      tier: 'district',
      periodStart: '2019-01-01',
      periodEnd: '2019-12-31',
      values: { received: 1200, resolved_on_time: 800, in_progress_overdue: 15 },
      issues: [],
    });
    expect(first?.unit?.name).toBe('Quận Kiến An');
    expect(second?.unit?.name).toBe('Huyện Kiến Thụy');
    expect(second?.tier).toBe('commune');
  });

  it('finds the header below a title in an XLSX and reads bare "Quá hạn" columns in order', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('TK');
    sheet.addRow(['Thống kê quý']);
    sheet.addRow(['Mã đơn vị', 'Kỳ báo cáo', 'Tiếp nhận', 'Đúng hạn', 'Quá hạn', 'Trong hạn', 'Quá hạn']);
    sheet.addRow(['31', 'Quý I/2024', 100, 90, 10, 5, 1]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const response = await post('noivu', '/api/v1/imports/dossier-stats/preview', multipart(file, 'tk.xlsx'));
    expect(response.statusCode, response.body).toBe(200);
    const preview = DossierStatsPreviewSchema.parse(response.json());
    expect(preview).toMatchObject({ format: 'xlsx', delimiter: null, headerRow: 2 });
    expect(preview.mapping).toEqual({
      unit_code: 0,
      period: 1,
      received: 2,
      resolved_on_time: 3,
      resolved_late: 4,
      in_progress_within_deadline: 5,
      in_progress_overdue: 6,
    });
    expect(preview.rows[0]).toMatchObject({ row: 3, periodStart: '2024-01-01', periodEnd: '2024-03-31', issues: [] });
    expect(preview.rows[0]?.unit?.name).toBe('Thành phố Hải Phòng');
  });

  it('reads the first rows with a corrected mapping when one is sent', async () => {
    const csv = csvOf([[1, 'Quận Kiến An', 'Cấp huyện', '01/01/2019', '31/12/2019', 10, 1200, 300, 800, 5, 90, 15]]);
    const { resolved_early: _early, ...withoutEarly } = MAPPING;
    const response = await post(
      'noivu',
      '/api/v1/imports/dossier-stats/preview',
      multipart(csv, 'x.csv', { mapping: JSON.stringify({ ...withoutEarly, resolved: 7 }) }),
    );
    const preview = DossierStatsPreviewSchema.parse(response.json());
    expect(preview.mapping.resolved).toBe(7);
    expect(preview.rows[0]?.values).toMatchObject({ resolved: 300, resolved_on_time: 800 });
    expect(preview.rows[0]?.values.resolved_early).toBeUndefined();
  });

  it('reports a file that is not UTF-8 with the row, instead of guessing', async () => {
    const latin1 = Buffer.concat([
      Buffer.from('Đơn vị,Từ ngày,Đến ngày,Tiếp nhận\r\n', 'utf8'),
      Buffer.from('Qu\xe2n Ki\xean An,01/01/2019,31/12/2019,5\r\n', 'latin1'),
    ]);
    const response = await post('noivu', '/api/v1/imports/dossier-stats/preview', multipart(latin1, 'x.csv'));
    expect(response.statusCode).toBe(200);
    const preview = DossierStatsPreviewSchema.parse(response.json());
    expect(preview.issues[0]).toMatchObject({ code: 'bad_encoding', row: 2 });
    expect(preview.issues[0]?.message).toContain('UTF-8');
  });
});

describe('POST /api/v1/imports/dossier-stats', () => {
  const goodRows: Row[] = [
    [1, 'Quận Kiến An', 'Cấp huyện', '01/01/2022', '31/12/2022', 12, '3.000', 500, 2400, 100, 0, 0],
    [2, 'Huyện Gia Lâm', 'Cấp huyện', '01/01/2022', '31/12/2022', 0, 1000, 0, 900, 100, 0, 0],
  ];

  it('imports a good CSV, and importing it again changes no total', async () => {
    const first = await importFile('noivu', csvOf(goodRows));
    expect(first.statusCode, first.body).toBe(200);
    expect(DossierStatsImportResultSchema.parse(first.json())).toMatchObject({
      rowsImported: 2,
      figuresCreated: 14,
      figuresUpdated: 0,
      figuresUnchanged: 0,
      unitCount: 2,
      periodStart: '2022-01-01',
      periodEnd: '2022-12-31',
    });
    const count = await importedFigureCount();
    const again = await importFile('noivu', csvOf(goodRows));
    expect(DossierStatsImportResultSchema.parse(again.json())).toMatchObject({
      rowsImported: 2,
      figuresCreated: 0,
      figuresUpdated: 0,
      figuresUnchanged: 14,
    });
    expect(await importedFigureCount()).toBe(count);

    const corrected = goodRows.map((row, index) =>
      index === 0 ? [...row.slice(0, 6), '3.001', ...row.slice(7)] : row,
    );
    const third = DossierStatsImportResultSchema.parse((await importFile('noivu', csvOf(corrected))).json());
    expect(third).toMatchObject({ figuresCreated: 0, figuresUpdated: 1, figuresUnchanged: 13 });
    const kienAn = await unitId('Quận Kiến An');
    const received = await context()
      .database.db.select({ value: figures.value })
      .from(figures)
      .where(and(eq(figures.unitId, kienAn), eq(figures.indicator, 'received'), eq(figures.source, 'one_stop_import')));
    expect(received).toEqual([{ value: 3001 }]);

    // Each import is in the audit trail, by whom, with the file and what it changed.
    const trail = await context().app.inject({
      method: 'GET',
      url: '/api/v1/audit-events?action=import.dossier_stats',
      headers: await authHeaders(context(), 'admin'),
    });
    const events = AuditEventListSchema.parse(trail.json()).items;
    expect(events.map((event) => [event.actor?.username, event.entityType])).toEqual([
      ['noivu', 'import_batch'],
      ['noivu', 'import_batch'],
      ['noivu', 'import_batch'],
    ]);
    expect(events[0]?.after).toMatchObject({ fileName: 'thong-ke.csv', figuresUpdated: 1, rowsImported: 2 });
  });

  it('imports a good XLSX with a title above the header, with the same upsert key', async () => {
    const rows: Row[] = [[1, 'Quận Kiến An', 'Cấp xã', '01/01/2022', '31/12/2022', 0, 400, 0, 400, 0, 0, 0]];
    const response = await importFile('noivu', await xlsxOf(rows), 'thong-ke.xlsx');
    expect(response.statusCode, response.body).toBe(200);
    expect(DossierStatsImportResultSchema.parse(response.json())).toMatchObject({ rowsImported: 1, figuresCreated: 7 });
    const again = await importFile('noivu', await xlsxOf(rows), 'thong-ke.xlsx');
    expect(again.statusCode, again.body).toBe(200);
    expect(DossierStatsImportResultSchema.parse(again.json())).toMatchObject({
      figuresCreated: 0,
      figuresUnchanged: 7,
    });
  });

  it('streams progress as NDJSON and ends with the result', async () => {
    const rows: Row[] = Array.from({ length: 2500 }, (_, index) => [
      index + 1,
      'Quận Kiến An',
      'Cấp huyện',
      '01/01/2010',
      '31/01/2010',
      0,
      index + 1,
      0,
      index,
      1,
      0,
      0,
    ]).map((row, index) => {
      // One month each, going back from 2010: every row has its own period.
      const year = 2010 - Math.floor(index / 12);
      const month = (index % 12) + 1;
      const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
      return [...row.slice(0, 3), `01/${month}/${year}`, `${last}/${month}/${year}`, ...row.slice(5)];
    });
    const response = await post(
      'noivu',
      '/api/v1/imports/dossier-stats',
      multipart(csvOf(rows), 'lon.csv', { mapping: JSON.stringify(MAPPING) }),
      DOSSIER_STATS_NDJSON,
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain(DOSSIER_STATS_NDJSON);
    const events: DossierStatsImportEvent[] = response.body
      .trim()
      .split('\n')
      .map((line) => DossierStatsImportEventSchema.parse(JSON.parse(line)));
    expect(events.filter((event) => event.type === 'progress').length).toBeGreaterThanOrEqual(2);
    expect(events.at(-1)).toMatchObject({ type: 'done', result: { rowsImported: 2500, figuresCreated: 2500 * 7 } });
  });

  it('streams a failure as the error shape, with nothing written', async () => {
    const before = await importedFigureCount();
    const response = await post(
      'noivu',
      '/api/v1/imports/dossier-stats',
      multipart(csvOf([[1, 'Không có', 'Cấp huyện', '01/01/2023', '31/12/2023', 0, 1, 0, 1, 0, 0, 0]]), 'x.csv', {
        mapping: JSON.stringify(MAPPING),
      }),
      DOSSIER_STATS_NDJSON,
    );
    const last = DossierStatsImportEventSchema.parse(JSON.parse(response.body.trim().split('\n').at(-1) ?? '{}'));
    expect(last).toMatchObject({ type: 'failed', error: { statusCode: 400, code: 'VALIDATION_FAILED' } });
    expect(await importedFigureCount()).toBe(before);
  });

  it('rejects "12.989,5" as a count, naming row and column', async () => {
    await expectRejected(
      csvOf([[1, 'Quận Kiến An', 'Cấp huyện', '01/01/2023', '31/12/2023', 0, 10, 0, '12.989,5', 0, 0, 0]]),
      'x.csv',
      'Row 2, column "Đã giải quyết đúng hạn"',
      'Row 2, column "Đã giải quyết đúng hạn": 12.989,5 is not a count',
    );
  });

  it('rejects negative counts', async () => {
    await expectRejected(
      csvOf([
        [1, 'Quận Kiến An', 'Cấp huyện', '01/01/2023', '31/12/2023', 0, 10, 0, 10, 0, 0, 0],
        [2, 'Huyện Gia Lâm', 'Cấp huyện', '01/01/2023', '31/12/2023', 0, -4, 0, 10, 0, 0, 0],
      ]),
      'x.csv',
      'Row 3, column "Số hồ sơ tiếp nhận"',
      'is negative',
    );
  });

  it('rejects a row that repeats an earlier one, and writes neither', async () => {
    const row: Row = [1, 'Quận Kiến An', 'Cấp huyện', '01/01/2023', '31/12/2023', 0, 10, 0, 10, 0, 0, 0];
    await expectRejected(csvOf([row, row]), 'x.csv', 'Row 3', 'repeats row 2');
  });

  it('rejects unknown units', async () => {
    await expectRejected(
      csvOf([[1, 'Huyện Không Tồn Tại', 'Cấp huyện', '01/01/2023', '31/12/2023', 0, 10, 0, 10, 0, 0, 0]]),
      'x.csv',
      'Row 2, column "Đơn vị"',
      'no unit is called',
    );
  });

  it('rejects a file in the wrong encoding, or with replacement characters', async () => {
    const latin1 = Buffer.concat([
      csvOf([[1, 'Quận Kiến An', 'Cấp huyện', '01/01/2023', '31/12/2023', 0, 10, 0, 10, 0, 0, 0]]),
      Buffer.from('\r\n2,Qu\xe2n Ki\xean An,C\xe2p huy\xean,01/01/2024,31/12/2024,0,1,0,1,0,0,0', 'latin1'),
    ]);
    const body = ErrorResponseSchema.parse((await importFile('noivu', latin1)).json());
    expect(body.issues?.[0]).toMatchObject({ path: 'Row 3', code: 'bad_encoding' });
    await expectRejected(
      csvOf([[1, 'Qu\uFFFDn Ki\uFFFDn An', 'Cấp huyện', '01/01/2023', '31/12/2023', 0, 10, 0, 10, 0, 0, 0]]),
      'x.csv',
      'Row 2, column "Đơn vị"',
      'wrong encoding',
    );
  });

  it('rejects a mapping without the required columns, and columns the file does not have', async () => {
    const { period_from: _from, period_to: _to, ...noPeriod } = MAPPING;
    const response = await importFile('noivu', csvOf([]), 'x.csv', noPeriod);
    expect(response.statusCode).toBe(400);
    expect(ErrorResponseSchema.parse(response.json()).issues).toEqual([
      expect.objectContaining({ code: 'missing_column', message: 'No column is mapped to the period' }),
    ]);
    const beyond = await importFile('noivu', csvOf([[1, 'Quận Kiến An']]), 'x.csv', { ...MAPPING, resolved: 40 });
    expect(beyond.statusCode).toBe(400);
    expect(ErrorResponseSchema.parse(beyond.json()).issues?.[0]?.message).toContain('resolved is mapped to column 41');
  });

  it('answers 400, not 500, for a missing mapping, bad JSON or a file that is not a spreadsheet', async () => {
    const noMapping = await post('noivu', '/api/v1/imports/dossier-stats', multipart(csvOf(goodRows), 'x.csv'));
    expect(noMapping.statusCode).toBe(400);
    const badJson = await post(
      'noivu',
      '/api/v1/imports/dossier-stats',
      multipart(csvOf(goodRows), 'x.csv', { mapping: '{unit:' }),
    );
    expect(badJson.statusCode).toBe(400);
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]);
    const notXlsx = await importFile('noivu', zip, 'x.xlsx');
    expect(notXlsx.statusCode).toBe(400);
    expect(ErrorResponseSchema.parse(notXlsx.json()).code).toBe('VALIDATION_FAILED');
  });

  it('forbids unit officers (403) and rejects units outside an inspector’s scope', async () => {
    const officer = await importFile('kienan', csvOf(goodRows));
    expect(officer.statusCode).toBe(403);
    const preview = await post('kienan', '/api/v1/imports/dossier-stats/preview', multipart(csvOf(goodRows), 'x.csv'));
    expect(preview.statusCode).toBe(403);
  });

  it('lets imported counts replace an inspection’s for the same unit, tier and period on the dashboard', async () => {
    const haiPhong = await unitId('Thành phố Hải Phòng');
    const query = `parentId=${haiPhong}&level=district&from=2020-01-01&to=2020-12-31&sources=true`;
    const read = async () => {
      const response = await context().app.inject({
        method: 'GET',
        url: `/api/v1/dashboard/on-time-rates?${query}`,
        headers: await authHeaders(context(), 'lanhdao'),
      });
      const rates = OnTimeRatesSchema.parse(response.json());
      return rates.rows.find((row) => row.unit.shortName === 'Kiến An' && row.tier === 'district');
    };
    // The demo inspection: 2,763 on time of 2,763 resolved, 01/01–15/12/2020, district tier.
    expect(await read()).toMatchObject({ rate: 100, numerator: 2763, denominator: 2763 });
    const imported = await importFile(
      'noivu',
      csvOf([[1, 'Quận Kiến An', 'Cấp huyện', '01/01/2020', '15/12/2020', 0, 2873, 0, 2700, 100, 73, 0]]),
    );
    expect(imported.statusCode, imported.body).toBe(200);
    const row = await read();
    // 2,700 on time of 2,800 resolved: the import alone, not added to the inspection's counts.
    expect(row).toMatchObject({ basis: 'computed', numerator: 2700, denominator: 2800 });
    expect(row?.rate).toBeCloseTo(96.43, 2);
    expect(row?.counts.received).toBe(2873);
    // Counted from the import alone: no inspection behind the number.
    expect(row?.inspectionIds).toEqual([]);
    expect(row?.figureIds).toHaveLength(7); // the row's seven counts
  });
});
