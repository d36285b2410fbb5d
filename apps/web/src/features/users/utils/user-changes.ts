import type { Role, UnitRef, UpdateUserBody, User } from '@partrack/contracts';

export interface UserEditValues {
  displayName: string;
  role: Role;
  unit: UnitRef | null;
  isActive: boolean;
}

/**
 * Only what was changed, so that saving a new display name does not also "change" the role, which the
 * API records in the audit trail and answers by ending the user's sessions.
 */
export function toUserChanges(user: User, values: UserEditValues): UpdateUserBody {
  const changes: UpdateUserBody = {};
  const displayName = values.displayName.trim();
  if (displayName !== user.displayName) changes.displayName = displayName;
  if (values.role !== user.role) changes.role = values.role;
  const unitId = values.unit?.id ?? null;
  if (unitId !== (user.unit?.id ?? null)) changes.unitId = unitId;
  if (values.isActive !== user.isActive) changes.isActive = values.isActive;
  return changes;
}
