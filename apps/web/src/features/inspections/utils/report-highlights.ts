import type { ReportDraft, ResolvedUnit, TextSpan, UnitMention } from '@partrack/contracts';
import type { TFunction } from 'i18next';
import { formatDate } from '../../../lib/format';
import type { Language } from '../../../lib/i18n';
import { formatFigureValue, formatPeriod } from './format-figures';
import type { InspectionFormValues } from './inspection-form-values';

/** What a highlighted passage gave the form; each kind has its colour and a line in the legend. */
export const highlightKinds = ['topic', 'unit', 'date', 'people', 'figure', 'finding', 'directive', 'ignored'] as const;
export type HighlightKind = (typeof highlightKinds)[number];

export interface Highlight {
  /** Stable within one draft: `figure-3`, `figure-3-period`, `leader`. */
  id: string;
  kind: HighlightKind;
  start: number;
  end: number;
  /** What was read from the passage, in the reader's language: "Hồ sơ tiếp nhận: 18.187". */
  label: string;
  /** The key of the form row the passage filled (figures, findings, directives, sites), if any. */
  rowKey: string | null;
}

/** A piece of a highlight as shown: crossing highlights are cut where they cross, so marks nest. */
export interface HighlightNode {
  highlight: Highlight;
  start: number;
  end: number;
  /** The first piece of its highlight: the one keyboard focus stops at. */
  isFirstPiece: boolean;
  children: HighlightNode[];
}

function unitLabel(t: TFunction, resolved: ResolvedUnit | null, mention: UnitMention): string {
  const unit = resolved?.candidates.find((candidate) => candidate.id === resolved.unitId);
  if (unit) return unit.name;
  const named = mention.levelWord ? `${mention.levelWord} ${mention.name}` : mention.name;
  return t('inspections.reportImport.labels.unresolvedUnit', { value: named });
}

/**
 * Every passage of the text the draft read something from, labelled with what it read. `values` are the
 * form values the draft pre-filled (`draftToFormValues`), row `i` for item `i`, whose keys tie a passage
 * to its row.
 */
export function toReportHighlights(
  draft: ReportDraft,
  values: InspectionFormValues,
  t: TFunction,
  language: Language,
): Highlight[] {
  const { extraction } = draft;
  const labels = 'inspections.reportImport.labels';
  const highlights: Highlight[] = [];
  const add = (id: string, kind: HighlightKind, span: TextSpan, label: string, rowKey: string | null = null) => {
    highlights.push({ id, kind, start: span[0], end: span[1], label, rowKey });
  };

  if (extraction.title)
    add('title', 'topic', extraction.title.span, t(`${labels}.topic`, { value: extraction.title.value }));
  if (extraction.kind) {
    const kind = t(`inspections.kinds.${extraction.kind.value}`);
    add('kind', 'topic', extraction.kind.span, t(`${labels}.kind`, { value: kind }));
  }
  if (extraction.unit) {
    const value = unitLabel(t, draft.unit, extraction.unit);
    add('unit', 'unit', extraction.unit.span, t(`${labels}.unit`, { value }));
  }
  draft.sites.forEach((site, index) => {
    const value = unitLabel(t, site, site.mention);
    add(`site-${index}`, 'unit', site.mention.span, t(`${labels}.site`, { value }), values.sites[index]?.key);
  });
  if (extraction.date) {
    add('date', 'date', extraction.date.span, t(`${labels}.date`, { value: formatDate(extraction.date.value) }));
  }
  if (extraction.partOfDay) {
    const part = t(`inspections.partsOfDay.${extraction.partOfDay.value}`);
    add('part-of-day', 'date', extraction.partOfDay.span, t(`${labels}.partOfDay`, { value: part }));
  }
  if (extraction.period) {
    const period = formatPeriod(t, extraction.period.start, extraction.period.end);
    add('period', 'date', extraction.period.span, t(`${labels}.period`, { value: period }));
  }
  if (extraction.delegation) {
    const value = values.delegationName || '—';
    add('delegation', 'people', extraction.delegation.span, t(`${labels}.delegation`, { value }));
  }
  if (extraction.leader) {
    const { name, title } = extraction.leader;
    add(
      'leader',
      'people',
      extraction.leader.span,
      t(`${labels}.leader`, { value: title ? `${name}, ${title}` : name }),
    );
  }
  extraction.figures.forEach((figure, index) => {
    const rowKey = values.figures[index]?.key ?? null;
    const label = t(`${labels}.figure`, {
      indicator: t(`inspections.indicators.${figure.indicator}`),
      value: formatFigureValue(t, language, figure),
    });
    add(`figure-${index}`, 'figure', figure.span, label, rowKey);
    if (figure.periodSpan && figure.periodEnd) {
      const period = formatPeriod(t, figure.periodStart, figure.periodEnd);
      add(`figure-${index}-period`, 'date', figure.periodSpan, t(`${labels}.figurePeriod`, { value: period }), rowKey);
    }
    if (figure.unit) {
      const value = unitLabel(t, draft.figureUnits[index] ?? null, figure.unit);
      add(`figure-${index}-unit`, 'unit', figure.unit.span, t(`${labels}.figureUnit`, { value }), rowKey);
    }
  });
  extraction.findings.forEach((finding, index) => {
    const kind = t(`inspections.findingKinds.${finding.kind}`);
    const label = finding.parArea
      ? t(`${labels}.findingWithArea`, { kind, area: t(`inspections.parAreas.${finding.parArea}`) })
      : t(`${labels}.finding`, { kind });
    add(`finding-${index}`, 'finding', finding.span, label, values.findings[index]?.key);
  });
  extraction.directives.forEach((directive, index) => {
    const area = t(`inspections.parAreas.${directive.parArea}`);
    const label = directive.dueDate
      ? t(`${labels}.directiveWithDue`, { area, date: formatDate(directive.dueDate) })
      : t(`${labels}.directive`, { area });
    add(`directive-${index}`, 'directive', directive.span, label, values.directives[index]?.key);
  });
  extraction.ignored.forEach((span, index) => {
    add(`ignored-${index}`, 'ignored', span, t(`${labels}.ignored`));
  });
  return highlights;
}

