import { describe, expect, it } from 'vitest';
import { computeOnTimeRate, flagFigureGroup } from './on-time-rates';

describe('computeOnTimeRate under the `resolved` definition', () => {
  it('gives Kiến An 100 % from 2.763 on time and none late (seed 3)', () => {
    const kienAn = {
      received: 2873,
      resolved_on_time: 2763,
      resolved_late: 0,
      in_progress: 110,
      in_progress_overdue: 0,
    };
    expect(computeOnTimeRate(kienAn, 'resolved')).toMatchObject({
      basis: 'computed',
      numerator: 2763,
      denominator: 2763,
      rate: 100,
    });
  });

  it('gives Gia Lâm 100 % for each tier (seed 5)', () => {
    expect(computeOnTimeRate({ received: 12989, resolved: 12616, resolved_on_time: 12616 }, 'resolved').rate).toBe(100);
    expect(computeOnTimeRate({ received: 61494, resolved: 61000, resolved_on_time: 61000 }, 'resolved').rate).toBe(100);
  });

  it('falls back to the reported rate, labelled reported (seed 4)', () => {
    expect(computeOnTimeRate({ on_time_rate_reported: 99.9 }, 'resolved')).toMatchObject({
      basis: 'reported',
      rate: 99.9,
    });
  });

  it('says not reported, never zero, when neither counts nor a rate exist (seed 2)', () => {
    expect(computeOnTimeRate({ received: 18187, resolved: 13562 }, 'resolved')).toMatchObject({
      basis: 'not_reported',
      rate: null,
    });
  });

  it('counts early and on time together', () => {
    expect(computeOnTimeRate({ resolved: 200, resolved_early: 50, resolved_on_time: 100 }, 'resolved').rate).toBe(75);
  });
});

describe('computeOnTimeRate under `decision_766`', () => {
  it('adds dossiers in progress within the deadline and divides by all to handle', () => {
    const group = { received: 900, carried_over: 100, resolved_on_time: 700, in_progress_within_deadline: 200 };
    expect(computeOnTimeRate(group, 'decision_766')).toMatchObject({ numerator: 900, denominator: 1000, rate: 90 });
  });

  it('derives in progress within the deadline from in progress less overdue (seed 3)', () => {
    const kienAn = {
      received: 2873,
      resolved_on_time: 2763,
      resolved_late: 0,
      in_progress: 110,
      in_progress_overdue: 0,
    };
    expect(computeOnTimeRate(kienAn, 'decision_766').rate).toBe(100);
  });

  it('is not reported without the in-progress split', () => {
    expect(computeOnTimeRate({ received: 12989, resolved: 12616, resolved_on_time: 12616 }, 'decision_766').basis).toBe(
      'not_reported',
    );
  });
});

describe('flagFigureGroup', () => {
  it('flags on time above resolved and resolved above received', () => {
    const codes = flagFigureGroup({ received: 10, resolved: 20, resolved_on_time: 30 }).map((flag) => flag.code);
    expect(codes).toEqual(['on_time_exceeds_resolved', 'resolved_exceeds_received']);
  });

  it('flags a reported rate more than 0.5 points from the counts', () => {
    expect(
      flagFigureGroup({ resolved: 100, resolved_on_time: 90, on_time_rate_reported: 95 }).map((flag) => flag.code),
    ).toEqual(['reported_rate_disagrees']);
    expect(flagFigureGroup({ resolved: 100, resolved_on_time: 90, on_time_rate_reported: 90.4 })).toEqual([]);
  });

  it('finds nothing wrong with consistent figures', () => {
    expect(flagFigureGroup({ received: 12989, resolved: 12616, resolved_on_time: 12616 })).toEqual([]);
  });
});
