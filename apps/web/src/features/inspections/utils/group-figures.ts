import type { Inspection, OnTimeRate, RateDefinition } from '@partrack/contracts';

export type InspectionFigure = Inspection['figures'][number];
export type InspectionFlag = Inspection['flags'][number];

/** The figures of one unit, authority tier and period: the counts that belong together. */
export interface FigureGroup {
  key: string;
  unit: InspectionFigure['unit'];
  tier: InspectionFigure['tier'];
  periodStart: string | null;
  periodEnd: string;
  figures: InspectionFigure[];
  /** Both definitions, `resolved` first, when the group has dossier counts; else empty. */
  rates: OnTimeRate[];
  flags: InspectionFlag[];
}

const definitionOrder: Record<RateDefinition, number> = { resolved: 0, decision_766: 1 };

function groupKey(unitId: string, tier: string | null, periodStart: string | null, periodEnd: string): string {
  return [unitId, tier ?? '', periodStart ?? '', periodEnd].join('|');
}

/**
 * Groups figures the way the API computes rates (unit · tier · period), in the order the report gave
 * them, and puts each group's rates and consistency flags beside it; flags without a group are
 * returned apart.
 */
export function groupFigures(inspection: Pick<Inspection, 'figures' | 'onTimeRates' | 'flags'>): {
  groups: FigureGroup[];
  unplacedFlags: InspectionFlag[];
} {
  const groups = new Map<string, FigureGroup>();
  for (const figure of inspection.figures) {
    const key = groupKey(figure.unitId, figure.tier, figure.periodStart, figure.periodEnd);
    const group = groups.get(key) ?? {
      key,
      unit: figure.unit,
      tier: figure.tier,
      periodStart: figure.periodStart,
      periodEnd: figure.periodEnd,
      figures: [],
      rates: [],
      flags: [],
    };
    group.figures.push(figure);
    groups.set(key, group);
  }
  for (const rate of inspection.onTimeRates) {
    groups.get(groupKey(rate.unitId, rate.tier, rate.periodStart, rate.periodEnd))?.rates.push(rate);
  }
  const list = [...groups.values()];
  for (const group of list) group.rates.sort((a, b) => definitionOrder[a.definition] - definitionOrder[b.definition]);

  const unplacedFlags: InspectionFlag[] = [];
  for (const flag of inspection.flags) {
    const home = groups.get(groupKey(flag.unitId, flag.tier, flag.periodStart, flag.periodEnd));
    if (home) home.flags.push(flag);
    else unplacedFlags.push(flag);
  }
  return { groups: list, unplacedFlags };
}
