import type { ListUnitsQuery } from '@partrack/contracts';

/** Query of the unit list as the SPA sends it: every field optional, empty ones left out. */
export type UnitsQuery = Partial<ListUnitsQuery>;

/** Query keys of the units feature; invalidate `unitKeys.all` to refresh everything about units. */
export const unitKeys = {
  all: ['units'] as const,
  lists: () => [...unitKeys.all, 'list'] as const,
  list: (query: UnitsQuery) => [...unitKeys.lists(), query] as const,
  details: () => [...unitKeys.all, 'detail'] as const,
  detail: (id: string) => [...unitKeys.details(), id] as const,
  /** One unit's history: its inspections, its directives by bucket, its figure series. */
  inspections: (id: string) => [...unitKeys.detail(id), 'inspections'] as const,
  directiveTotals: (id: string, level: string) => [...unitKeys.detail(id), 'directive-totals', level] as const,
  onTimeSeries: (id: string) => [...unitKeys.detail(id), 'on-time-series'] as const,
};
