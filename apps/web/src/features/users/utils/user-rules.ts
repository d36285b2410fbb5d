import { PasswordSchema } from '@partrack/contracts';
import type { TFunction } from 'i18next';

export const MIN_PASSWORD_LENGTH = PasswordSchema.minLength ?? 12;
const MAX_DISPLAY_NAME_LENGTH = 120;

/** The contract's display-name rule (1–120 characters once trimmed), in the reader's words. */
export function displayNameError(t: TFunction, value: string): string | null {
  const length = value.trim().length;
  if (length === 0) return t('forms.required');
  if (length > MAX_DISPLAY_NAME_LENGTH) return t('forms.tooLong', { max: MAX_DISPLAY_NAME_LENGTH });
  return null;
}
