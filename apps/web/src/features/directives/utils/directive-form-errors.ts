import type { TFunction } from 'i18next';
import { isApiError } from '../../../lib/api-error';
import { issueMessage } from '../../../lib/form-errors';

/** Issue codes of the directive routes that have words of their own in the catalogue (`directives.issues`). */
const directiveIssueCodes = ['invalid_date', 'too_early', 'unknown_evidence'] as const;
type DirectiveIssueCode = (typeof directiveIssueCodes)[number];

function isDirectiveIssueCode(code: string): code is DirectiveIssueCode {
  return (directiveIssueCodes as readonly string[]).includes(code);
}

/** `evidenceFileIds[2]` → `evidenceFileIds`: an issue about one item of a list belongs to the list's field. */
function fieldPathOf(path: string): string {
  return path.replace(/\[\d+\]$/, '');
}

/**
 * Like `toFieldErrors` (lib/form-errors), for the directive forms: the first issue of each field, in
 * the reader's language, including the codes only these routes send.
 */
export function toDirectiveFieldErrors(
  t: TFunction,
  error: unknown,
  fields: readonly string[],
  formFieldOf: Readonly<Record<string, string>> = {},
): Record<string, string> {
  if (!isApiError(error)) return {};
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = fieldPathOf(issue.path);
    if (!fields.includes(path)) continue;
    const field = formFieldOf[path] ?? path;
    if (field in errors) continue;
    errors[field] = isDirectiveIssueCode(issue.code) ? t(`directives.issues.${issue.code}`) : issueMessage(t, issue);
  }
  return errors;
}

/** Whether some of the failure cannot be shown next to a field and needs an alert of its own. */
export function hasDirectiveErrorBeyondFields(error: unknown, fields: readonly string[]): boolean {
  if (!error) return false;
  if (!isApiError(error) || error.issues.length === 0) return true;
  return error.issues.some((issue) => !fields.includes(fieldPathOf(issue.path)));
}
