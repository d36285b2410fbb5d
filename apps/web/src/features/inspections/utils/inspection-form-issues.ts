import { checkInspectionRules, type Indicator, issueCodeOf, type RuleCode, ruleCodes } from '@partrack/contracts';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { isApiError } from '../../../lib/api-error';
import { issueMessage } from '../../../lib/form-errors';
import type { Language } from '../../../lib/i18n';
import { type InspectionFormValues, toInspectionDraft } from './inspection-form-values';

type PathKey = string | number;

/** A problem with the body, from the schema here or from the API (whose paths are strings). */
export interface BodyIssue {
  path: PathKey[];
  code: string;
  message: string;
  maximum?: number | bigint;
  origin?: string;
}

/** Problems sorted out for the form: those shown at a field (by form path), and the rest. */
export interface FormIssues {
  fieldErrors: Record<string, string>;
  otherErrors: string[];
}

/** `figures[3].value` (as the API writes it) or `figures.3.value` → `['figures', 3, 'value']`. */
export function parseIssuePath(path: string): PathKey[] {
  return [...path.matchAll(/[^.[\]]+/g)].map(([key]) => (/^\d+$/.test(key) ? Number(key) : key));
}

const plainFields = new Set(['kind', 'date', 'partOfDay', 'topic', 'periodStart', 'periodEnd', 'sourceReference']);
const listFields: Record<string, Record<string, string>> = {
  sites: { unitId: 'unit', place: 'place' },
  findings: { kind: 'kind', parArea: 'parArea', text: 'text' },
  figures: {
    indicator: 'indicator',
    unitId: 'unit',
    tier: 'tier',
    periodStart: 'periodStart',
    periodEnd: 'periodEnd',
    value: 'value',
    qualifier: 'qualifier',
    note: 'note',
  },
  directives: {
    leadUnitId: 'leadUnit',
    coordinatingUnitIds: 'coordinatingUnits',
    text: 'text',
    parArea: 'parArea',
    dueDate: 'dueDate',
  },
};

/**
 * Where a body path is shown in the form (`figures.3.unitId` → `figures.3.unit`, `leader.name` →
 * `leaderName`); null for what no field holds (a directive's id, a whole list).
 */
export function toFormPath(path: readonly PathKey[]): string | null {
  const [head, second, third] = path;
  if (head === 'unitId') return 'unit';
  if (typeof head === 'string' && plainFields.has(head)) return head;
  if (head === 'delegation') {
    if (second === 'establishingDocument') return 'establishingDocument';
    if (second === 'members') return 'members';
    return 'delegationName';
  }
  if (head === 'leader') return second === 'title' ? 'leaderTitle' : 'leaderName';
  const fields = typeof head === 'string' ? listFields[head] : undefined;
  if (fields && typeof second === 'number' && typeof third === 'string') {
    const field = fields[third];
    return field ? `${head}.${second}.${field}` : null;
  }
  return null;
}

