import type { DossierStatsField, DossierStatsMapping } from '@partrack/contracts';

/** The field a column is mapped to, or null. */
export function fieldOfColumn(mapping: DossierStatsMapping, column: number): DossierStatsField | null {
  const entry = Object.entries(mapping).find(([, index]) => index === column);
  return entry ? (entry[0] as DossierStatsField) : null;
}

/** Maps a column to a field (null: ignore it); a field moves from any other column it was on. */
export function withColumnField(
  mapping: DossierStatsMapping,
  column: number,
  field: DossierStatsField | null,
): DossierStatsMapping {
  const next: DossierStatsMapping = {};
  for (const [key, index] of Object.entries(mapping) as [DossierStatsField, number | undefined][]) {
    if (index === undefined || index === column || key === field) continue;
    next[key] = index;
  }
  if (field) next[field] = column;
  return next;
}
