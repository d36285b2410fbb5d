import { describe, expect, it } from 'vitest';
import { fieldOfColumn, withColumnField } from './mapping';

describe('withColumnField', () => {
  it('moves a field from the column it was on, so no field is mapped twice', () => {
    const next = withColumnField({ unit: 0, received: 1 }, 2, 'received');
    expect(next).toEqual({ unit: 0, received: 2 });
    expect(fieldOfColumn(next, 1)).toBeNull();
  });

  it('ignores a column when its field is cleared', () => {
    expect(withColumnField({ unit: 0, received: 1 }, 1, null)).toEqual({ unit: 0 });
  });
});
