import type { CurrentUser } from '@partrack/contracts';
import { paths } from './paths';

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

/**
 * Where `/` leads: leaders open the dashboard they read every week; a unit officer's work is answering
 * their directives; inspectors and administrators start at the inspections.
 */
export function homePathOf(user: Pick<CurrentUser, 'role'> | null): string {
  if (user?.role === 'leader') return paths.dashboard;
  return user?.role === 'unit_officer' ? paths.directives.list : paths.inspections.list;
}
