import type { ExportInspectionsQuery, ListInspectionsQueryInput } from '@partrack/contracts';

/** Query of the inspection list as the SPA sends it: every field optional, empty ones left out. */
export type InspectionsQuery = Partial<Omit<ListInspectionsQueryInput, 'page' | 'pageSize'>> & {
  page?: number;
  pageSize?: number;
};

/** The list's filters without paging, plus the file format: what an export asks for. */
export type InspectionsExportQuery = Omit<InspectionsQuery, 'page' | 'pageSize'> & {
  format: ExportInspectionsQuery['format'];
};

/** Query keys of the inspections feature; invalidate `lists()` and the changed `detail(id)` after any change. */
export const inspectionKeys = {
  all: ['inspections'] as const,
  lists: () => [...inspectionKeys.all, 'list'] as const,
  list: (query: InspectionsQuery) => [...inspectionKeys.lists(), query] as const,
  details: () => [...inspectionKeys.all, 'detail'] as const,
  detail: (id: string) => [...inspectionKeys.details(), id] as const,
  /** Units offered by the unit pickers, by search text and the date they must have existed on. */
  /** One unit, to name the unit a list filter (from the URL) refers to. */
  unitChoice: (id: string) => [...inspectionKeys.all, 'unit-choice', id] as const,
};
