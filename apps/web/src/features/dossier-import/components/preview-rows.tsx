import { Table, Text } from '@mantine/core';
import { type DossierStatsPreview, dossierStatsCountFields } from '@partrack/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';

export interface PreviewRowsProps {
  rows: DossierStatsPreview['rows'];
}

/** The first rows as they would import: the unit found, tier, period, counts, or what is wrong. */
export function PreviewRows({ rows }: PreviewRowsProps) {
  const { t } = useTranslation();
  const { number, date } = useFormat();
  const counts = dossierStatsCountFields.filter((field) => rows.some((row) => row.values[field] !== undefined));
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped withTableBorder aria-label={t('dossierImport.previewTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('dossierImport.row')}</Table.Th>
            <Table.Th>{t('dossierImport.unit')}</Table.Th>
            <Table.Th>{t('dossierImport.tier')}</Table.Th>
            <Table.Th>{t('dossierImport.period')}</Table.Th>
            {counts.map((field) => (
              <Table.Th key={field} ta="right">
                {t(`dossierImport.fields.${field}`)}
              </Table.Th>
            ))}
            <Table.Th>{t('dossierImport.problems')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.row}>
              <Table.Td>{row.row}</Table.Td>
              <Table.Td>{row.unit?.name ?? ''}</Table.Td>
              <Table.Td>{row.tier ? t(`dossierImport.tiers.${row.tier}`) : ''}</Table.Td>
              <Table.Td>
                {row.periodStart && row.periodEnd ? `${date(row.periodStart)} – ${date(row.periodEnd)}` : ''}
              </Table.Td>
              {counts.map((field) => {
                const value = row.values[field];
                return (
                  <Table.Td key={field} ta="right">
                    {value === undefined ? '' : number(value)}
                  </Table.Td>
                );
              })}
              <Table.Td>
                {row.issues.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('dossierImport.noProblems')}
                  </Text>
                ) : (
                  row.issues.map((issue) => (
                    <Text key={`${issue.code}-${issue.column}`} size="sm" c="red">
                      {issue.message}
                    </Text>
                  ))
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
