import { describe, expect, it } from 'vitest';
import { isUnitValidOn, ListUnitsQuerySchema } from './units';

describe('isUnitValidOn', () => {
  const district = { validFrom: null, validTo: '2025-06-30' };

  it('treats a missing start as always valid before the end', () => {
    expect(isUnitValidOn(district, '1990-01-01')).toBe(true);
  });

  it('includes the last day and excludes the day after', () => {
    expect(isUnitValidOn(district, '2025-06-30')).toBe(true);
    expect(isUnitValidOn(district, '2025-07-01')).toBe(false);
  });
});

describe('ListUnitsQuerySchema', () => {
  it('rejects an unknown level', () => {
    const result = ListUnitsQuerySchema.safeParse({ level: 'bogus' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['level']);
  });

  it('accepts root as a parent and coerces paging from strings', () => {
    const query = ListUnitsQuerySchema.parse({ parentId: 'root', page: '2' });
    expect(query).toMatchObject({ parentId: 'root', page: 2, pageSize: 50 });
  });
});
