import { type Indicator, indicators } from '@partrack/contracts';

export type IndicatorGroupName = 'dossiers' | 'procedures' | 'plan' | 'staff' | 'other';

const grouped: Record<Exclude<IndicatorGroupName, 'other'>, Indicator[]> = {
  dossiers: [
    'received',
    'carried_over',
    'resolved',
    'resolved_early',
    'resolved_on_time',
    'resolved_late',
    'in_progress',
    'in_progress_within_deadline',
    'in_progress_overdue',
    'paused',
    'returned_or_withdrawn',
    'on_time_rate_reported',
    'processing_days_max',
  ],
  procedures: [
    'procedures_total',
    'procedures_published_online',
    'procedures_in_one_stop_system',
    'procedures_simplified',
    'online_services_level34_rate',
    'digital_signature_rate',
  ],
  plan: ['plan_tasks_assigned', 'plan_tasks_completed', 'plan_tasks_completed_rate', 'documents_issued'],
  staff: ['staff_reduction', 'staff_reduction_rate', 'staff_trained'],
};

/**
 * The indicator catalogue in groups a reader scans quickly. An indicator added to the contract later
 * and not placed here yet still appears, under "other".
 */
export function indicatorGroups(): { group: IndicatorGroupName; indicators: Indicator[] }[] {
  const placed = new Set(Object.values(grouped).flat());
  const others = indicators.filter((indicator) => !placed.has(indicator));
  return [
    ...(Object.entries(grouped) as [Exclude<IndicatorGroupName, 'other'>, Indicator[]][]).map(([group, list]) => ({
      group,
      indicators: list.filter((indicator) => indicators.includes(indicator)),
    })),
    ...(others.length > 0 ? [{ group: 'other' as const, indicators: others }] : []),
  ];
}
