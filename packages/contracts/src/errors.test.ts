import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatIssuePath, issueCodeOf, ruleIssue } from './errors';

describe('formatIssuePath', () => {
  it('writes array indexes in brackets and properties with dots', () => {
    expect(formatIssuePath(['figures', 3, 'value'])).toBe('figures[3].value');
  });

  it('returns a single field name unchanged', () => {
    expect(formatIssuePath(['level'])).toBe('level');
  });

  it('returns an empty string for the root', () => {
    expect(formatIssuePath([])).toBe('');
  });
});

describe('issueCodeOf', () => {
  const Range = z
    .object({ from: z.number(), to: z.number() })
    .refine((range) => range.from <= range.to, ruleIssue('before_start', 'must not be before from', ['to']));

  it("gives a rule's own code for the custom issue it raises", () => {
    const [issue] = Range.safeParse({ from: 2, to: 1 }).error?.issues ?? [];
    expect(issue).toMatchObject({ code: 'custom', path: ['to'], message: 'must not be before from' });
    expect(issue && issueCodeOf(issue)).toBe('before_start');
  });

  it("keeps zod's code for its own checks and for custom issues without a rule code", () => {
    const [typeIssue] = Range.safeParse({ from: 'x', to: 1 }).error?.issues ?? [];
    expect(typeIssue && issueCodeOf(typeIssue)).toBe('invalid_type');
    const [plain] =
      z
        .string()
        .refine(() => false)
        .safeParse('x').error?.issues ?? [];
    expect(plain && issueCodeOf(plain)).toBe('custom');
  });
});
