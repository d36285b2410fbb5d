import { Tabs } from '@mantine/core';
import { type DirectiveBucket, DirectiveBucketSchema } from '@partrack/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import type { BucketCounts } from '../api/get-directives';

/** Open ones first: what still needs doing, the late before the rest. */
const bucketOrder: DirectiveBucket[] = ['open_overdue', 'open_within_deadline', 'done_late', 'done_on_time'];
const ALL = 'all';

export interface BucketTabsProps {
  /** null: every bucket. */
  bucket: DirectiveBucket | null;
  counts: BucketCounts;
  onChange: (bucket: DirectiveBucket | null) => void;
  /** The list of the chosen bucket. */
  children: ReactNode;
}

/** The directives grouped by the four buckets, each tab with how many it holds under the other filters. */
export function BucketTabs({ bucket, counts, onChange, children }: BucketTabsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const known = bucketOrder.map((each) => counts[each]);
  const total = known.every((count) => count !== null)
    ? known.reduce<number>((sum, count) => sum + (count ?? 0), 0)
    : null;
  const label = (text: string, count: number | null) =>
    count === null ? text : t('directives.buckets.count', { label: text, count: format.number(count) });

  return (
    <Tabs
      value={bucket ?? ALL}
      onChange={(value) => onChange(DirectiveBucketSchema.safeParse(value).data ?? null)}
      keepMounted={false}
    >
      <Tabs.List aria-label={t('directives.buckets.label')}>
        <Tabs.Tab value={ALL}>{label(t('directives.buckets.all'), total)}</Tabs.Tab>
        {bucketOrder.map((each) => (
          <Tabs.Tab key={each} value={each} data-bucket={each}>
            {label(t(`directiveBuckets.${each}`), counts[each])}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      <Tabs.Panel value={bucket ?? ALL} pt="md">
        {children}
      </Tabs.Panel>
    </Tabs>
  );
}
