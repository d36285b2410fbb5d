import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RateTableRow } from '../utils/rate-rows';
import { PagedRows } from './paged-rows';

/** The numbers the on-time chart draws, as a table: each unit links to its inspections. */
export function OnTimeRateTable({ rows, title }: { rows: RateTableRow[]; title: string }) {
  const { t } = useTranslation();
  return (
    <PagedRows rows={rows}>
      {(page) => (
        <Table.ScrollContainer minWidth={640}>
          <Table striped withTableBorder captionSide="top" aria-label={t('dashboard.table.caption', { title })}>
            <Table.Caption>{t('dashboard.table.caption', { title })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('dashboard.table.unit')}</Table.Th>
                <Table.Th scope="col">{t('dashboard.table.tier')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('dashboard.table.rate')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('dashboard.table.counts')}
                </Table.Th>
                <Table.Th scope="col">{t('dashboard.table.basis')}</Table.Th>
                <Table.Th scope="col">{t('dashboard.table.period')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page.map((row) => (
                <Table.Tr key={row.key}>
                  <Table.Th scope="row" fw={500}>
                    <Anchor component={Link} to={row.href} size="sm">
                      {row.unitName}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{row.tier}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {row.isNotReported ? (
                      <Text span size="sm" c="dimmed" fs="italic">
                        {row.rate}
                      </Text>
                    ) : (
                      <Text span size="sm" fw={700}>
                        {row.rate}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {row.counts}
                  </Table.Td>
                  <Table.Td>{row.basis}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{row.period}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </PagedRows>
  );
}
