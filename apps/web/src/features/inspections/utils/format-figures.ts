import { type Figure, indicatorCatalogue, type OnTimeRate } from '@partrack/contracts';
import type { TFunction } from 'i18next';
import { formatDate, formatNumber } from '../../../lib/format';
import type { Language } from '../../../lib/i18n';

/**
 * A figure's value as the report put it: `12.989`, `57,14 %`, `trên 400`, `dưới 3`, `khoảng 1.200`.
 * Rates carry the percent sign; counts and days are plain numbers (the indicator names the unit).
 */
export function formatFigureValue(
  t: TFunction,
  language: Language,
  figure: Pick<Figure, 'indicator' | 'value' | 'qualifier'>,
): string {
  const number = formatNumber(figure.value, language);
  const shown = indicatorCatalogue[figure.indicator] === 'rate' ? t('inspections.percent', { value: number }) : number;
  return figure.qualifier === 'exact' ? shown : t(`inspections.qualified.${figure.qualifier}`, { value: shown });
}

/** `01/01/2020–15/12/2020`, or `tính đến 19/05/2021` for a figure without a start. */
export function formatPeriod(t: TFunction, periodStart: string | null, periodEnd: string): string {
  return periodStart === null
    ? t('inspections.period.asOf', { date: formatDate(periodEnd) })
    : t('inspections.period.range', { from: formatDate(periodStart), to: formatDate(periodEnd) });
}

export interface RateText {
  /** `100,00 %`, `99,9 %`, or `không có số liệu`: never a 0 for what nobody reported. */
  value: string;
  /** `(2.763 / 2.763)` for a computed rate, `(số liệu báo cáo)` for a reported one. */
  detail: string | null;
}

/**
 * An on-time rate in words. Computed rates show two decimals and the counts they come from; a rate
 * taken from the report shows as the report gave it, marked as reported.
 */
export function describeRate(
  t: TFunction,
  language: Language,
  rate: Pick<OnTimeRate, 'basis' | 'rate' | 'numerator' | 'denominator'>,
): RateText {
  if (rate.basis === 'not_reported' || rate.rate === null) {
    return { value: t('inspections.rates.notReported'), detail: null };
  }
  if (rate.basis === 'reported') {
    return {
      value: t('inspections.percent', { value: formatNumber(rate.rate, language) }),
      detail: t('inspections.rates.reported'),
    };
  }
  const value = t('inspections.percent', {
    value: formatNumber(rate.rate, language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  });
  const hasCounts = rate.numerator !== null && rate.denominator !== null;
  return {
    value,
    detail: hasCounts
      ? t('inspections.rates.counts', {
          numerator: formatNumber(rate.numerator ?? 0, language),
          denominator: formatNumber(rate.denominator ?? 0, language),
        })
      : null,
  };
}
