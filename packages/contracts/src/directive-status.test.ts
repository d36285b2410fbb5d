import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveDirectiveBucket } from './directive-status';

const today = '2026-11-23';

describe('deriveDirectiveBucket', () => {
  it('is done on time when completed on or before the due date, or with no due date', () => {
    expect(deriveDirectiveBucket({ dueDate: '2026-11-20', completedOn: '2026-11-20' }, today)).toBe('done_on_time');
    expect(deriveDirectiveBucket({ dueDate: null, completedOn: '2026-01-01' }, today)).toBe('done_on_time');
  });

  it('is done late when completed after the due date', () => {
    expect(deriveDirectiveBucket({ dueDate: '2026-11-20', completedOn: '2026-11-21' }, today)).toBe('done_late');
  });

  it('is open within the deadline until the due date has passed, or with no due date', () => {
    expect(deriveDirectiveBucket({ dueDate: today, completedOn: null }, today)).toBe('open_within_deadline');
    expect(deriveDirectiveBucket({ dueDate: null, completedOn: null }, today)).toBe('open_within_deadline');
  });

  it('is open overdue once the due date has passed', () => {
    expect(deriveDirectiveBucket({ dueDate: '2026-11-22', completedOn: null }, today)).toBe('open_overdue');
  });
});

describe('deriveDirectiveBucket, for any dates', () => {
  const day = fc
    .integer({ min: 0, max: 3650 })
    .map((offset) => new Date(Date.UTC(2018, 0, 1 + offset)).toISOString().slice(0, 10));
  const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });

  it('puts every directive in exactly the bucket the rules of Báo cáo 1270 give', () => {
    fc.assert(
      fc.property(maybe(day), maybe(day), day, (dueDate, completedOn, today) => {
        const bucket = deriveDirectiveBucket({ dueDate, completedOn }, today);
        if (completedOn) {
          expect(bucket).toBe(dueDate === null || completedOn <= dueDate ? 'done_on_time' : 'done_late');
        } else {
          expect(bucket).toBe(dueDate === null || today <= dueDate ? 'open_within_deadline' : 'open_overdue');
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('never lets a later "today" move a completed directive, nor bring an overdue one back in time', () => {
    fc.assert(
      fc.property(maybe(day), maybe(day), day, day, (dueDate, completedOn, first, second) => {
        const [earlier, later] = first <= second ? [first, second] : [second, first];
        const before = deriveDirectiveBucket({ dueDate, completedOn }, earlier);
        const after = deriveDirectiveBucket({ dueDate, completedOn }, later);
        if (completedOn) expect(after).toBe(before);
        if (before === 'open_overdue') expect(after).toBe('open_overdue');
      }),
      { numRuns: 1000 },
    );
  });
});
