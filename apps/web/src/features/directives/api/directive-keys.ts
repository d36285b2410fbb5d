import type { ListDirectivesQuerySchema } from '@partrack/contracts';
import type { z } from 'zod';

/** Query of the directive list as the SPA sends it: every field optional, empty ones left out. */
export type DirectivesQuery = Partial<Omit<z.input<typeof ListDirectivesQuerySchema>, 'page' | 'pageSize'>> & {
  page?: number;
  pageSize?: number;
};

/** Query keys of the directives feature; after any change, set the `detail(id)` and invalidate `lists()`. */
export const directiveKeys = {
  all: ['directives'] as const,
  lists: () => [...directiveKeys.all, 'list'] as const,
  list: (query: DirectivesQuery) => [...directiveKeys.lists(), query] as const,
  details: () => [...directiveKeys.all, 'detail'] as const,
  detail: (id: string) => [...directiveKeys.details(), id] as const,
  /** Units offered by the unit filter, by search text. */
  /** One unit, to name the unit a list filter (from the URL) refers to. */
  unitChoice: (id: string) => [...directiveKeys.all, 'unit-choice', id] as const,
  /** Inspections offered by the inspection filter, by search text. */
  inspectionChoices: (q: string) => [...directiveKeys.all, 'inspection-choices', q] as const,
  /** One inspection, to name the inspection a list filter (from the URL) refers to. */
  inspectionChoice: (id: string) => [...directiveKeys.all, 'inspection-choice', id] as const,
};
