import type { OnTimeRateRow } from '@partrack/contracts';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n';
import { rankRates } from './rank-rates';
import { rateTableExport, toRateTable } from './rate-rows';

let sequence = 0;
const unitIds = new Map<string, string>();
function unitIdOf(name: string): string {
  if (!unitIds.has(name)) unitIds.set(name, `0190a2b3-0000-7000-8000-${String(++sequence).padStart(12, '0')}`);
  return unitIds.get(name) ?? '';
}

const NO_COUNTS = {
  received: null,
  carried_over: null,
  resolved: null,
  resolved_early: null,
  resolved_on_time: null,
  resolved_late: null,
  in_progress: null,
  in_progress_within_deadline: null,
  in_progress_overdue: null,
  on_time_rate_reported: null,
};

function row(
  name: string,
  change: Partial<OnTimeRateRow> & Pick<OnTimeRateRow, 'basis'>,
  fullName = `Huyện ${name}`,
): OnTimeRateRow {
  return {
    unit: {
      id: unitIdOf(name),
      name: fullName,
      shortName: name,
      level: 'district',
      parentId: null,
      validFrom: null,
      validTo: null,
    },
    tier: 'district',
    definition: 'resolved',
    counts: NO_COUNTS,
    numerator: null,
    denominator: null,
    rate: null,
    reportedRate: null,
    periodStart: null,
    periodEnd: null,
    flags: [],
    periods: [],
    figureIds: [],
    inspectionIds: [],
    ...change,
  };
}

/** The acceptance rows of DOMAIN.md, in the API's order (by name, then tier). */
const acceptance = [
  row('Gia Lâm', {
    basis: 'computed',
    tier: 'district',
    rate: 100,
    numerator: 12616,
    denominator: 12616,
    periodStart: '2020-12-16',
    periodEnd: '2021-05-31',
  }),
  row('Gia Lâm', {
    basis: 'computed',
    tier: 'commune',
    rate: 100,
    numerator: 61000,
    denominator: 61000,
    periodStart: '2020-12-16',
    periodEnd: '2021-05-31',
  }),
  row(
    'Kiến An',
    {
      basis: 'computed',
      rate: 100,
      numerator: 2763,
      denominator: 2763,
      periodStart: '2020-01-01',
      periodEnd: '2020-12-15',
    },
    'Quận Kiến An',
  ),
  row('Kiến Thụy', { basis: 'not_reported' }),
  row('Thanh Trì', { basis: 'reported', tier: null, rate: 99.9, reportedRate: 99.9, periodEnd: '2020-07-09' }),
  row('Vị Xuyên', { basis: 'not_reported' }),
  row('Lạc', { basis: 'computed', rate: 80, numerator: 4, denominator: 5, periodEnd: '2021-06-30' }),
];

describe('rankRates', () => {
  it('ranks the units with a rate, highest first, and lists those without one apart', () => {
    const { bars, notReported } = rankRates(acceptance);
    expect(bars.map((bar) => [bar.shortName, bar.tier, bar.rate])).toEqual([
      ['Gia Lâm', 'district', 100],
      ['Gia Lâm', 'commune', 100],
      ['Kiến An', 'district', 100],
      ['Thanh Trì', null, 99.9],
      ['Lạc', 'district', 80],
    ]);
    expect(notReported.map((unit) => unit.unit.shortName)).toEqual(['Kiến Thụy', 'Vị Xuyên']);
  });

  it('names the tier only of a unit that reported several', () => {
    const { bars } = rankRates(acceptance);
    expect(bars.filter((bar) => bar.isTierSplit).map((bar) => bar.key)).toEqual([
      `${unitIdOf('Gia Lâm')}:district`,
      `${unitIdOf('Gia Lâm')}:commune`,
    ]);
    expect(bars.find((bar) => bar.shortName === 'Kiến An')?.key).toBe(unitIdOf('Kiến An'));
  });

  it('keeps the bar of a unit that reported one tier and not another: it is not "not reported"', () => {
    const rows = [
      row('Sóc Sơn', { basis: 'computed', tier: 'district', rate: 90, numerator: 9, denominator: 10 }),
      row('Sóc Sơn', { basis: 'not_reported', tier: 'commune' }),
    ];
    const { bars, notReported } = rankRates(rows);
    expect(bars.map((bar) => bar.tier)).toEqual(['district']);
    expect(notReported).toEqual([]);
  });
});

describe('toRateTable', () => {
  const t = i18n.getFixedT('vi');

  it('writes the acceptance figures as a leader reads them', () => {
    const { table } = toRateTable(t, 'vi', acceptance);
    expect(table.map((line) => [line.label, line.rate, line.counts, line.basis])).toEqual([
      ['Gia Lâm · cấp huyện', '100,00 %', '12.616 / 12.616', 'tính từ số hồ sơ'],
      ['Gia Lâm · cấp xã', '100,00 %', '61.000 / 61.000', 'tính từ số hồ sơ'],
      ['Kiến An', '100,00 %', '2.763 / 2.763', 'tính từ số hồ sơ'],
      ['Thanh Trì', '99,9 %', '', 'số liệu báo cáo'],
      ['Lạc', '80,00 %', '4 / 5', 'tính từ số hồ sơ'],
      ['Kiến Thụy', 'không có số liệu', '', 'không có số liệu'],
      ['Vị Xuyên', 'không có số liệu', '', 'không có số liệu'],
    ]);
    expect(table[2]?.period).toBe('01/01/2020–15/12/2020');
    expect(table[3]?.period).toBe('tính đến 09/07/2020');
  });

  it("links every unit to its inspections, the bar's drill-down", () => {
    const { table } = toRateTable(t, 'vi', acceptance);
    expect(table.find((line) => line.label === 'Kiến An')?.href).toBe(`/inspections?unit=${unitIdOf('Kiến An')}`);
  });

  it('exports plain numbers, leaving a rate nobody reported empty rather than 0', () => {
    const en = i18n.getFixedT('en');
    const { table } = toRateTable(en, 'en', acceptance);
    const csv = rateTableExport(en, table);
    expect(csv.header).toEqual(['Unit', 'Tier handled', 'Rate', 'On time / base', 'Source', 'Figures period']);
    expect(csv.rows[2]).toEqual([
      'Quận Kiến An',
      'district tier',
      100,
      '2763/2763',
      'computed from counts',
      '01/01/2020–15/12/2020',
    ]);
    expect(csv.rows.at(-1)).toEqual(['Huyện Vị Xuyên', 'district tier', null, null, 'not reported', '']);
  });
});
