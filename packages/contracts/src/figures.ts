import { z } from 'zod';
import { IdSchema, IsoDateSchema } from './dates';
import type { RuleCode } from './errors';
import { UnitLevelSchema } from './units';

/**
 * The indicator catalogue (DOMAIN.md, "Metric figures"), extended where a source report needs it.
 * `kind` fixes the valid range: counts are whole numbers ≥ 0, rates 0–100, days ≥ 0.
 */
export const indicatorCatalogue = {
  received: 'count',
  carried_over: 'count',
  resolved: 'count',
  resolved_early: 'count',
  resolved_on_time: 'count',
  resolved_late: 'count',
  in_progress: 'count',
  in_progress_within_deadline: 'count',
  in_progress_overdue: 'count',
  paused: 'count',
  returned_or_withdrawn: 'count',
  on_time_rate_reported: 'rate',
  procedures_total: 'count',
  procedures_published_online: 'count',
  procedures_in_one_stop_system: 'count',
  procedures_simplified: 'count',
  online_services_level34_rate: 'rate',
  plan_tasks_assigned: 'count',
  plan_tasks_completed: 'count',
  plan_tasks_completed_rate: 'rate',
  documents_issued: 'count',
  staff_reduction: 'count',
  staff_reduction_rate: 'rate',
  staff_trained: 'count',
  digital_signature_rate: 'rate',
  processing_days_max: 'days',
} as const;

export type IndicatorKind = (typeof indicatorCatalogue)[keyof typeof indicatorCatalogue];
export const IndicatorSchema = z.enum(Object.keys(indicatorCatalogue) as [keyof typeof indicatorCatalogue]);
export type Indicator = z.infer<typeof IndicatorSchema>;
export const indicators = IndicatorSchema.options;

/** Reports say "trên 400", "gần", "hơn": the qualifier keeps that. */
export const QualifierSchema = z.enum(['exact', 'approx', 'more_than', 'less_than']);
export type Qualifier = z.infer<typeof QualifierSchema>;

export const FigureInputSchema = z.strictObject({
  indicator: IndicatorSchema,
  /** The unit the figure is about; the inspected unit when omitted. */
  unitId: IdSchema.nullable().default(null),
  /** The authority tier that handled it (seed 5 gives district- and commune-tier counts for one district). */
  tier: UnitLevelSchema.nullable().default(null),
  /** Start of the period; null when the figure is "as of" `periodEnd`. */
  periodStart: IsoDateSchema.nullable().default(null),
  periodEnd: IsoDateSchema,
  value: z.number().finite(),
  qualifier: QualifierSchema.default('exact'),
  /** What the figure is about when the indicator alone does not say (e.g. "giấy phép xây dựng"). */
  note: z.string().trim().max(500).nullable().default(null),
});
export type FigureInput = z.infer<typeof FigureInputSchema>;
export type FigureInputInput = z.input<typeof FigureInputSchema>;

export const FigureSchema = FigureInputSchema.extend({ id: IdSchema, unitId: IdSchema });
export type Figure = z.infer<typeof FigureSchema>;

/** The problem with a figure's value, or null when it fits its indicator. */
export function checkFigureValue(indicator: Indicator, value: number): { code: RuleCode; message: string } | null {
  const kind = indicatorCatalogue[indicator];
  if (value < 0) return { code: 'negative', message: 'must not be negative' };
  if (kind === 'count' && !Number.isInteger(value))
    return { code: 'not_whole_number', message: 'must be a whole number' };
  if (kind === 'rate' && value > 100) {
    return { code: 'not_a_percentage', message: 'must be a percentage between 0 and 100' };
  }
  return null;
}
