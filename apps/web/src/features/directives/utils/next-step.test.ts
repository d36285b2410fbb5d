import type { Role } from '@partrack/contracts';
import { describe, expect, it } from 'vitest';
import { nextStepOf } from './next-step';

const open = { stage: 'open', isReturned: false, hasPendingExtension: false } as const;

describe('nextStepOf', () => {
  it('asks the unit to report progress on an open directive, and tells others the unit is at work', () => {
    expect(nextStepOf(open, 'unit_officer')).toEqual({ step: 'report', isMine: true });
    expect(nextStepOf(open, 'inspector')).toEqual({ step: 'report', isMine: false });
    expect(nextStepOf(open, 'leader')).toEqual({ step: 'report', isMine: false });
  });

  it('asks the unit to answer again after the inspecting side returned its answer', () => {
    expect(nextStepOf({ ...open, isReturned: true }, 'unit_officer')).toEqual({ step: 'answer_again', isMine: true });
    expect(nextStepOf({ ...open, isReturned: true }, 'inspector')).toEqual({ step: 'answer_again', isMine: false });
  });

  it('has the unit wait for the review, and puts the review on the inspector', () => {
    const reported = { ...open, stage: 'awaiting_review' } as const;
    expect(nextStepOf(reported, 'unit_officer')).toEqual({ step: 'await_review', isMine: false });
    expect(nextStepOf(reported, 'inspector')).toEqual({ step: 'await_review', isMine: true });
  });

  it('has the unit wait for a pending extension, and puts the decision on the leader', () => {
    const asked = { ...open, hasPendingExtension: true };
    expect(nextStepOf(asked, 'unit_officer')).toEqual({ step: 'extension_pending', isMine: false });
    expect(nextStepOf(asked, 'leader')).toEqual({ step: 'extension_pending', isMine: true });
  });

  it('shows each reader their own task first when a review and an extension both wait', () => {
    const both = { stage: 'awaiting_review', isReturned: false, hasPendingExtension: true } as const;
    expect(nextStepOf(both, 'leader')).toEqual({ step: 'extension_pending', isMine: true });
    expect(nextStepOf(both, 'inspector')).toEqual({ step: 'await_review', isMine: true });
    expect(nextStepOf(both, 'unit_officer')).toEqual({ step: 'await_review', isMine: false });
  });

  it('prefers answering a returned directive over waiting for an extension', () => {
    const both = { ...open, isReturned: true, hasPendingExtension: true };
    expect(nextStepOf(both, 'unit_officer')).toEqual({ step: 'answer_again', isMine: true });
  });

  it.each<Role>(['unit_officer', 'inspector', 'leader', 'admin'])('calls an accepted directive done for %s', (role) => {
    const accepted = { stage: 'accepted', isReturned: false, hasPendingExtension: false } as const;
    expect(nextStepOf(accepted, role)).toEqual({ step: 'done', isMine: false });
  });
});
