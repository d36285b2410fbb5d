import { type ErrorIssue, ruleCodes } from '@partrack/contracts';
import type { TFunction } from 'i18next';
import { isApiError } from './api-error';

/**
 * Issue codes the API sends that have a message of their own in the catalogue (`forms.issues`): the
 * contracts' rule codes (`before_start`…), zod's own and the services' (`taken`…).
 */
export const translatedIssueCodes = [
  ...ruleCodes,
  'taken',
  'wrong_password',
  'unknown_unit',
  'too_small',
  'too_big',
  'invalid_format',
  'invalid_type',
] as const;
type TranslatedIssueCode = (typeof translatedIssueCodes)[number];

function isTranslated(code: string): code is TranslatedIssueCode {
  return (translatedIssueCodes as readonly string[]).includes(code);
}

/** An API issue in the reader's language; an issue we have no words for keeps the API's own message. */
export function issueMessage(t: TFunction, issue: ErrorIssue): string {
  return isTranslated(issue.code) ? t(`forms.issues.${issue.code}`) : issue.message;
}

/**
 * The issues of a failed request that belong to fields of a form, as `{ field: message }` for
 * `form.setErrors`: the first issue of each field wins. `fields` lists the form's fields by API path;
 * `formFieldOf` renames those the form calls otherwise (`unitId` → `unit`).
 */
export function toFieldErrors(
  t: TFunction,
  error: unknown,
  fields: readonly string[],
  formFieldOf: Readonly<Record<string, string>> = {},
): Record<string, string> {
  if (!isApiError(error)) return {};
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = formFieldOf[issue.path] ?? issue.path;
    if (fields.includes(issue.path) && !(field in errors)) errors[field] = issueMessage(t, issue);
  }
  return errors;
}

/** Whether some of the failure cannot be shown next to a field and needs an alert of its own. */
export function hasErrorBeyondFields(error: unknown, fields: readonly string[]): boolean {
  if (!error) return false;
  if (!isApiError(error) || error.issues.length === 0) return true;
  return error.issues.some((issue) => !fields.includes(issue.path));
}
