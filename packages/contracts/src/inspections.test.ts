import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { issueCodeOf } from './errors';
import { CreateInspectionBodySchema, UpdateInspectionBodySchema } from './inspections';

const unitId = '00000000-0000-4000-8000-000000000001';
const valid = { unitId, kind: 'visit', date: '2020-12-18', topic: 'Kiểm tra CCHC năm 2020' };

function pathsOf(input: object): string[] {
  const result = CreateInspectionBodySchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

/** `path: code` of each issue, the code as a client sees it. */
function codesOf(schema: z.ZodType, input: object): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issueCodeOf(issue)}`);
}

describe('CreateInspectionBodySchema', () => {
  it('accepts a minimal inspection and fills in empty lists', () => {
    expect(CreateInspectionBodySchema.parse(valid)).toMatchObject({
      findings: [],
      figures: [],
      directives: [],
      leader: null,
    });
  });

  it('rejects negative counts, fractional counts and rates above 100 at the figure', () => {
    const figures = [
      { indicator: 'received', periodEnd: '2020-12-15', value: -1 },
      { indicator: 'resolved', periodEnd: '2020-12-15', value: 1.5 },
      { indicator: 'on_time_rate_reported', periodEnd: '2020-12-15', value: 100.1 },
      { indicator: 'on_time_rate_reported', periodEnd: '2020-12-15', value: 99.9 },
    ];
    expect(pathsOf({ ...valid, figures })).toEqual(['figures.0.value', 'figures.1.value', 'figures.2.value']);
  });

  it('rejects a period that ends before it starts and dates in the future', () => {
    expect(pathsOf({ ...valid, periodStart: '2020-12-01', periodEnd: '2020-01-01' })).toEqual(['periodEnd']);
    expect(pathsOf({ ...valid, date: '2999-01-01' })).toEqual(['date']);
    expect(
      pathsOf({
        ...valid,
        figures: [{ indicator: 'received', periodStart: '2020-02-01', periodEnd: '2020-01-01', value: 1 }],
      }),
    ).toEqual(['figures.0.periodEnd']);
  });

  it('rejects fields it does not know (mass assignment)', () => {
    expect(pathsOf({ ...valid, loggedBy: unitId })).toEqual(['']);
  });
});

describe('the rules across fields', () => {
  it('name each problem with a stable code rather than zod\'s generic "custom"', () => {
    const figures = [
      { indicator: 'received', periodEnd: '2020-12-15', value: -1 },
      { indicator: 'resolved', periodEnd: '2020-12-15', value: 1.5 },
      { indicator: 'on_time_rate_reported', periodEnd: '2020-12-15', value: 100.1 },
      { indicator: 'received', periodStart: '2020-02-01', periodEnd: '2020-01-01', value: 1 },
      { indicator: 'received', periodEnd: '2999-01-01', value: 1 },
    ];
    expect(codesOf(CreateInspectionBodySchema, { ...valid, figures })).toEqual([
      'figures.0.value: negative',
      'figures.1.value: not_whole_number',
      'figures.2.value: not_a_percentage',
      'figures.3.periodEnd: before_start',
      'figures.4.periodEnd: in_future',
    ]);
    expect(
      codesOf(CreateInspectionBodySchema, {
        ...valid,
        date: '2999-01-01',
        periodStart: '2020-12-01',
        periodEnd: '2020-01-01',
      }),
    ).toEqual(['date: in_future', 'periodEnd: before_start']);
  });

  it('refuse an empty edit as "nothing to change"', () => {
    expect(codesOf(UpdateInspectionBodySchema, {})).toEqual([': nothing_to_change']);
  });
});
