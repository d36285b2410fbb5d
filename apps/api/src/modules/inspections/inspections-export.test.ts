import { describe, expect, it } from 'vitest';
import { exportFileName } from './inspections-export';

describe('exportFileName', () => {
  it('dates the file with the day in Vietnam, not in UTC', () => {
    // 20:30 UTC on 1 July is 03:30 on 2 July in Hà Nội (UTC+7).
    expect(exportFileName('xlsx', new Date('2025-07-01T20:30:00Z'))).toBe('kiem-tra-cchc-2025-07-02.xlsx');
    expect(exportFileName('csv', new Date('2025-07-01T16:59:59Z'))).toBe('kiem-tra-cchc-2025-07-01.csv');
  });
});
