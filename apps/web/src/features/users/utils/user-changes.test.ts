import { describe, expect, it } from 'vitest';
import { kienAn, makeUser, thanhTri } from '../../../testing/auth-fixtures';
import { toUserChanges } from './user-changes';

const kienan = makeUser();
const unchanged = { displayName: kienan.displayName, role: kienan.role, unit: kienan.unit, isActive: true };

describe('toUserChanges', () => {
  it('is empty when nothing changed, a display name with spaces around it included', () => {
    expect(toUserChanges(kienan, unchanged)).toEqual({});
    expect(toUserChanges(kienan, { ...unchanged, displayName: ` ${kienan.displayName} ` })).toEqual({});
  });

  it('holds exactly the fields that changed', () => {
    expect(toUserChanges(kienan, { ...unchanged, isActive: false })).toEqual({ isActive: false });
    expect(toUserChanges(kienan, { ...unchanged, unit: thanhTri })).toEqual({ unitId: thanhTri.id });
    expect(toUserChanges(kienan, { ...unchanged, role: 'leader', unit: null, displayName: 'Lãnh đạo' })).toEqual({
      role: 'leader',
      unitId: null,
      displayName: 'Lãnh đạo',
    });
  });

  it('compares units by id, not by the object holding them', () => {
    expect(toUserChanges(kienan, { ...unchanged, unit: { ...kienAn } })).toEqual({});
  });
});
