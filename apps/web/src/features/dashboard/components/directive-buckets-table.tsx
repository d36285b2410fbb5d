import { Anchor, Table } from '@mantine/core';
import { DirectiveBucketSchema } from '@partrack/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../lib/format';
import type { BucketRow } from '../utils/bucket-rows';
import { PagedRows } from './paged-rows';

/** The numbers of the directive chart, as a table: every count links to the directives it counts. */
export function DirectiveBucketsTable({ rows, title }: { rows: BucketRow[]; title: string }) {
  const { t } = useTranslation();
  const { number } = useFormat();
  return (
    <PagedRows rows={rows}>
      {(page) => (
        <Table.ScrollContainer minWidth={760}>
          <Table striped withTableBorder captionSide="top" aria-label={t('dashboard.table.caption', { title })}>
            <Table.Caption>{t('dashboard.table.caption', { title })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('dashboard.table.unit')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('dashboard.buckets.assigned')}
                </Table.Th>
                {DirectiveBucketSchema.options.map((bucket) => (
                  <Table.Th key={bucket} scope="col" ta="right">
                    {t(`directiveBuckets.${bucket}`)}
                  </Table.Th>
                ))}
                <Table.Th scope="col" ta="right">
                  {t('dashboard.buckets.onTimeCompletionRate')}
                </Table.Th>
                <Table.Th scope="col">{t('dashboard.buckets.planTasks')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page.map((row) => (
                <Table.Tr key={row.unitId}>
                  <Table.Th scope="row" fw={500}>
                    {row.row.unit.name}
                  </Table.Th>
                  <Table.Td ta="right">
                    <Anchor component={Link} to={row.allHref} size="sm">
                      {number(row.assigned)}
                    </Anchor>
                  </Table.Td>
                  {DirectiveBucketSchema.options.map((bucket) => (
                    <Table.Td key={bucket} ta="right">
                      <Anchor component={Link} to={row.hrefs[bucket]} size="sm" aria-label={row.linkLabels[bucket]}>
                        {number(row.counts[bucket])}
                      </Anchor>
                    </Table.Td>
                  ))}
                  <Table.Td ta="right">{row.onTimeCompletionRate ?? '—'}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{row.planTasks}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </PagedRows>
  );
}
