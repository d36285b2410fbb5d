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
 * The directive list of one unit's bucket in the dashboard's period. The list reads `unit`, `bucket`
 * (`all` for every bucket) and `assignedFrom`/`assignedTo` (the day a directive was given) from its URL.
 */
export function directivesHref(query: Partial<DirectiveDrillDown>, bucket: DirectiveBucket | null): string {
  const params = new URLSearchParams();
  params.set('bucket', bucket ?? 'all');
  if (query.unitId) params.set('unit', query.unitId);
  if (query.assignedFrom) params.set('assignedFrom', query.assignedFrom);
  if (query.assignedTo) params.set('assignedTo', query.assignedTo);
  return `${paths.directives.list}?${params.toString()}`;
}
