import type { ExtractedFigure, Indicator, InspectionKind, ReportExtraction, UnitMention } from '@partrack/contracts';
import { findEventDate, findPeriods, type Period } from './dates';
import { type RawFigure, readFigures, readZeroFigures } from './figures';
import { analyseLayout, type Range, type Sentence } from './layout';
import { findDelegation, findLeader, findLeaderInHeadline } from './people';
import { findDirectives, findFindings } from './sections';
import { type Doc, prepareText, tidy, toSpan } from './text';
import { findBareMentions, findUnitMentions, foldName, type Mention } from './units';

export type ExtractOptions = {
  /** The day the report was published (ISO): completes "Sáng 25.8" with its year. */
  publishedOn?: string;
};

/** Stocks are counted on a day, not over a period: a range gives them its end only. */
const STOCKS = new Set<Indicator>([
  'procedures_total',
  'procedures_published_online',
  'procedures_in_one_stop_system',
  'digital_signature_rate',
]);

const REVIEW =
  /(hoi nghi|to chuc|buoi|hop) (so ket|tong ket)|(so ket|tong ket) (cong tac|\d+ thang|nam|nhiem ky|giai doan)/;
const VISIT =
  /doan (kiem tra|cong tac|giam sat|khao sat)|kiem tra (cong tac )?(cai cach hanh chinh|cchc)|kiem tra[^.]{0,80} tai|lam viec voi|lam viec tai|khao sat|den tham va lam viec|kiem tra thuc te|kiem tra cong vu/;
const SITE_VISIT =
  /((kiem tra|tham|lam viec|khao sat|den)[^.;]{0,80}(tai|o)|di kiem tra|kiem tra thuc te|truc tiep kiem tra)(?![\p{L}])/u;

function mentionOut(doc: Doc, mention: Mention): UnitMention {
  return {
    name: mention.name,
    level: mention.level,
    levelWord: mention.levelWord,
    span: toSpan(doc, mention.range.start, mention.range.end),
  };
}

function inRanges(range: Range, ranges: Range[]): boolean {
  return ranges.some((r) => range.start >= r.start && range.end <= r.end);
}

