import type { DirectiveSummary, Role } from '@partrack/contracts';

/** What has to happen next with a directive, whoever has to do it. */
export type NextStep = 'report' | 'answer_again' | 'await_review' | 'extension_pending' | 'done';

/** Who moves each step on: the addressed unit reports, the inspecting side reviews, a leader decides. */
const actorsOf: Record<NextStep, readonly Role[]> = {
  report: ['unit_officer', 'admin'],
  answer_again: ['unit_officer', 'admin'],
  await_review: ['inspector', 'admin'],
  extension_pending: ['leader', 'admin'],
  done: [],
};

export interface DirectiveNextStep {
  step: NextStep;
  /** The reader is the one to act ("report progress"), rather than waiting for someone else. */
  isMine: boolean;
}

/**
 * The next step of a directive as its reader sees it. When two things wait at once (a completion to
 * review and an extension to decide), the reader's own task comes first: the inspector sees the review,
 * the leader the extension; the unit sees that it waits for the review.
 */
export function nextStepOf(
  directive: Pick<DirectiveSummary, 'stage' | 'isReturned' | 'hasPendingExtension'>,
  role: Role,
): DirectiveNextStep {
  const step = stepOf(directive, role);
  return { step, isMine: actorsOf[step].includes(role) };
}

function stepOf(
  { stage, isReturned, hasPendingExtension }: Pick<DirectiveSummary, 'stage' | 'isReturned' | 'hasPendingExtension'>,
  role: Role,
): NextStep {
  if (stage === 'accepted') return 'done';
  if (role === 'leader' && hasPendingExtension) return 'extension_pending';
  if (stage === 'awaiting_review') return 'await_review';
  if (isReturned) return 'answer_again';
  if (hasPendingExtension) return 'extension_pending';
  return 'report';
}
