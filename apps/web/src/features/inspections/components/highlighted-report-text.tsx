import { Box, Group, Text } from '@mantine/core';
import { type KeyboardEvent, type ReactNode, type RefObject, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Highlight,
  type HighlightKind,
  type HighlightNode,
  highlightKinds,
  nestHighlights,
} from '../utils/report-highlights';

/** One Mantine colour per kind: its light variant shades the passage, its strong shade underlines it. */
export const highlightColors: Record<HighlightKind, string> = {
  topic: 'gray',
  unit: 'blue',
  date: 'grape',
  people: 'teal',
  figure: 'yellow',
  finding: 'green',
  directive: 'red',
  ignored: 'dark',
};

function markStyle(kind: HighlightKind, isActive: boolean): React.CSSProperties {
  const color = highlightColors[kind];
  const ring = isActive ? { outline: `2px solid var(--mantine-color-${color}-7)`, outlineOffset: 1 } : {};
  if (kind === 'ignored') {
    return { background: 'none', color: 'inherit', textDecoration: 'line-through', opacity: 0.55, ...ring };
  }
  return {
    backgroundColor: `var(--mantine-color-${color}-light)`,
    color: 'inherit',
    borderBottom: `2px solid var(--mantine-color-${color}-6)`,
    borderRadius: 2,
    boxDecorationBreak: 'clone',
    WebkitBoxDecorationBreak: 'clone',
    cursor: 'pointer',
    ...ring,
  };
}

export interface HighlightedReportTextProps {
  text: string;
  highlights: readonly Highlight[];
  /** The highlight emphasised now: hovered, focused, or the one of the form row being edited. */
  activeId: string | null;
  onActiveChange: (highlight: Highlight) => void;
  /** Clicked, or Enter / Space on it: the screen brings its form row into view. */
  onSelect: (highlight: Highlight) => void;
  label: string;
  /** The scrolling box around the text, for the screen to bring a mark into view within it. */
  containerRef?: RefObject<HTMLDivElement | null>;
  maxHeight?: string;
}

/**
 * The report's text exactly as sent, with every passage the reading used as a `<mark>` described by
 * what it gave ("Hồ sơ tiếp nhận: 18.187"). Marks nest when passages do; each is a keyboard stop.
 */
export function HighlightedReportText({
  text,
  highlights,
  activeId,
  onActiveChange,
  onSelect,
  label,
  containerRef,
  maxHeight,
}: HighlightedReportTextProps) {
  const nodes = useMemo(() => nestHighlights(highlights, text), [highlights, text]);
  const idPrefix = useId();
  const descriptionId = (highlight: Highlight) => `${idPrefix}-${highlight.id}`;

  const renderRange = (start: number, end: number, children: HighlightNode[]): ReactNode[] => {
    const parts: ReactNode[] = [];
    let at = start;
    for (const node of children) {
      if (node.start > at) parts.push(text.slice(at, node.start));
      parts.push(renderNode(node));
      at = node.end;
    }
    if (end > at) parts.push(text.slice(at, end));
    return parts;
  };

  const renderNode = (node: HighlightNode): ReactNode => {
    const { highlight } = node;
    const handleKeyDown = (event: KeyboardEvent<HTMLElement>) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      event.stopPropagation();
      onSelect(highlight);
    };
    return (
      // A mark is the element for "text highlighted for reference". Its words stay what a screen reader
      // reads; what was read from them is its description (ARIA gives the mark role no name of its own).
      // Focusable, so that keyboard users hear it and can jump to its form row as a click does.
      <mark
        key={`${highlight.id}@${node.start}`}
        data-highlight={highlight.id}
        data-kind={highlight.kind}
        data-active={highlight.id === activeId || undefined}
        aria-describedby={descriptionId(highlight)}
        title={highlight.label}
        tabIndex={node.isFirstPiece ? 0 : -1}
        style={markStyle(highlight.kind, highlight.id === activeId)}
        onMouseOver={(event) => {
          event.stopPropagation();
          onActiveChange(highlight);
        }}
        onFocus={(event) => {
          event.stopPropagation();
          onActiveChange(highlight);
        }}
        onClick={(event) => {
          event.stopPropagation();
          onSelect(highlight);
        }}
        onKeyDown={handleKeyDown}
      >
        {renderRange(node.start, node.end, node.children)}
      </mark>
    );
  };

  return (
    <>
      <Box
        ref={containerRef}
        role="region"
        aria-label={label}
        data-report-text
        fz="sm"
        lh={1.8}
        style={{
          whiteSpace: 'pre-wrap',
          overflowWrap: 'anywhere',
          overflowY: maxHeight ? 'auto' : undefined,
          maxHeight,
          position: 'relative',
        }}
      >
        {renderRange(0, text.length, nodes)}
      </Box>
      <div hidden>
        {highlights.map((highlight) => (
          <span key={highlight.id} id={descriptionId(highlight)}>
            {highlight.label}
          </span>
        ))}
      </div>
    </>
  );
}

/** The colours of the highlights and how many passages of each kind the text has. */
export function HighlightLegend({ highlights }: { highlights: readonly Highlight[] }) {
  const { t } = useTranslation();
  const counts = new Map<HighlightKind, number>();
  for (const highlight of highlights) counts.set(highlight.kind, (counts.get(highlight.kind) ?? 0) + 1);
  const shown = highlightKinds.filter((kind) => (counts.get(kind) ?? 0) > 0);
  if (shown.length === 0) return null;
  return (
    <Group component="ul" aria-label={t('inspections.reportImport.review.legend')} gap="xs" m={0} p={0}>
      {shown.map((kind) => (
        <Text component="li" key={kind} size="xs" style={{ listStyle: 'none' }}>
          <Box component="span" px={4} style={markStyle(kind, false)}>
            {t(`inspections.reportImport.kinds.${kind}`)}
          </Box>{' '}
          ({counts.get(kind)})
        </Text>
      ))}
    </Group>
  );
}
