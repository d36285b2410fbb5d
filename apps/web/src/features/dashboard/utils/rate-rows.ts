import type { OnTimeRateRow } from '@partrack/contracts';
import type { TFunction } from 'i18next';
import { formatDate, formatNumber } from '../../../lib/format';
import type { Language } from '../../../lib/i18n';
import { inspectionsHref } from './drill-down';
import type { ExportTable } from './export-table';
import { formatRate } from './format-rate';
import { type RankedRates, rankRates } from './rank-rates';

/** One line of the on-time table (and its CSV), in the order the chart ranks it. */
export interface RateTableRow {
  key: string;
  unitId: string;
  unitName: string;
  /** The unit, with the tier when it reported several: the chart's axis label. */
  label: string;
  tier: string;
  rate: string;
  counts: string;
  basis: string;
  period: string;
  isNotReported: boolean;
  /**
   * The unit's inspections. Not narrowed to the period: a figure counts by the end of its reported
   * period, and the inspection that recorded it may be dated after the period ends.
   */
  href: string;
  row: OnTimeRateRow;
}

/** The rows as the chart ranks them (bars first, highest rate first), then the units not reported. */
export function toRateTable(
  t: TFunction,
  language: Language,
  rows: OnTimeRateRow[],
): { ranked: RankedRates; table: RateTableRow[] } {
  const ranked = rankRates(rows);
  const notReportedIds = new Set(ranked.notReported.map((row) => row.unit.id));
  const ordered = [
    ...ranked.bars.map((bar) => ({ row: bar.row, key: bar.key, isTierSplit: bar.isTierSplit })),
    ...rows
      .filter((row) => notReportedIds.has(row.unit.id))
      .sort((a, b) => a.unit.shortName.localeCompare(b.unit.shortName, 'vi'))
      .map((row) => ({ row, key: `${row.unit.id}:${row.tier ?? 'all'}`, isTierSplit: false })),
  ];
  const table = ordered.map(({ row, key, isTierSplit }): RateTableRow => {
    const tier = row.tier ? t(`dashboard.rates.tiers.${row.tier}`) : t('dashboard.rates.wholeUnit');
    const counts =
      row.numerator !== null && row.denominator !== null
        ? `${formatNumber(row.numerator, language)} / ${formatNumber(row.denominator, language)}`
        : '';
    return {
      key,
      unitId: row.unit.id,
      unitName: row.unit.name,
      label: isTierSplit ? t('dashboard.rates.tierLabel', { unit: row.unit.shortName, tier }) : row.unit.shortName,
      tier,
      rate: formatRate(t, language, row),
      counts,
      basis: t(`dashboard.table.bases.${row.basis}`),
      period: formatSpan(t, row.periodStart, row.periodEnd),
      isNotReported: row.basis === 'not_reported',
      href: inspectionsHref({ unitId: row.unit.id }),
      row,
    };
  });
  return { ranked, table };
}

function formatSpan(t: TFunction, start: string | null, end: string | null): string {
  if (end === null) return '';
  if (start === null) return t('dashboard.table.asOf', { date: formatDate(end) });
  return t('dashboard.table.range', { from: formatDate(start), to: formatDate(end) });
}

/** The on-time table for CSV and XLSX: numbers plain, so a spreadsheet can sum them; unknown left empty. */
export function rateTableExport(t: TFunction, table: RateTableRow[]): ExportTable {
  return {
    header: [
      t('dashboard.table.unit'),
      t('dashboard.table.tier'),
      t('dashboard.table.rate'),
      t('dashboard.table.counts'),
      t('dashboard.table.basis'),
      t('dashboard.table.period'),
    ],
    rows: table.map((line) => [
      line.unitName,
      line.tier,
      line.row.rate,
      line.row.numerator !== null && line.row.denominator !== null
        ? `${line.row.numerator}/${line.row.denominator}`
        : null,
      line.basis,
      line.period,
    ]),
  };
}
