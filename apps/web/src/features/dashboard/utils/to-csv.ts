/** One cell: text as shown, or a number written plainly (`2763`, `57.14`) so a spreadsheet reads it as one. */
export type CsvCell = string | number | null;

function quote(cell: CsvCell): string {
  if (cell === null) return '';
  const text = String(cell);
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A table as CSV (RFC 4180, CRLF line ends), with a byte order mark so that Excel opens Vietnamese
 * text as UTF-8. An empty cell is left empty: a number nobody reported is not written as 0.
 */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
}
