import { FIELDS, precision, recall, runEval, type Tally } from './score';

/** `pnpm eval:import`: precision and recall of the extractor per field, overall and per report. */
const { reports, total } = runEval();
const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);
const cell = (tally: Tally) =>
  tally.predicted === 0 && tally.expected === 0
    ? '      –      '
    : `${percent(precision(tally))}/${percent(recall(tally)).trim()}`;

console.info('Report extraction: precision / recall per field (figures: indicator, value, qualifier and tier)\n');
console.info(
  `${'field'.padEnd(15)}${'precision'.padStart(10)}${'recall'.padStart(9)}   correct / predicted / expected`,
);
for (const field of FIELDS) {
  const tally = total[field];
  console.info(
    `${field.padEnd(15)}${percent(precision(tally)).padStart(10)}${percent(recall(tally)).padStart(9)}   ${tally.correct} / ${tally.predicted} / ${tally.expected}`,
  );
}
console.info('\nPer report (precision/recall):');
const columns = [
  'unit',
  'date',
  'partOfDay',
  'kind',
  'leader',
  'delegation',
  'figures',
  'figurePeriods',
  'directives',
  'findings',
] as const;
console.info(`${'report'.padEnd(16)}${columns.map((c) => c.padEnd(15)).join('')}`);
for (const report of reports) {
  console.info(`${report.id.padEnd(16)}${columns.map((c) => cell(report.fields[c]).padEnd(15)).join('')}`);
}
