/**
 * Past this many units, a chart draws a selection and says so; the table below it lists every unit
 * (a bar per district of the whole country would be unreadable, and slow to draw).
 */
export const CHART_UNIT_LIMIT = 30;

export interface ChartSelection<T> {
  shown: T[];
  /** The units in the table but not drawn. */
  hiddenCount: number;
}

/** Of a ranking (best first): the best and the worst halves of the limit, in ranking order. */
export function ends<T>(ranked: T[], limit = CHART_UNIT_LIMIT): ChartSelection<T> {
  if (ranked.length <= limit) return { shown: ranked, hiddenCount: 0 };
  const half = Math.floor(limit / 2);
  return { shown: [...ranked.slice(0, half), ...ranked.slice(-half)], hiddenCount: ranked.length - 2 * half };
}

/** The first `limit` items by a score, highest first; the order among equals stays as given. */
export function topBy<T>(items: T[], score: (item: T) => number, limit = CHART_UNIT_LIMIT): ChartSelection<T> {
  if (items.length <= limit) return { shown: items, hiddenCount: 0 };
  const shown = items
    .map((item, index) => ({ item, index, score: score(item) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map(({ item }) => item);
  return { shown, hiddenCount: items.length - limit };
}
