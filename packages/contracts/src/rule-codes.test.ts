import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ReviewDirectiveBodySchema } from './directives';
import { issueCodeOf } from './errors';
import { CreateUnitBodySchema, UpdateUnitBodySchema } from './units';
import { CreateUserBodySchema, UpdateUserBodySchema } from './users';

/** `path: code` of each issue, the code as the API sends it. */
function codesOf(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issueCodeOf(issue)}`);
}

describe('the rules across fields outside inspections', () => {
  it('name a unit whose end comes before its start "before_start" at validTo', () => {
    const unit = { name: 'Phường Mới', shortName: 'Mới', level: 'commune', validFrom: '2025-07-01' };
    expect(codesOf(CreateUnitBodySchema, { ...unit, validTo: '2025-01-01' })).toEqual(['validTo: before_start']);
    expect(codesOf(UpdateUnitBodySchema, { validFrom: '2025-07-01', validTo: '2025-01-01' })).toEqual([
      'validTo: before_start',
    ]);
  });

  it('name a unit officer without a unit "required" at unitId', () => {
    const user = { username: 'moi', displayName: 'Người mới', role: 'unit_officer', password: 'a-long-password' };
    expect(codesOf(CreateUserBodySchema, user)).toEqual(['unitId: required']);
  });

  it('name an answer sent back without a reason "required" at comment', () => {
    expect(codesOf(ReviewDirectiveBodySchema, { decision: 'return' })).toEqual(['comment: required']);
    expect(codesOf(ReviewDirectiveBodySchema, { decision: 'accept' })).toEqual([]);
  });

  it('name an empty edit "nothing_to_change"', () => {
    expect(codesOf(UpdateUnitBodySchema, {})).toEqual([': nothing_to_change']);
    expect(codesOf(UpdateUserBodySchema, {})).toEqual([': nothing_to_change']);
  });
});