export function extractReport(text: string, options: ExtractOptions = {}): ReportExtraction {
  const doc = prepareText(text);
  const layout = analyseLayout(doc);
  const { paragraphs } = layout;
  const sentences = paragraphs.flatMap((paragraph) => paragraph.sentences);
  const leadParagraph = paragraphs[0];
  const leadSentences = leadParagraph?.sentences ?? [];
  const headRanges: Range[] = [...(layout.title ? [layout.title] : []), ...leadSentences];

  // The reference day that completes dates without a year: publication, a page stamp, or a year in the text.
  let reference = options.publishedOn ?? layout.stamps[0]?.date ?? null;
  if (!reference) {
    const year = /(?<![\p{L}])nam ((?:19|20)\d\d)(?!\d)/u.exec(doc.fold);
    if (year) reference = `${year[1]}-12-31`;
  }

  // Event date and part of day: the lead first, then the headline, then the next paragraphs.
  const dateRanges: Range[] = [
    ...leadSentences,
    ...(layout.title ? [layout.title] : []),
    ...paragraphs.slice(1, 3).flatMap((paragraph) => paragraph.sentences),
  ];
  const event = findEventDate(doc.fold, dateRanges, reference);

  // Kind: what the headline and lead say happened.
  let kind: { value: InspectionKind; range: Range } | null = null;
  for (const range of headRanges) {
    const fold = doc.fold.slice(range.start, range.end);
    const review = REVIEW.exec(fold);
    if (review) {
      kind = {
        value: 'review_meeting',
        range: { start: range.start + review.index, end: range.start + review.index + review[0].length },
      };
      break;
    }
  }
  if (!kind) {
    for (const range of headRanges) {
      const visit = VISIT.exec(doc.fold.slice(range.start, range.end));
      if (visit) {
        kind = {
          value: 'visit',
          range: { start: range.start + visit.index, end: range.start + visit.index + visit[0].length },
        };
        break;
      }
    }
  }
  const firstBody = leadSentences[0];
  if (!kind && (firstBody || layout.title) && /cai cach hanh chinh|cchc|tthc|thu tuc hanh chinh/.test(doc.fold)) {
    const range = layout.title ?? (firstBody as Range);
    kind = { value: 'unit_report', range };
  }
  let date = event ? { value: event.date, range: event.range } : null;
  if (!date && kind?.value === 'unit_report' && layout.stamps[0]) {
    // A unit's own report is dated by its publication.
    date = { value: layout.stamps[0].date, range: layout.stamps[0].range };
  }

  const delegationRanges = [...leadSentences, ...(paragraphs[1]?.sentences ?? [])];
  const delegation = kind?.value === 'visit' ? findDelegation(doc, delegationRanges) : null;
  const leaderRanges = paragraphs.slice(0, 3).flatMap((paragraph) => paragraph.sentences);
  const leader =
    findLeader(doc, leaderRanges) ??
    (layout.title && kind?.value === 'visit' ? findLeaderInHeadline(doc, layout.title) : null);

  // Units: every "level word + name", then bare repeats of those names; the most named is the unit.
  const bodyRanges: Range[] = [...(layout.title ? [layout.title] : []), ...sentences];
  const levelled = findUnitMentions(doc, bodyRanges);
  const bare = findBareMentions(
    doc,
    bodyRanges,
    levelled.map((mention) => mention.name),
  ).filter(
    (mention) => !levelled.some((m) => mention.range.start >= m.range.start && mention.range.end <= m.range.end),
  );
  const scores = new Map<string, number>();
  for (const mention of [...levelled, ...bare]) {
    const key = foldName(mention.name);
    const isHead = inRanges(mention.range, headRanges);
    const levelWeight = mention.level === 'province' ? 0.3 : 1;
    // "… kiểm tra … tại (UBND) xã Quảng Phú", "làm việc với UBND quận Kiến An": the place visited, not
    // the delegation's own district.
    const isVisited =
      isHead &&
      /(?<![\p{L}])(tai|voi)\s+(ubnd\s+)?$/u.test(
        doc.fold.slice(Math.max(0, mention.range.start - 12), mention.range.start),
      );
    scores.set(key, (scores.get(key) ?? 0) + levelWeight * (isHead ? 2 : 1) + (isVisited ? 2 : 0));
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const mainKey = ranked[0]?.[0] ?? null;
  const mainMention = mainKey
    ? (levelled.find((m) => foldName(m.name) === mainKey) ?? bare.find((m) => foldName(m.name) === mainKey) ?? null)
    : null;
  const province = levelled.find((m) => m.level === 'province' && foldName(m.name) !== mainKey) ?? null;

  // Sites: other communes and districts named where the delegation went.
  const sites: Mention[] = [];
  for (const sentence of sentences) {
    const visit = SITE_VISIT.exec(doc.fold.slice(sentence.start, sentence.end));
    if (!visit) continue;
    // The places come after the verb: "đoàn kiểm tra huyện Bảo Thắng … kiểm tra tại xã Bản Phiệt".
    const after = sentence.start + visit.index + visit[0].length;
    for (const mention of levelled) {
      if (mention.range.start < after || mention.range.end > sentence.end) continue;
      if (mention.level === 'province' || foldName(mention.name) === mainKey) continue;
      if (sites.some((site) => foldName(site.name) === foldName(mention.name))) continue;
      sites.push(mention);
    }
  }

  // Directives first: their sentences hold no findings.
  const { directives, sentences: directiveSentences } = findDirectives(doc, paragraphs, date?.value ?? null);
  // The lead sentence tells the event, not a finding — unless a unit's own report opens with its results.
  const firstSentence = leadSentences[0];
  const leadSet = new Set<Sentence>(
    firstSentence &&
      !(kind?.value === 'unit_report' && /\d{2,}/.test(doc.fold.slice(firstSentence.start, firstSentence.end)))
      ? [firstSentence]
      : [],
  );
  const findings = findFindings(doc, paragraphs, directiveSentences, leadSet);

  // Periods per sentence; the lead's (or headline's) period is the document's.
  const eventDate = date?.value ?? reference;
  const periodsOf = new Map<Sentence, Period[]>();
  for (const sentence of sentences) periodsOf.set(sentence, findPeriods(doc.fold, sentence, eventDate));
  const headPeriods = [
    ...(layout.title ? findPeriods(doc.fold, layout.title, eventDate) : []),
    ...leadSentences.flatMap((sentence) => periodsOf.get(sentence) ?? []),
  ];
  const documentPeriod = headPeriods.find((period) => !period.isAsOf) ?? headPeriods[0] ?? null;

  const consumed: Range[] = [
    ...(event ? [event.range] : []),
    ...layout.stamps.map((stamp) => stamp.range),
    ...[...periodsOf.values()].flat().map((period) => period.range),
  ];
  const raw: RawFigure[] = [];
  for (const sentence of sentences) {
    if (directiveSentences.has(sentence)) continue;
    raw.push(...readFigures(doc, sentence, consumed), ...readZeroFigures(doc, sentence));
  }
  // "đúng hạn 100%" beside a resolved count: every resolved dossier was on time.
  for (const rate of raw.filter((figure) => figure.indicator === 'on_time_rate_reported' && figure.value === 100)) {
    const sameSentence = raw.filter((figure) => figure.sentence === rate.sentence && figure.tier === rate.tier);
    const resolved = sameSentence.filter((figure) => figure.indicator === 'resolved' && figure.at < rate.at).at(-1);
    if (resolved && !sameSentence.some((figure) => figure.indicator === 'resolved_on_time')) {
      raw.push({ ...rate, indicator: 'resolved_on_time', value: resolved.value, note: '100 % of resolved (derived)' });
    }
  }

  const paragraphOf = (sentence: Sentence) => paragraphs[sentence.paragraph];
  function periodFor(figure: RawFigure): Period | null {
    const own = periodsOf.get(figure.sentence) ?? [];
    // Within a sentence, a period in the figure's own `;` clause wins; else the one that opens the
    // sentence ("7 tháng đầu năm, …; …; …") covers every clause; else the nearest one before it.
    const clauseStart = doc.fold.lastIndexOf(';', figure.at - 1);
    const clauseEnd = doc.fold.indexOf(';', figure.at);
    const inClause = own.filter(
      (p) =>
        p.range.start > clauseStart &&
        (clauseEnd < 0 || p.range.end <= clauseEnd) &&
        p.range.start >= figure.sentence.start,
    );
    // "Năm 2022 (tính đến ngày 15/8/2022), …": the last of the periods that open the sentence refines the others.
    const opening = own.filter((p) => p.range.start - figure.sentence.start < 40).at(-1) ?? null;
    let period: Period | null =
      inClause.filter((p) => p.range.end <= figure.at).at(-1) ??
      inClause.find((p) => p.range.start >= figure.at) ??
      (opening && opening.range.end <= figure.at ? opening : null) ??
      own.filter((p) => p.range.end <= figure.at).at(-1) ??
      own.find((p) => p.range.start >= figure.at) ??
      null;
    if (!period) {
      const paragraph = paragraphOf(figure.sentence);
      const earlier = (paragraph?.sentences ?? []).filter((s) => s.end <= figure.sentence.start);
      period = earlier.flatMap((s) => periodsOf.get(s) ?? []).at(-1) ?? documentPeriod;
    }
    return period;
  }
  function contextStart(figure: RawFigure, period: Period): string | null {
    const year = period.end.slice(0, 4);
    const paragraph = paragraphOf(figure.sentence);
    const before = (paragraph?.sentences ?? [])
      .filter((s) => s.start <= figure.sentence.start)
      .flatMap((s) => periodsOf.get(s) ?? [])
      .filter((p) => !p.isAsOf && p.range.start < period.range.start && p.start?.startsWith(year));
    const context = before.at(-1) ?? (documentPeriod && !documentPeriod.isAsOf ? documentPeriod : null);
    return context?.start?.startsWith(year) && context.start <= period.end ? context.start : null;
  }

  const figures: ExtractedFigure[] = [];
  const seen = new Set<string>();
  for (const figure of raw.sort((a, b) => a.at - b.at)) {
    const period = periodFor(figure);
    let periodStart = period?.start ?? null;
    // Staff cuts are cumulative ("tính đến cuối năm 2023, đã tinh giản 95 biên chế"): an "as of" gives no start.
    const isCumulative = figure.indicator === 'staff_reduction' || figure.indicator === 'staff_reduction_rate';
    if (period?.isAsOf && !STOCKS.has(figure.indicator) && !isCumulative) periodStart = contextStart(figure, period);
    if (STOCKS.has(figure.indicator)) periodStart = null;
    const unitMention = levelled
      .filter(
        (m) =>
          m.range.start >= figure.sentence.start &&
          m.range.end <= figure.at &&
          !doc.fold.slice(m.range.end, figure.at).includes(';') &&
          m.level !== 'province' &&
          foldName(m.name) !== mainKey,
      )
      .at(-1);
    const key = `${figure.indicator}|${figure.value}|${figure.tier}|${unitMention ? foldName(unitMention.name) : ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    figures.push({
      indicator: figure.indicator,
      value: figure.value,
      qualifier: figure.qualifier,
      tier: figure.tier,
      periodStart,
      periodEnd: period?.end ?? null,
      note: figure.note,
      unit: unitMention ? mentionOut(doc, unitMention) : null,
      span: toSpan(doc, figure.range.start, figure.range.end),
      periodSpan: period ? toSpan(doc, period.range.start, period.range.end) : null,
    });
  }

  const titleRange = layout.title ?? leadSentences[0] ?? null;
  // Without a period in the lead, the first period the figures were read with stands for the event's.
  const inspectionPeriod =
    documentPeriod ?? raw.map(periodFor).find((period): period is Period => period !== null && !period.isAsOf) ?? null;
  return {
    title: titleRange
      ? {
          value: tidy(doc.norm.slice(titleRange.start, titleRange.end)),
          span: toSpan(doc, titleRange.start, titleRange.end),
        }
      : null,
    unit: mainMention ? mentionOut(doc, mainMention) : null,
    province: province ? mentionOut(doc, province) : null,
    sites: sites.map((site) => mentionOut(doc, site)),
    date: date ? { value: date.value, span: toSpan(doc, date.range.start, date.range.end) } : null,
    partOfDay: event?.partOfDay
      ? { value: event.partOfDay.value, span: toSpan(doc, event.partOfDay.range.start, event.partOfDay.range.end) }
      : null,
    kind: kind ? { value: kind.value, span: toSpan(doc, kind.range.start, kind.range.end) } : null,
    period: inspectionPeriod
      ? {
          start: inspectionPeriod.start,
          end: inspectionPeriod.end,
          span: toSpan(doc, inspectionPeriod.range.start, inspectionPeriod.range.end),
        }
      : null,
    delegation: delegation
      ? {
          name: delegation.name,
          number: delegation.number,
          span: toSpan(doc, delegation.range.start, delegation.range.end),
        }
      : null,
    leader: leader
      ? { name: leader.name, title: leader.title, span: toSpan(doc, leader.range.start, leader.range.end) }
      : null,
    figures,
    findings: findings.map((finding) => ({
      kind: finding.kind,
      parArea: finding.parArea,
      text: finding.text,
      span: toSpan(doc, finding.range.start, finding.range.end),
    })),
    directives: directives.map((directive) => ({
      text: directive.text,
      parArea: directive.parArea,
      dueDate: directive.dueDate,
      span: toSpan(doc, directive.range.start, directive.range.end),
    })),
    ignored: layout.ignored.map((range) => toSpan(doc, range.start, range.end)),
  };
}
