import {
  type DossierStatsField,
  type DossierStatsIssue,
  type DossierStatsMapping,
  foldSearchText,
  type UnitLevel,
} from '@partrack/contracts';
import { parse } from 'csv-parse';
import type ExcelJS from 'exceljs';
import { AppError } from '../../lib/app-error';

/** A cell as read: text (CSV, XLSX strings), a number or a date (XLSX), or nothing. */
export type Cell = string | number | Date | null;
/** One row of the sheet with the number Excel shows for it. */
export type SheetRow = { row: number; cells: Cell[] };
export type FileFormat = 'csv' | 'xlsx';

/** A problem the reader finds in the bytes themselves: stops the read, names the row. */
export class FileReadIssue extends Error {
  constructor(readonly issue: DossierStatsIssue) {
    super(issue.message);
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Buffer, magic: number[]) => magic.every((byte, index) => bytes[index] === byte);

/** What the reader learns on the way: bytes read (progress), the format and the CSV delimiter. */
export type ReadMeta = { bytes: number; format: FileFormat | null; delimiter: string | null };
export const newReadMeta = (): ReadMeta => ({ bytes: 0, format: null, delimiter: null });

/**
 * The rows of an uploaded file, streamed: CSV through csv-parse, XLSX through exceljs' streaming
 * reader (first worksheet only). The format comes from the content, not the name.
 */
export async function* readSheetRows(
  source: AsyncIterable<Buffer>,
  meta: ReadMeta = newReadMeta(),
): AsyncGenerator<SheetRow, void, undefined> {
  const iterator = source[Symbol.asyncIterator]();
  let first = await iterator.next();
  while (!first.done && first.value.length === 0) first = await iterator.next();
  if (first.done) return;
  const head = first.value;
  async function* all(): AsyncGenerator<Buffer> {
    meta.bytes += head.length;
    yield head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      meta.bytes += next.value.length;
      yield next.value;
    }
  }
  if (startsWith(head, OLE_MAGIC)) {
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      'Old Excel files (.xls) are not read: save the file as .xlsx or CSV UTF-8',
    );
  }
  meta.format = startsWith(head, ZIP_MAGIC) ? 'xlsx' : 'csv';
  if (meta.format === 'xlsx') yield* readXlsxRows(all());
  else yield* readCsvRows(all(), meta);
}

/** UTF-8 text of the chunks; invalid bytes stop the read with the row they are on. */
async function* decodeUtf8(chunks: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lines = 1;
  const countLines = (text: string) => {
    for (const char of text) if (char === '\n') lines += 1;
  };
  for await (const chunk of chunks) {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      const lenient = new TextDecoder('utf-8').decode(chunk);
      countLines(lenient.slice(0, Math.max(lenient.indexOf('\uFFFD'), 0)));
      throw new FileReadIssue({
        row: lines,
        column: null,
        code: 'bad_encoding',
        message: `Row ${lines}: the file is not UTF-8 text (perhaps Windows-1258 or TCVN3); in Excel save it as "CSV UTF-8"`,
      });
    }
    countLines(text);
    yield text;
  }
  yield decoder.decode();
}

/** `;` (Excel in a Vietnamese or European locale), a tab, or `,`: whichever the header line has most of. */
export function detectDelimiter(firstLine: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const char of firstLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}

/** Until the parser wants more text, or is gone (the reader stopped early); no listener is left behind. */
function drained(parser: NodeJS.EventEmitter): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      parser.off('drain', done);
      parser.off('close', done);
      resolve();
    };
    parser.on('drain', done);
    parser.on('close', done);
  });
}

async function* readCsvRows(chunks: AsyncIterable<Buffer>, meta: ReadMeta): AsyncGenerator<SheetRow> {
  const text = decodeUtf8(chunks)[Symbol.asyncIterator]();
  // Enough text for the header line, to choose the delimiter.
  let buffered = '';
  let done = false;
  while (!buffered.includes('\n') && !done) {
    const next = await text.next();
    if (next.done) done = true;
    else buffered += next.value;
  }
  const delimiter = detectDelimiter(buffered.replace(/^\uFEFF/, '').split('\n')[0] ?? '');
  meta.delimiter = delimiter;
  const parser = parse({
    delimiter,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    info: true,
  });
  let stopped = false;
  const feed = (async () => {
    try {
      const write = async (part: string) => {
        if (stopped || part === '') return;
        if (!parser.write(part)) await drained(parser);
      };
      await write(buffered);
      while (!done && !stopped) {
        const next = await text.next();
        if (next.done) break;
        await write(next.value);
      }
      if (!stopped) parser.end();
    } catch (error) {
      parser.destroy(error as Error);
    }
  })();
  try {
    for await (const record of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { row: record.info.lines, cells: record.record };
    }
    await feed;
  } finally {
    stopped = true;
    if (!parser.destroyed) parser.destroy();
  }
}

