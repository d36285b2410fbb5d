import { Table, Text } from '@mantine/core';
import { type ErrorIssue, parseDossierStatsIssuePath } from '@partrack/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';

export interface ImportIssuesProps {
  issues: ErrorIssue[];
}

/** The problems of a rejected file, by row and column, as the API names them. */
export function ImportIssues({ issues }: ImportIssuesProps) {
  const { t } = useTranslation();
  const { number } = useFormat();
  return (
    <Table striped withTableBorder aria-label={t('dossierImport.issuesTitle')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('dossierImport.row')}</Table.Th>
          <Table.Th>{t('dossierImport.column')}</Table.Th>
          <Table.Th>{t('dossierImport.problems')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {issues.map((issue, index) => {
          const { row, column } = parseDossierStatsIssuePath(issue.path);
          // The message repeats the place; the columns already say it.
          const message = issue.message.replace(/^Row \d+(, column ".*?")?: /, '');
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: issues have no id, and the list never reorders.
            <Table.Tr key={index}>
              <Table.Td>{row === null ? '' : number(row)}</Table.Td>
              <Table.Td>{column ?? ''}</Table.Td>
              <Table.Td>
                <Text size="sm">{t(`dossierImport.issueCodes.${issue.code}` as never, { defaultValue: message })}</Text>
                <Text size="xs" c="dimmed">
                  {message}
                </Text>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
