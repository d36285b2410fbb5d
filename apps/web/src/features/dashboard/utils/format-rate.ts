import type { RateBasis } from '@partrack/contracts';
import type { TFunction } from 'i18next';
import { formatNumber } from '../../../lib/format';
import type { Language } from '../../../lib/i18n';

export interface RateLike {
  basis: RateBasis;
  rate: number | null;
  numerator: number | null;
  denominator: number | null;
}

/**
 * A rate as the dashboard writes it: computed ones with two decimals (`100,00 %`), reported ones as the
 * report gave them (`99,9 %`), and `không có số liệu` for a rate nobody reported — never a 0.
 */
export function formatRate(t: TFunction, language: Language, rate: RateLike): string {
  if (rate.basis === 'not_reported' || rate.rate === null) return t('dashboard.rates.notReported');
  const digits = rate.basis === 'computed' ? { minimumFractionDigits: 2, maximumFractionDigits: 2 } : undefined;
  return t('dashboard.percent', { value: formatNumber(rate.rate, language, digits) });
}

/** `(2.763 / 2.763)` for a computed rate, `(số liệu báo cáo)` for a reported one, null otherwise. */
export function formatRateDetail(t: TFunction, language: Language, rate: RateLike): string | null {
  if (rate.basis === 'reported') return `(${t('dashboard.rates.reported')})`;
  if (rate.basis !== 'computed' || rate.numerator === null || rate.denominator === null) return null;
  return t('dashboard.rates.counts', {
    numerator: formatNumber(rate.numerator, language),
    denominator: formatNumber(rate.denominator, language),
  });
}

/** A plain percentage (completion rates): `57,14 %`, or null when there is nothing to divide. */
export function formatPercent(t: TFunction, language: Language, value: number | null): string | null {
  return value === null ? null : t('dashboard.percent', { value: formatNumber(value, language) });
}
