import type { MouseEvent } from 'react';
import { Rectangle } from 'recharts';

export interface ChartLinkShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  fill: string;
  href: string;
  label: string;
  onOpen: (href: string) => void;
}

/**
 * A bar or segment that is a link: an SVG `<a>` with a name, so it is reached with Tab, opened with
 * Enter or a click (through the router, without reloading the page) and named by screen readers.
 */
export function ChartLinkShape({
  x = 0,
  y = 0,
  width = 0,
  height = 0,
  fill,
  href,
  label,
  onOpen,
}: ChartLinkShapeProps) {
  if (width <= 0 || height <= 0) return null;
  const open = (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onOpen(href);
  };
  return (
    <a href={href} aria-label={label} onClick={open} className="dashboard-chart-link">
      <title>{label}</title>
      <Rectangle x={x} y={y} width={width} height={height} fill={fill} />
    </a>
  );
}
