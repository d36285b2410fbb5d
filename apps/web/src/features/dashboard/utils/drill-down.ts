import type { DirectiveBucket, DirectiveDrillDown, InspectionDrillDown } from '@partrack/contracts';
import { paths } from '../../../lib/paths';

/**
 * The inspection list filtered to what a number was counted from. The list reads `unit` (the unit and
 * everything below it), `from` and `to` (inspection dates) from its URL.
 */
export function inspectionsHref(query: Partial<InspectionDrillDown>): string {
  const params = new URLSearchParams();
  if (query.unitId) params.set('unit', query.unitId);
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  const search = params.toString();
  return search === '' ? paths.inspections.list : `${paths.inspections.list}?${search}`;
}

/**
 * The directive list of one unit's bucket. The list reads `unit` and `bucket` from its URL (`all` for
 * every bucket); its `from`/`to` are due dates, not the day a directive was given, so the period of
 * the dashboard (`assignedFrom`/`assignedTo`) cannot be passed on yet: the list shows the unit's
 * directives of that bucket whenever they were given.
 */
export function directivesHref(query: Partial<DirectiveDrillDown>, bucket: DirectiveBucket | null): string {
  const params = new URLSearchParams();
  params.set('bucket', bucket ?? 'all');
  if (query.unitId) params.set('unit', query.unitId);
  return `${paths.directives.list}?${params.toString()}`;
}
