import { describe, expect, it } from 'vitest';
import { toCsv } from './to-csv';

describe('toCsv', () => {
  it('writes a UTF-8 CSV Excel opens, quoting what needs it and leaving unknown cells empty', () => {
    const csv = toCsv(
      ['Đơn vị', 'Tỉ lệ'],
      [
        ['Quận Kiến An', 100],
        ['Huyện "Gia Lâm", Hà Nội', 57.14],
        ['Huyện Vị Xuyên', null],
      ],
    );
    expect(csv).toBe(
      '\uFEFFĐơn vị,Tỉ lệ\r\nQuận Kiến An,100\r\n"Huyện ""Gia Lâm"", Hà Nội",57.14\r\nHuyện Vị Xuyên,\r\n',
    );
  });
});
