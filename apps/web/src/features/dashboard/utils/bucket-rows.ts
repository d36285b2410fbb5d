import { type DirectiveBucket, DirectiveBucketSchema, type TaskCompletionRow } from '@partrack/contracts';
import type { TFunction } from 'i18next';
import { formatNumber } from '../../../lib/format';
import type { Language } from '../../../lib/i18n';
import { directivesHref } from './drill-down';
import type { ExportTable } from './export-table';
import { formatPercent, formatRate } from './format-rate';

const buckets = DirectiveBucketSchema.options;

/** One unit's directives by bucket: the chart's bar, the table's line and the links behind each count. */
export interface BucketRow {
  unitId: string;
  name: string;
  counts: Record<DirectiveBucket, number>;
  hrefs: Record<DirectiveBucket, string>;
  linkLabels: Record<DirectiveBucket, string>;
  assigned: number;
  /** The list of every directive of the unit. */
  allHref: string;
  completionRate: string | null;
  onTimeCompletionRate: string | null;
  planTasks: string;
  row: TaskCompletionRow;
}

function toBucketRecord<T>(make: (bucket: DirectiveBucket) => T): Record<DirectiveBucket, T> {
  return Object.fromEntries(buckets.map((bucket) => [bucket, make(bucket)])) as Record<DirectiveBucket, T>;
}

/** The units in the API's order (by name); each count links to exactly the directives it counts. */
export function toBucketRows(t: TFunction, language: Language, rows: TaskCompletionRow[]): BucketRow[] {
  return rows.map((row) => {
    const { directives, planTasks } = row;
    const plan = formatRate(t, language, planTasks);
    return {
      unitId: row.unit.id,
      name: row.unit.shortName,
      counts: toBucketRecord((bucket) => directives.buckets[bucket]),
      hrefs: toBucketRecord((bucket) => directivesHref(directives.directiveQuery, bucket)),
      linkLabels: toBucketRecord((bucket) =>
        t('dashboard.buckets.segmentLabel', {
          unit: row.unit.shortName,
          bucket: t(`directiveBuckets.${bucket}`),
          count: formatNumber(directives.buckets[bucket], language),
        }),
      ),
      assigned: directives.assigned,
      allHref: directivesHref(directives.directiveQuery, null),
      completionRate: formatPercent(t, language, directives.completionRate),
      onTimeCompletionRate: formatPercent(t, language, directives.onTimeCompletionRate),
      planTasks:
        planTasks.basis === 'computed' && planTasks.completed !== null && planTasks.assigned !== null
          ? `${plan} ${t('dashboard.rates.counts', {
              numerator: formatNumber(planTasks.completed, language),
              denominator: formatNumber(planTasks.assigned, language),
            })}`
          : planTasks.basis === 'reported'
            ? `${plan} (${t('dashboard.rates.reported')})`
            : plan,
      row,
    };
  });
}

/** Units that were given at least one directive: the chart draws these, the table lists every unit. */
export function withDirectives(rows: BucketRow[]): BucketRow[] {
  return rows.filter((row) => row.assigned > 0);
}

export function bucketTableExport(t: TFunction, rows: BucketRow[]): ExportTable {
  return {
    header: [
      t('dashboard.table.unit'),
      t('dashboard.buckets.assigned'),
      ...buckets.map((bucket) => t(`directiveBuckets.${bucket}`)),
      t('dashboard.buckets.completionRate'),
      t('dashboard.buckets.onTimeCompletionRate'),
      t('dashboard.buckets.planTasks'),
    ],
    rows: rows.map((row) => [
      row.row.unit.name,
      row.assigned,
      ...buckets.map((bucket) => row.counts[bucket]),
      row.row.directives.completionRate,
      row.row.directives.onTimeCompletionRate,
      row.row.planTasks.rate,
    ]),
  };
}
