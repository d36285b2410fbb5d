import { useEffect, useRef } from 'react';

/** The moment the dashboard's charts are first on screen, as `pnpm bench` reads it (docs/performance.md). */
export const CHARTS_DRAWN_MARK = 'partrack:dashboard-charts-drawn';

/** Sets the performance mark once, at the first frame painted after both charts have their data. */
export function useChartsDrawnMark(isDrawn: boolean): void {
  const isMarked = useRef(false);
  useEffect(() => {
    if (!isDrawn || isMarked.current) return;
    isMarked.current = true;
    requestAnimationFrame(() => performance.mark(CHARTS_DRAWN_MARK));
  }, [isDrawn]);
}
