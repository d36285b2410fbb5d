import type { OnTimeRateRow, UnitLevel } from '@partrack/contracts';

/** One bar of the on-time chart: a unit, or one authority tier of a unit that reported tiers apart. */
export interface RateBar {
  /** Unique per bar: the unit id, with the tier when the unit has several rows. */
  key: string;
  unitId: string;
  unitName: string;
  shortName: string;
  tier: UnitLevel | null;
  /** Whether the unit reported several tiers, so the bar's label must name its tier. */
  isTierSplit: boolean;
  basis: 'computed' | 'reported';
  rate: number;
  numerator: number | null;
  denominator: number | null;
  row: OnTimeRateRow;
}

export interface RankedRates {
  /** Rows with a rate, highest first (ties: by name, then tier). */
  bars: RateBar[];
  /** Units with no rate in the period: listed by name, never drawn as a bar of 0. */
  notReported: OnTimeRateRow[];
}

const tierOrder: Record<string, number> = { province: 0, department: 1, district: 2, commune: 3 };
const byName = (a: OnTimeRateRow, b: OnTimeRateRow) => a.unit.shortName.localeCompare(b.unit.shortName, 'vi');

/**
 * Splits the rows into ranked bars and the units not reported. A unit that has a rate for one tier and
 * none for another keeps its bar; it is "not reported" only when none of its rows has a rate.
 */
export function rankRates(rows: OnTimeRateRow[]): RankedRates {
  const rowsPerUnit = new Map<string, number>();
  for (const row of rows) rowsPerUnit.set(row.unit.id, (rowsPerUnit.get(row.unit.id) ?? 0) + 1);

  const bars: RateBar[] = [];
  const withRate = new Set<string>();
  for (const row of rows) {
    if (row.basis === 'not_reported' || row.rate === null) continue;
    withRate.add(row.unit.id);
    const isTierSplit = (rowsPerUnit.get(row.unit.id) ?? 0) > 1;
    bars.push({
      key: isTierSplit ? `${row.unit.id}:${row.tier ?? 'all'}` : row.unit.id,
      unitId: row.unit.id,
      unitName: row.unit.name,
      shortName: row.unit.shortName,
      tier: row.tier,
      isTierSplit,
      basis: row.basis,
      rate: row.rate,
      numerator: row.numerator,
      denominator: row.denominator,
      row,
    });
  }
  bars.sort(
    (a, b) =>
      b.rate - a.rate ||
      a.shortName.localeCompare(b.shortName, 'vi') ||
      (tierOrder[a.tier ?? ''] ?? 9) - (tierOrder[b.tier ?? ''] ?? 9),
  );

  const seen = new Set<string>();
  const notReported = rows
    .filter((row) => {
      if (withRate.has(row.unit.id) || seen.has(row.unit.id)) return false;
      seen.add(row.unit.id);
      return true;
    })
    .sort(byName);
  return { bars, notReported };
}