function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellOf(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return null;
  }
  return null;
}

/**
 * An XLSX file is a zip archive, whose directory sits at its end: it is read whole (within the upload
 * limit) and opened with exceljs, rather than through its streaming reader, which failed now and then
 * on small workbooks. The first worksheet only; rows keep their numbers.
 */
async function* readXlsxRows(chunks: AsyncIterable<Buffer>): AsyncGenerator<SheetRow> {
  // Imported on first use: exceljs costs ~0.7 s at start (docs/decisions/016-demo-seed.md).
  const { default: excel } = await import('exceljs');
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  const workbook = new excel.Workbook();
  try {
    await workbook.xlsx.load(Buffer.concat(parts) as unknown as ExcelJS.Buffer);
  } catch {
    throw new AppError('VALIDATION_FAILED', 'The file could not be read as an Excel workbook (.xlsx)');
  }
  const [worksheet] = workbook.worksheets;
  if (!worksheet) return;
  const rows: SheetRow[] = [];
  worksheet.eachRow((row) => {
    // row.values is 1-based: index 0 is empty.
    const values = (row.values as ExcelJS.CellValue[]).slice(1);
    rows.push({ row: row.number, cells: Array.from(values, (value) => cellOf(value)) });
  });
  yield* rows;
}

// ---------------------------------------------------------------------------------------------------
// Headers → fields

/** Folded, punctuation as spaces: "Đã giải quyết - Đúng hạn (hồ sơ)" → "da giai quyet dung han ho so". */
export function foldHeader(header: string): string {
  return foldSearchText(header)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const has = (text: string, ...words: string[]) => words.some((word) => ` ${text} `.includes(` ${word} `));

/** The field a header names, most specific rule first; `taken` fields are not proposed twice. */
export function proposeField(header: string, taken: ReadonlySet<DossierStatsField>): DossierStatsField | null {
  const text = foldHeader(header);
  if (text === '') return null;
  const pick = (field: DossierStatsField) => (taken.has(field) ? null : field);
  const inProgress = has(text, 'dang giai quyet', 'dang xu ly', 'in progress', 'chua giai quyet');
  const late = has(text, 'qua han', 'tre han', 'late', 'overdue');
  if (has(text, 'stt', 'ty le', 'rate', 'ghi chu', 'note')) return null;
  if ((has(text, 'ma') && has(text, 'don vi', 'dvhc', 'co quan', 'dia phuong')) || has(text, 'unit code', 'code'))
    return pick('unit_code');
  if (has(text, 'don vi', 'ten don vi', 'co quan', 'dia phuong', 'unit')) return pick('unit');
  if (text === 'cap' || text.startsWith('cap ') || text === 'tier') return pick('tier');
  if (has(text, 'tu ngay', 'ngay bat dau', 'from')) return pick('period_from');
  if (has(text, 'den ngay', 'ngay ket thuc', 'to')) return pick('period_to');

  if (text === 'thang' || text === 'month') return pick('month');
  if (text === 'quy' || text === 'quarter') return pick('quarter');
  if (text === 'nam' || text === 'year') return pick('year');
  if (has(text, 'ky truoc', 'ton', 'chuyen qua', 'chuyen sang', 'carried over')) return pick('carried_over');
  if (has(text, 'ky bao cao', 'period', 'thoi gian') || text === 'ky') return pick('period');
  if (has(text, 'tiep nhan', 'received', 'moi tiep nhan')) return pick('received');
  if (inProgress && late) return pick('in_progress_overdue');
  if (has(text, 'trong han', 'within deadline')) return pick('in_progress_within_deadline');
  if (has(text, 'truoc han', 'early')) return pick('resolved_early');
  if (has(text, 'dung han', 'on time')) return pick('resolved_on_time');
  // A bare "Quá hạn" is the resolved late column first, then the in-progress overdue one.
  if (late) return taken.has('resolved_late') ? pick('in_progress_overdue') : 'resolved_late';
  if (!inProgress && has(text, 'da giai quyet', 'giai quyet', 'resolved')) return pick('resolved');
  return null;
}

/** The mapping proposed for a header row. */
export function proposeMapping(headers: string[]): DossierStatsMapping {
  const taken = new Set<DossierStatsField>();
  const mapping: DossierStatsMapping = {};
  headers.forEach((header, index) => {
    const field = proposeField(header, taken);
    if (field) {
      taken.add(field);
      mapping[field] = index;
    }
  });
  return mapping;
}

// ---------------------------------------------------------------------------------------------------
// Cells → values

export const cellText = (cell: Cell | undefined): string => {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return toIsoDate(cell);
  return String(cell).trim();
};

const pad = (value: number) => String(value).padStart(2, '0');
const toIsoDate = (date: Date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

/** A count as one-stop systems write it: 18187, "18.187" (Vietnamese thousands), "18 187". */
export function parseCount(cell: Cell | undefined): { value: number } | { error: 'not_a_count' | 'negative' } | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell)) return { error: 'not_a_count' };
    return cell < 0 ? { error: 'negative' } : { value: cell };
  }
  if (cell instanceof Date) return { error: 'not_a_count' };
  const text = cell.trim().replace(/\u00a0/g, ' ');
  if (text === '' || text === '-') return null;
  const negative = /^[-−]/.test(text);
  const digits = text.replace(/^[-−]\s*/, '');
  if (!/^(\d{1,3}([. ]\d{3})+|\d+)$/.test(digits)) return { error: 'not_a_count' };
  if (negative) return { error: 'negative' };
  return { value: Number(digits.replace(/[. ]/g, '')) };
}