/**
 * Arranges highlights as nested marks over `text`: a highlight inside another becomes its child. When
 * two cross, the longer one is cut where the shorter begins or ends and goes on as another piece, so
 * that a figure or a date stays whole inside the sentence around it. Spans are shown without the
 * spaces at their edges; empty spans and what lies beyond the text are left out. Siblings are in text
 * order.
 */
export function nestHighlights(highlights: readonly Highlight[], text: string): HighlightNode[] {
  interface Piece {
    highlight: Highlight;
    start: number;
    end: number;
    order: number;
  }
  const isSpace = (at: number) => /\s/.test(text.charAt(at));
  const byPosition = (a: Piece, b: Piece) => a.start - b.start || b.end - a.end || a.order - b.order;
  const queue: Piece[] = [];
  const enqueue = (piece: Piece) => {
    const at = queue.findIndex((other) => byPosition(piece, other) < 0);
    queue.splice(at === -1 ? queue.length : at, 0, piece);
  };
  highlights.forEach((highlight, order) => {
    let start = Math.max(0, Math.min(highlight.start, text.length));
    let end = Math.max(0, Math.min(highlight.end, text.length));
    while (start < end && isSpace(start)) start += 1;
    while (end > start && isSpace(end - 1)) end -= 1;
    if (end > start) enqueue({ highlight, start, end, order });
  });

  const roots: HighlightNode[] = [];
  const open: { node: HighlightNode; order: number }[] = [];
  const shown = new Set<string>();

  while (queue.length > 0) {
    const piece = queue.shift() as Piece;
    while (open.length > 0 && (open.at(-1)?.node.end ?? 0) <= piece.start) open.pop();
    let top = open.at(-1);
    // Crossing a shorter highlight: that one stays whole, the longer is cut where it crosses.
    while (top && piece.end > top.node.end && piece.end - piece.start < top.node.end - top.node.start) {
      if (top.node.start === piece.start) break;
      enqueue({ highlight: top.node.highlight, start: piece.start, end: top.node.end, order: top.order });
      top.node.end = piece.start;
      open.pop();
      top = open.at(-1);
    }
    let end = piece.end;
    if (top && end > top.node.end) {
      enqueue({ ...piece, start: top.node.end });
      end = top.node.end;
    }
    const node: HighlightNode = {
      highlight: piece.highlight,
      start: piece.start,
      end,
      isFirstPiece: !shown.has(piece.highlight.id),
      children: [],
    };
    shown.add(piece.highlight.id);
    (top ? top.node.children : roots).push(node);
    open.push({ node, order: piece.order });
  }
  return roots;
}