function valueAt(values: InspectionFormValues, formPath: string): unknown {
  let current: unknown = values;
  for (const key of formPath.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  return Array.isArray(value) && value.length === 0;
}

const apiCodes = ['unit_not_valid_on_date', 'outside_scope', 'unknown_unit', 'unknown_directive'] as const;

/** A problem found by one of the contract's rules across fields (its code, not zod's `custom`). */
function isRuleCode(code: string): code is RuleCode {
  return (ruleCodes as readonly string[]).includes(code);
}

function isApiCode(code: string): code is (typeof apiCodes)[number] {
  return (apiCodes as readonly string[]).includes(code);
}

/** One problem in the reader's words, knowing what the field holds (an empty field is "required"). */
export function describeIssue(t: TFunction, issue: BodyIssue, fieldValue: unknown, formPath: string | null): string {
  const empty = isEmpty(fieldValue);
  switch (issue.code) {
    case 'invalid_type':
    case 'invalid_value':
    case 'invalid_union':
      if (empty) return t('inspections.issues.required');
      return formPath?.endsWith('.value') ? t('inspections.issues.invalidNumber') : t('inspections.issues.invalid');
    case 'too_small':
      return empty ? t('inspections.issues.required') : t('forms.issues.too_small');
    case 'too_big':
      if (typeof issue.maximum !== 'number') return t('forms.issues.too_big');
      return issue.origin === 'array'
        ? t('inspections.issues.tooMany', { max: issue.maximum })
        : t('inspections.issues.tooLong', { max: issue.maximum });
    case 'invalid_format':
      return issue.message.toLowerCase().includes('date') || /date|period/i.test(formPath ?? '')
        ? t('inspections.issues.invalidDate')
        : t('forms.issues.invalid_format');
    default:
      if (isApiCode(issue.code)) return t(`inspections.issues.${issue.code}`);
      return issueMessage(t, { path: '', code: issue.code, message: issue.message });
  }
}

/** Sorts problems into field errors (the first per field wins) and the rest, each in the reader's words. */
export function toFormIssues(t: TFunction, issues: BodyIssue[], values: InspectionFormValues): FormIssues {
  const fieldErrors: Record<string, string> = {};
  const otherErrors: string[] = [];
  for (const issue of issues) {
    const formPath = toFormPath(issue.path);
    // A path into a row that is no longer there (the form changed since) cannot be shown at a field.
    if (formPath !== null && valueAt(values, formPath.split('.').slice(0, 2).join('.')) !== undefined) {
      fieldErrors[formPath] ??= describeIssue(t, issue, valueAt(values, formPath), formPath);
    } else {
      const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      otherErrors.push(`${where}${describeIssue(t, issue, undefined, null)}`);
    }
  }
  return { fieldErrors, otherErrors };
}

/**
 * The contract's cross-field rules (dates not in the future, counts not negative…). Zod runs them only
 * once every field is well-formed; running them as well means one submit shows every problem. Fields
 * that are missing or unreadable get harmless stand-ins: the schema already reports those.
 */
function checkRules(draft: Record<string, unknown>): BodyIssue[] {
  const found: BodyIssue[] = [];
  const context = {
    addIssue: (issue: { code: string; path?: PathKey[]; message?: string; params?: unknown }) =>
      found.push({ code: issueCodeOf(issue), path: issue.path ?? [], message: issue.message ?? '' }),
  } as unknown as z.RefinementCtx;
  const figures = (draft.figures as Record<string, unknown>[]).map((figure) => {
    const hasValue = typeof figure.value === 'number' && Number.isFinite(figure.value);
    const periodStart = typeof figure.periodStart === 'string' ? figure.periodStart : null;
    return {
      indicator: (figure.indicator ?? 'received') as Indicator,
      value: hasValue && figure.indicator !== undefined ? (figure.value as number) : 0,
      periodStart,
      periodEnd: typeof figure.periodEnd === 'string' ? figure.periodEnd : (periodStart ?? '0000-01-01'),
    };
  });
  checkInspectionRules(
    {
      date: typeof draft.date === 'string' ? draft.date : undefined,
      periodStart: draft.periodStart as string | null,
      periodEnd: draft.periodEnd as string | null,
      figures,
    },
    context,
  );
  return found;
}

export type InspectionValidation<Body> =
  | { success: true; body: Body }
  | { success: false; issues: FormIssues; count: number };

/**
 * Validates the form with the very schema the API validates with (`CreateInspectionBodySchema` or
 * `UpdateInspectionBodySchema`), and gives back the body to send or the problems, at their fields.
 */
export function validateInspection<Body>(
  schema: z.ZodType<Body>,
  values: InspectionFormValues,
  language: Language,
  t: TFunction,
): InspectionValidation<Body> {
  const draft = toInspectionDraft(values, language);
  const result = schema.safeParse(draft);
  if (result.success) return { success: true, body: result.data };
  const issues: BodyIssue[] = result.error.issues.map((issue) => ({
    path: issue.path.filter((key): key is PathKey => typeof key !== 'symbol'),
    code: issueCodeOf(issue),
    message: issue.message,
    maximum: 'maximum' in issue ? (issue.maximum as number | bigint) : undefined,
    origin: 'origin' in issue ? String(issue.origin) : undefined,
  }));
  if (!issues.some((issue) => isRuleCode(issue.code))) issues.push(...checkRules(draft));
  const formIssues = toFormIssues(t, issues, values);
  return {
    success: false,
    issues: formIssues,
    count: Object.keys(formIssues.fieldErrors).length + formIssues.otherErrors.length,
  };
}

/** The problems of a failed save that the API reported by field (400, or 403 for a unit out of scope). */
export function toApiFormIssues(t: TFunction, error: unknown, values: InspectionFormValues): FormIssues | null {
  if (!isApiError(error) || error.issues.length === 0) return null;
  return toFormIssues(
    t,
    error.issues.map((issue) => ({ path: parseIssuePath(issue.path), code: issue.code, message: issue.message })),
    values,
  );
}
