import { stringify } from 'csv-stringify/browser/esm/sync';

/** One cell: text as shown, or a number written plainly (`2763`, `57.14`) so a spreadsheet reads it as one. */
export type ExportCell = string | number | null;

/** The table behind a chart, as the CSV and XLSX downloads write it. */
export type ExportTable = { header: string[]; rows: ExportCell[][] };

/**
 * The table as CSV (RFC 4180, CRLF line ends), with a byte order mark so that Excel opens Vietnamese
 * text as UTF-8. An empty cell is left empty: a number nobody reported is not written as 0.
 */
export function tableToCsv({ header, rows }: ExportTable): string {
  return stringify([header, ...rows], { bom: true, record_delimiter: 'windows' });
}

/**
 * The table as an XLSX workbook of one sheet: numbers stay numbers, an unknown cell stays empty, the
 * header row is bold. The writer is loaded on first use, so it never weighs on the dashboard's download.
 */
export async function tableToXlsx({ header, rows }: ExportTable, sheetName: string): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const widths = header.map((title, column) =>
    Math.min(60, Math.max(title.length, ...rows.map((row) => String(row[column] ?? '').length)) + 2),
  );
  return writeXlsxFile(
    [header.map((value) => ({ value, fontWeight: 'bold' as const })), ...rows.map((row) => row.map((value) => value))],
    { sheet: sheetName.slice(0, 31), columns: widths.map((width) => ({ width })), stickyRowsCount: 1 },
  ).toBlob();
}
