import { Anchor, Stack, Table, Text } from '@mantine/core';
import type { DirectiveSummary, Role } from '@partrack/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DirectiveBucketBadge } from '../../../components/directive-bucket-badge';
import { formatDate } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { nextStepOf } from '../utils/next-step';
import { DirectiveDueDates } from './directive-due-dates';
import { NextStepLabel } from './next-step-label';

export interface DirectivesTableProps {
  directives: DirectiveSummary[];
  /** Whose "what to do next" to show: the reader's. */
  viewerRole: Role;
  /** A newer page is on its way; the current one stays visible but dimmed. */
  isFetching?: boolean;
}

/** One page of directives: what, who leads it, from which inspection, by when, how it stands, what next. */
export function DirectivesTable({ directives, viewerRole, isFetching = false }: DirectivesTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table
        aria-label={t('directives.list.tableLabel')}
        aria-busy={isFetching}
        striped
        highlightOnHover
        verticalSpacing="xs"
        style={{ opacity: isFetching ? 0.6 : 1, transition: 'opacity 120ms' }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('directives.list.columns.text')}</Table.Th>
            <Table.Th scope="col">{t('directives.list.columns.leadUnit')}</Table.Th>
            <Table.Th scope="col">{t('directives.list.columns.inspection')}</Table.Th>
            <Table.Th scope="col">{t('directives.list.columns.dueDate')}</Table.Th>
            <Table.Th scope="col">{t('directives.list.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('directives.list.columns.nextStep')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {directives.map((directive) => (
            <Table.Tr key={directive.id} data-bucket={directive.bucket}>
              <Table.Td maw={360}>
                <Stack gap={2}>
                  <Anchor component={Link} to={paths.directives.detail(directive.id)} size="sm" fw={500}>
                    {directive.text}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {t(`directives.parAreas.${directive.parArea}`)}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{directive.leadUnit.name}</Text>
              </Table.Td>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={paths.inspections.detail(directive.inspection.id)}
                  size="sm"
                  title={directive.inspection.topic}
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {t('directives.list.inspection', {
                    unit: directive.inspection.unit.name,
                    date: formatDate(directive.inspection.date),
                  })}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <DirectiveDueDates dueDate={directive.dueDate} extendedDueDate={directive.extendedDueDate} />
              </Table.Td>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <DirectiveBucketBadge bucket={directive.bucket} />
                  <Text size="xs" c="dimmed">
                    {t(`directives.stages.${directive.stage}`)}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <NextStepLabel {...nextStepOf(directive, viewerRole)} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
