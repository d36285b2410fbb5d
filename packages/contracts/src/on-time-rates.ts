import { z } from 'zod';
import { IdSchema, IsoDateSchema } from './dates';
import type { Indicator } from './figures';
import { UnitLevelSchema } from './units';

/**
 * On-time dossier rate under a named definition (DOMAIN.md):
 * - `resolved` (default): (resolved_early + resolved_on_time) ÷ resolved;
 * - `decision_766`: (early + on time + in progress within deadline) ÷ (received + carried over).
 * When counts are missing the reported rate stands in, labelled `reported`; else `not_reported`.
 */
export const RateDefinitionSchema = z.enum(['resolved', 'decision_766']);
export type RateDefinition = z.infer<typeof RateDefinitionSchema>;

export const RateBasisSchema = z.enum(['computed', 'reported', 'not_reported']);
export type RateBasis = z.infer<typeof RateBasisSchema>;

export const FigureFlagCodeSchema = z.enum([
  'on_time_exceeds_resolved',
  'resolved_exceeds_received',
  'reported_rate_disagrees',
  'completed_exceeds_assigned',
]);
export type FigureFlagCode = z.infer<typeof FigureFlagCodeSchema>;

export const FigureFlagSchema = z.object({ code: FigureFlagCodeSchema, message: z.string() });
export type FigureFlag = z.infer<typeof FigureFlagSchema>;

export const OnTimeRateSchema = z.object({
  unitId: IdSchema,
  tier: UnitLevelSchema.nullable(),
  periodStart: IsoDateSchema.nullable(),
  periodEnd: IsoDateSchema,
  definition: RateDefinitionSchema,
  basis: RateBasisSchema,
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  /** Percent, 0–100, unrounded; null when not reported. */
  rate: z.number().nullable(),
  reportedRate: z.number().nullable(),
  flags: z.array(FigureFlagSchema),
});
export type OnTimeRate = z.infer<typeof OnTimeRateSchema>;

/** The counts of one unit, tier and period, by indicator (absent = not reported, never zero). */
export type FigureGroup = Partial<Record<Indicator, number>>;

const sumKnown = (...values: (number | undefined)[]) =>
  values.some((value) => value !== undefined)
    ? values.reduce<number>((sum, value) => sum + (value ?? 0), 0)
    : undefined;

const percent = (numerator: number, denominator: number) => (numerator / denominator) * 100;

/** The on-time count: early and on time together (reports often count early within "đúng hạn"). */
function onTimeCount(group: FigureGroup): number | undefined {
  return sumKnown(group.resolved_early, group.resolved_on_time);
}

/** Resolved: as reported, or on time plus late when both are known. */
function resolvedCount(group: FigureGroup): number | undefined {
  if (group.resolved !== undefined) return group.resolved;
  const onTime = onTimeCount(group);
  return onTime !== undefined && group.resolved_late !== undefined ? onTime + group.resolved_late : undefined;
}

function inProgressWithinDeadline(group: FigureGroup): number | undefined {
  if (group.in_progress_within_deadline !== undefined) return group.in_progress_within_deadline;
  if (group.in_progress !== undefined && group.in_progress_overdue !== undefined)
    return group.in_progress - group.in_progress_overdue;
  return undefined;
}

/** Figures that cannot all be true (DOMAIN.md): stored as reported, shown with these flags. */
export function flagFigureGroup(group: FigureGroup): FigureFlag[] {
  const flags: FigureFlag[] = [];
  const onTime = onTimeCount(group);
  const resolved = resolvedCount(group);
  if (onTime !== undefined && resolved !== undefined && onTime > resolved) {
    flags.push({ code: 'on_time_exceeds_resolved', message: `On time (${onTime}) exceeds resolved (${resolved})` });
  }
  if (resolved !== undefined && group.received !== undefined && resolved > group.received + (group.carried_over ?? 0)) {
    flags.push({
      code: 'resolved_exceeds_received',
      message: `Resolved (${resolved}) exceeds received plus carried over (${group.received + (group.carried_over ?? 0)})`,
    });
  }
  if (onTime !== undefined && resolved && group.on_time_rate_reported !== undefined) {
    const computed = percent(onTime, resolved);
    if (Math.abs(computed - group.on_time_rate_reported) > 0.5) {
      flags.push({
        code: 'reported_rate_disagrees',
        message: `The reported rate ${group.on_time_rate_reported} % differs from the counts' ${computed.toFixed(2)} % by more than 0.5 points`,
      });
    }
  }
  if (
    group.plan_tasks_completed !== undefined &&
    group.plan_tasks_assigned !== undefined &&
    group.plan_tasks_completed > group.plan_tasks_assigned
  ) {
    flags.push({
      code: 'completed_exceeds_assigned',
      message: `Plan tasks completed (${group.plan_tasks_completed}) exceed those assigned (${group.plan_tasks_assigned})`,
    });
  }
  return flags;
}

export type RateResult = Pick<OnTimeRate, 'basis' | 'numerator' | 'denominator' | 'rate' | 'reportedRate'>;

/** The on-time rate of one figure group under a definition; unknown stays unknown. */
export function computeOnTimeRate(group: FigureGroup, definition: RateDefinition): RateResult {
  const reportedRate = group.on_time_rate_reported ?? null;
  const onTime = onTimeCount(group);
  let numerator: number | undefined;
  let denominator: number | undefined;
  if (definition === 'resolved') {
    numerator = onTime;
    denominator = resolvedCount(group);
  } else {
    const withinDeadline = inProgressWithinDeadline(group);
    numerator = onTime !== undefined && withinDeadline !== undefined ? onTime + withinDeadline : undefined;
    denominator = group.received !== undefined ? group.received + (group.carried_over ?? 0) : undefined;
  }
  if (numerator !== undefined && denominator) {
    return { basis: 'computed', numerator, denominator, rate: percent(numerator, denominator), reportedRate };
  }
  if (reportedRate !== null)
    return { basis: 'reported', numerator: null, denominator: null, rate: reportedRate, reportedRate };
  return { basis: 'not_reported', numerator: null, denominator: null, rate: null, reportedRate: null };
}
