import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { type ExportTable, tableToCsv, tableToXlsx } from './export-table';

const table: ExportTable = {
  header: ['Đơn vị', 'Tỉ lệ'],
  rows: [
    ['Quận Kiến An', 100],
    ['Huyện "Gia Lâm", Hà Nội', 57.14],
    ['Huyện Vị Xuyên', null],
  ],
};

describe('tableToCsv', () => {
  it('writes a UTF-8 CSV Excel opens, quoting what needs it and leaving unknown cells empty', () => {
    expect(tableToCsv(table)).toBe(
      '\uFEFFĐơn vị,Tỉ lệ\r\nQuận Kiến An,100\r\n"Huyện ""Gia Lâm"", Hà Nội",57.14\r\nHuyện Vị Xuyên,\r\n',
    );
  });
});

/** jsdom's Blob has no arrayBuffer(); its FileReader reads one. */
function readBlob(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

describe('tableToXlsx', () => {
  it('writes one named sheet a spreadsheet reads back with numbers as numbers and unknown cells empty', async () => {
    const blob = await tableToXlsx(table, 'Tỉ lệ đúng hạn');
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const sheets = await readXlsxFile(Buffer.from(await readBlob(blob)));
    expect(sheets).toEqual([
      {
        sheet: 'Tỉ lệ đúng hạn',
        data: [
          ['Đơn vị', 'Tỉ lệ'],
          ['Quận Kiến An', 100],
          ['Huyện "Gia Lâm", Hà Nội', 57.14],
          ['Huyện Vị Xuyên', null],
        ],
      },
    ]);
  });
});
