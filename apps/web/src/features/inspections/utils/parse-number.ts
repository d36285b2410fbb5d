import { formatNumber } from '../../../lib/format';
import type { Language } from '../../../lib/i18n';

const separators: Record<Language, { group: string; decimal: string }> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

function escapeRegExp(character: string): string {
  return `\\${character}`;
}

/**
 * A number as people write it in the interface language. In Vietnamese `.` groups thousands and `,`
 * marks decimals: `12.989` → 12989, `57,14` → 57.14, `1.234,5` → 1234.5. A separator in the wrong
 * place (`57.14`, `1.23`) is refused rather than guessed at. Null when the text is not a number.
 */
export function parseLocalizedNumber(text: string, language: Language): number | null {
  const { group, decimal } = separators[language];
  const compact = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  const pattern = new RegExp(`^-?(\\d{1,3}(${escapeRegExp(group)}\\d{3})+|\\d+)(${escapeRegExp(decimal)}\\d+)?$`);
  if (!pattern.test(compact)) return null;
  const value = Number(compact.split(group).join('').replace(decimal, '.'));
  return Number.isFinite(value) ? value : null;
}

/** A stored value as the reader would type it, so that editing it and saving gives it back unchanged. */
export function toNumberInput(value: number, language: Language): string {
  return formatNumber(value, language, { maximumFractionDigits: 10 });
}
