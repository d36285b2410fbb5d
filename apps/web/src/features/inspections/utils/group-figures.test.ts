import { describe, expect, it } from 'vitest';
import { giaLam, makeFigure, makeInspection, makeRate } from '../../../testing/inspection-fixtures';
import { groupFigures } from './group-figures';

describe('groupFigures', () => {
  it('keeps district-tier and commune-tier figures of one district and period apart, each with its rates', () => {
    const { groups } = groupFigures(makeInspection());

    expect(groups.map((group) => [group.tier, group.figures.map((figure) => figure.value)])).toEqual([
      ['district', [12989, 12616, 12616]],
      ['commune', [61494, 61000, 61000]],
    ]);
    expect(groups.map((group) => group.rates.map((rate) => [rate.definition, rate.numerator]))).toEqual([
      [
        ['resolved', 12616],
        ['decision_766', null],
      ],
      [
        ['resolved', 61000],
        ['decision_766', null],
      ],
    ]);
  });

  it('tells an "as of" figure from one with a period ending the same day', () => {
    const { groups } = groupFigures({
      figures: [
        makeFigure({ indicator: 'procedures_total', periodStart: null, periodEnd: '2021-05-19', tier: null }),
        makeFigure({ indicator: 'documents_issued', periodStart: '2021-01-01', periodEnd: '2021-05-19', tier: null }),
      ],
      onTimeRates: [],
      flags: [],
    });
    expect(groups).toHaveLength(2);
  });

  it('puts a consistency flag beside the counts it is about, and keeps a flag without figures apart', () => {
    const flag = {
      code: 'on_time_exceeds_resolved' as const,
      message: 'On time (5) exceeds resolved (4)',
      unitId: giaLam.id,
      tier: 'district' as const,
      periodStart: '2020-12-16',
      periodEnd: '2021-05-31',
    };
    const stray = { ...flag, unitId: '00000000-0000-4000-8000-00000000ffff' };
    const { groups, unplacedFlags } = groupFigures({
      figures: [makeFigure()],
      onTimeRates: [makeRate()],
      flags: [flag, stray],
    });
    expect(groups[0]?.flags).toEqual([flag]);
    expect(unplacedFlags).toEqual([stray]);
  });

  it('puts a flag beside the period it is about when two periods end on the same day', () => {
    const year = { periodStart: '2021-01-01', periodEnd: '2021-12-31' };
    const half = { periodStart: '2021-07-01', periodEnd: '2021-12-31' };
    const flag = {
      code: 'on_time_exceeds_resolved' as const,
      message: 'On time (12) exceeds resolved (10)',
      unitId: giaLam.id,
      tier: 'district' as const,
      ...half,
    };
    const { groups, unplacedFlags } = groupFigures({
      figures: [
        makeFigure({ indicator: 'resolved', value: 40, ...year }),
        makeFigure({ indicator: 'resolved', value: 10, ...half }),
        makeFigure({ indicator: 'resolved_on_time', value: 12, ...half }),
      ],
      onTimeRates: [makeRate({ ...year }), makeRate({ ...half })],
      flags: [flag],
    });

    expect(groups.map((group) => [group.periodStart, group.flags])).toEqual([
      ['2021-01-01', []],
      ['2021-07-01', [flag]],
    ]);
    expect(unplacedFlags).toEqual([]);
  });
});
