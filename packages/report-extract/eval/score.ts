import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReportExtraction } from '@partrack/contracts';
import { extractReport } from '../src/index';
import { sourceReport } from '../testing/source-reports';
import { labels, type ReportLabel } from './labels';

export const FIELDS = [
  'unit',
  'sites',
  'date',
  'partOfDay',
  'kind',
  'leader',
  'leaderTitle',
  'delegation',
  'figures',
  'figurePeriods',
  'directives',
  'dueDates',
  'findings',
] as const;
export type Field = (typeof FIELDS)[number];

/** Counts for precision (correct ÷ predicted) and recall (correct ÷ expected). */
export type Tally = { correct: number; predicted: number; expected: number };
export type ReportScore = { id: string; fields: Record<Field, Tally> };

const here = dirname(fileURLToPath(import.meta.url));

/** The source reports stay outside the repository, read at run time. */
export function readReport(label: ReportLabel): string {
  if (label.source.startsWith('shared:')) return sourceReport(label.source.slice('shared:'.length));
  return readFileSync(join(here, 'reports', label.source), 'utf8');
}

const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();

const empty = (): Tally => ({ correct: 0, predicted: 0, expected: 0 });

/** One value field: predicted when not null, expected when labelled, correct when both agree. */
function single<T>(predicted: T | null | undefined, expected: T | null, same: (a: T, b: T) => boolean): Tally {
  const hasPrediction = predicted !== null && predicted !== undefined;
  return {
    predicted: hasPrediction ? 1 : 0,
    expected: expected !== null ? 1 : 0,
    correct: hasPrediction && expected !== null && same(predicted as T, expected) ? 1 : 0,
  };
}

/** Greedy one-to-one matching of two lists. */
function matchLists<P, E>(
  predicted: P[],
  expected: E[],
  same: (p: P, e: E) => boolean,
): { pairs: [P, E][]; tally: Tally } {
  const free = [...expected];
  const pairs: [P, E][] = [];
  for (const item of predicted) {
    const index = free.findIndex((candidate) => same(item, candidate));
    if (index >= 0) {
      pairs.push([item, free[index] as E]);
      free.splice(index, 1);
    }
  }
  return { pairs, tally: { correct: pairs.length, predicted: predicted.length, expected: expected.length } };
}

export function scoreReport(label: ReportLabel, extraction: ReportExtraction): ReportScore {
  const fields = Object.fromEntries(FIELDS.map((field) => [field, empty()])) as Record<Field, Tally>;
  fields.unit = single(extraction.unit, label.unit, (a, b) => fold(a.name) === fold(b.name) && a.level === b.level);
  fields.sites = matchLists(extraction.sites, label.sites, (a, b) => fold(a.name) === fold(b)).tally;
  fields.date = single(extraction.date?.value, label.date, (a, b) => a === b);
  fields.partOfDay = single(extraction.partOfDay?.value, label.partOfDay, (a, b) => a === b);
  fields.kind = single(extraction.kind?.value, label.kind, (a, b) => a === b);
  fields.leader = single(extraction.leader, label.leader, (a, b) => fold(a.name) === fold(b.name));
  fields.leaderTitle = single(extraction.leader?.title, label.leader?.title ?? null, (a, b) => fold(a) === fold(b));
  fields.delegation = single(extraction.delegation, label.delegation, (a, b) => a.number === b.number);
  const figures = matchLists(
    extraction.figures,
    label.figures,
    (a, b) =>
      a.indicator === b.indicator &&
      Math.abs(a.value - b.value) < 1e-9 &&
      a.qualifier === (b.qualifier ?? 'exact') &&
      a.tier === (b.tier ?? null),
  );
  fields.figures = figures.tally;
  const withPeriods = figures.pairs.filter(([, e]) => e.periodEnd !== undefined);
  const periodsRight = withPeriods.filter(
    ([a, e]) => a.periodStart === (e.periodStart ?? null) && a.periodEnd === (e.periodEnd ?? null),
  ).length;
  fields.figurePeriods = { correct: periodsRight, predicted: withPeriods.length, expected: withPeriods.length };
  const count = extraction.directives.length;
  const want = label.directives.count;
  fields.directives = { correct: Math.min(count, want), predicted: count, expected: want };
  fields.dueDates = matchLists(
    extraction.directives.flatMap((directive) => (directive.dueDate ? [directive.dueDate] : [])),
    label.directives.dueDates,
    (a, b) => a === b,
  ).tally;
  fields.findings = matchLists(
    extraction.findings,
    label.findings,
    (a, b) => a.kind === b.kind && fold(a.text).includes(fold(b.contains)),
  ).tally;
  return { id: label.id, fields };
}

export function runEval(): { reports: ReportScore[]; total: Record<Field, Tally> } {
  const reports = labels.map((label) => {
    const text = readReport(label);
    const extraction = extractReport(text, label.publishedOn ? { publishedOn: label.publishedOn } : {});
    return scoreReport(label, extraction);
  });
  const total = Object.fromEntries(FIELDS.map((field) => [field, empty()])) as Record<Field, Tally>;
  for (const report of reports) {
    for (const field of FIELDS) {
      total[field].correct += report.fields[field].correct;
      total[field].predicted += report.fields[field].predicted;
      total[field].expected += report.fields[field].expected;
    }
  }
  return { reports, total };
}

export const precision = (tally: Tally) => (tally.predicted === 0 ? 1 : tally.correct / tally.predicted);
export const recall = (tally: Tally) => (tally.expected === 0 ? 1 : tally.correct / tally.expected);