const TIERS: [string[], UnitLevel][] = [
  [['tinh', 'thanh pho', 'province', 'trung uong'], 'province'],
  [['so', 'ban', 'nganh', 'department'], 'department'],
  [['huyen', 'quan', 'thi xa', 'district'], 'district'],
  [['xa', 'phuong', 'thi tran', 'commune', 'dac khu'], 'commune'],
];

/** "Cấp tỉnh", "cấp huyện", "Xã", "district"… → the tier; undefined when unreadable. */
export function parseTier(cell: Cell | undefined): UnitLevel | null | undefined {
  const text = foldHeader(cellText(cell)).replace(/^cap /, '');
  if (text === '') return null;
  for (const [words, tier] of TIERS)
    if (words.some((word) => text === word || text.startsWith(`${word} `))) return tier;
  return undefined;
}

const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const isoOf = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

/** A date cell: an Excel date, dd/mm/yyyy (or with `-` `.`), or yyyy-mm-dd. */
export function parseDate(cell: Cell | undefined): string | null | undefined {
  if (cell === null || cell === undefined) return null;
  if (cell instanceof Date) return toIsoDate(cell);
  const text = String(cell).trim();
  if (text === '') return null;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, day] = dmy
    ? [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])]
    : ymd
      ? [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])]
      : [0, 0, 0];
  if (!year || month < 1 || month > 12 || day < 1 || day > lastDayOf(year, month)) return undefined;
  return isoOf(year, month, day);
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** A period as a whole: month m of a year, quarter q, a year, or from–to. */
export function periodOfParts(parts: {
  month?: number | undefined;
  quarter?: number | undefined;
  year: number;
}): { start: string; end: string } | undefined {
  const { month, quarter, year } = parts;
  if (!Number.isInteger(year) || year < 1900 || year > 2200) return undefined;
  if (month !== undefined) {
    if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
    return { start: isoOf(year, month, 1), end: isoOf(year, month, lastDayOf(year, month)) };
  }
  if (quarter !== undefined) {
    if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) return undefined;
    const last = quarter * 3;
    return { start: isoOf(year, last - 2, 1), end: isoOf(year, last, lastDayOf(year, last)) };
  }
  return { start: isoOf(year, 1, 1), end: isoOf(year, 12, 31) };
}

/** "Tháng 3/2025", "Quý I/2025", "Quý 2 năm 2025", "Năm 2025", "01/01/2025 - 31/03/2025". */
export function parsePeriodText(cell: Cell | undefined): { start: string; end: string } | undefined {
  const raw = cellText(cell);
  const range = /^(\S+)\s*(?:-|–|đến|den|to)\s*(\S+)$/i.exec(raw);
  if (range) {
    const start = parseDate(range[1] ?? '');
    const end = parseDate(range[2] ?? '');
    return start && end && start <= end ? { start, end } : undefined;
  }
  const text = foldHeader(raw);
  let match = /^thang (\d{1,2})(?: nam)? (\d{4})$/.exec(text) ?? /^month (\d{1,2}) (\d{4})$/.exec(text);
  if (match) return periodOfParts({ month: Number(match[1]), year: Number(match[2]) });
  match = /^(?:quy|quarter|q) (i{1,3}|iv|\d)(?: nam)? (\d{4})$/.exec(text);
  if (match) {
    const quarter = ROMAN[match[1] ?? ''] ?? Number(match[1]);
    return periodOfParts({ quarter, year: Number(match[2]) });
  }
  match = /^(?:nam |year )?(\d{4})$/.exec(text);
  if (match) return periodOfParts({ year: Number(match[1]) });
  return undefined;
}

/** A whole number in a cell (month, quarter, year), or a quarter in roman numerals. */
export function parseSmallNumber(cell: Cell | undefined): number | null | undefined {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell : undefined;
  const text = foldHeader(cellText(cell)).replace(/^(thang|quy|nam) /, '');
  if (text === '') return null;
  if (ROMAN[text]) return ROMAN[text];
  return /^\d+$/.test(text) ? Number(text) : undefined;
}
