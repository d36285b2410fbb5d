import { type ExportInspectionsQuery, type InspectionListItem, todayInVietnam } from '@partrack/contracts';
import { stringify } from 'csv-stringify/sync';

const KIND_LABELS: Record<InspectionListItem['kind'], string> = {
  visit: 'Kiểm tra',
  review_meeting: 'Hội nghị sơ kết, tổng kết',
  unit_report: 'Báo cáo của đơn vị',
};

const COLUMNS: { header: string; width: number; value: (item: InspectionListItem) => string | number }[] = [
  { header: 'Ngày', width: 12, value: (item) => item.date.split('-').reverse().join('/') },
  { header: 'Đơn vị được kiểm tra', width: 32, value: (item) => item.unit.name },
  { header: 'Hình thức', width: 24, value: (item) => KIND_LABELS[item.kind] },
  { header: 'Nội dung', width: 48, value: (item) => item.topic },
  { header: 'Trưởng đoàn / chủ trì', width: 28, value: (item) => item.leader?.name ?? '' },
  { header: 'Chức vụ', width: 40, value: (item) => item.leader?.title ?? '' },
  { header: 'Đoàn kiểm tra', width: 32, value: (item) => item.delegationName ?? '' },
  { header: 'Số phát hiện', width: 12, value: (item) => item.findingCount },
  { header: 'Số liệu', width: 10, value: (item) => item.figureCount },
  { header: 'Số chỉ đạo', width: 12, value: (item) => item.directiveCount },
  { header: 'Chỉ đạo quá hạn', width: 16, value: (item) => item.overdueDirectiveCount },
];

/**
 * The export's file name, dated the day it is in Vietnam: an export made at 06:30 in Hà Nội is still
 * "yesterday" in UTC.
 */
export function exportFileName(format: ExportInspectionsQuery['format'], now: Date = new Date()): string {
  return `kiem-tra-cchc-${todayInVietnam(now)}.${format}`;
}

/** CSV in UTF-8 with a byte-order mark, so Excel opens Vietnamese text correctly. */
export function inspectionsToCsv(items: InspectionListItem[]): string {
  const rows = [
    COLUMNS.map((column) => column.header),
    ...items.map((item) => COLUMNS.map((column) => column.value(item))),
  ];
  return `\uFEFF${stringify(rows)}`;
}

export async function inspectionsToXlsx(items: InspectionListItem[]): Promise<Buffer> {
  // Loaded on first use: the library takes most of a second to import, which every start would pay.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'partrack';
  const sheet = workbook.addWorksheet('Kiểm tra CCHC', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map(({ header, width }) => ({ header, width }));
  sheet.getRow(1).font = { bold: true };
  for (const item of items) sheet.addRow(COLUMNS.map((column) => column.value(item)));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
