import type { CurrentUser } from '@partrack/contracts';

/**
 * What the interface offers to whom. The API enforces every rule on its own; these only decide what to
 * show, so that nobody is led to a screen that would answer "forbidden".
 */
export function canAdminister(user: Pick<CurrentUser, 'role'> | null): boolean {
  return user?.role === 'admin';
}

/** Administrators and Home Affairs inspectors log, edit and delete inspections; everyone else reads. */
export function canEditInspections(user: Pick<CurrentUser, 'role'> | null): boolean {
  return user?.role === 'admin' || user?.role === 'inspector';
}
