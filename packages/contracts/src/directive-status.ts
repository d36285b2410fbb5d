import { z } from 'zod';

/** The four buckets of Vietnam's government task tracking (Báo cáo 1270/BC-TCTTTg), derived, never set. */
export const DirectiveBucketSchema = z.enum(['done_on_time', 'done_late', 'open_within_deadline', 'open_overdue']);
export type DirectiveBucket = z.infer<typeof DirectiveBucketSchema>;

/**
 * Dates are `YYYY-MM-DD`. Statistics count against the original due date, so pass that one.
 * Done on the due date is on time; open on the due date is still within the deadline.
 */
export function deriveDirectiveBucket(
  directive: { dueDate: string | null; completedOn: string | null },
  today: string,
): DirectiveBucket {
  const { dueDate, completedOn } = directive;
  if (completedOn) return !dueDate || completedOn <= dueDate ? 'done_on_time' : 'done_late';
  return !dueDate || today <= dueDate ? 'open_within_deadline' : 'open_overdue';
}

/** Accepted once completed; awaiting review while the unit's "done" waits for the inspecting side. */
export function deriveDirectiveStage(directive: { reportedDoneOn: string | null; completedOn: string | null }) {
  if (directive.completedOn) return 'accepted' as const;
  return directive.reportedDoneOn ? ('awaiting_review' as const) : ('open' as const);
}
