import { describe, expect, it } from 'vitest';
import { entityNameOf, toJsonText } from './describe-audit-event';

describe('entityNameOf', () => {
  it('names a user by the username in its record, after the change first', () => {
    expect(entityNameOf({ before: { username: 'cu' }, after: { username: 'moi' } })).toBe('moi');
    expect(entityNameOf({ before: { username: 'da.xoa' }, after: null })).toBe('da.xoa');
  });

  it('names a unit by its name', () => {
    expect(entityNameOf({ before: null, after: { name: 'Huyện Thanh Trì', level: 'district' } })).toBe(
      'Huyện Thanh Trì',
    );
  });

  it('has no name for records without one', () => {
    expect(entityNameOf({ before: null, after: null })).toBeNull();
    expect(entityNameOf({ before: null, after: { familyId: 'f-1' } })).toBeNull();
    expect(entityNameOf({ before: null, after: ['username'] })).toBeNull();
  });
});

describe('toJsonText', () => {
  it('pretty-prints a record and has nothing for no record', () => {
    expect(toJsonText({ isActive: false })).toBe('{\n  "isActive": false\n}');
    expect(toJsonText(null)).toBeNull();
  });
});
