import { z } from 'zod';

/** PAR areas of Resolution 76/NQ-CP and the provincial PAR Index (DOMAIN.md); tag findings and directives. */
export const ParAreaSchema = z.enum([
  'leadership',
  'institutions',
  'procedures',
  'organisation',
  'civil_service',
  'public_finance',
  'digital_government',
  'impact',
  'other',
]);
export type ParArea = z.infer<typeof ParAreaSchema>;
export const parAreas = ParAreaSchema.options;
