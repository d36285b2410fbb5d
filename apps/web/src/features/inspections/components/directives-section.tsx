import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import type { Directive } from '@partrack/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DirectiveBucketBadge } from '../../../components/directive-bucket-badge';
import { formatDate } from '../../../lib/format';
import { paths } from '../../../lib/paths';

/** What the leader asked the unit to do, by whom, by when, and how it stands today; each opens its follow-up. */
export function DirectivesSection({ directives }: { directives: Directive[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="md">
      <Title order={2} id={headingId}>
        {t('inspections.detail.sections.directives')}
      </Title>
      {directives.length === 0 ? (
        <Text c="dimmed">{t('inspections.detail.directivesEmpty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table aria-label={t('inspections.detail.directivesTableLabel')} verticalSpacing="xs" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('inspections.detail.directiveColumns.text')}</Table.Th>
                <Table.Th scope="col">{t('inspections.detail.directiveColumns.leadUnit')}</Table.Th>
                <Table.Th scope="col">{t('inspections.detail.directiveColumns.dueDate')}</Table.Th>
                <Table.Th scope="col">{t('inspections.detail.directiveColumns.completedOn')}</Table.Th>
                <Table.Th scope="col">{t('inspections.detail.directiveColumns.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {directives.map((directive) => (
                <Table.Tr key={directive.id}>
                  <Table.Td>
                    <Anchor component={Link} to={paths.directives.detail(directive.id)} size="sm">
                      {directive.text}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {t(`inspections.parAreas.${directive.parArea}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{directive.leadUnit.name}</Text>
                    {directive.coordinatingUnits.length > 0 && (
                      <Text size="xs" c="dimmed">
                        {t('inspections.detail.coordinating', {
                          units: directive.coordinatingUnits.map((unit) => unit.name).join(', '),
                        })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {directive.dueDate ? (
                      formatDate(directive.dueDate)
                    ) : (
                      <Text span size="sm" c="dimmed">
                        {t('inspections.detail.noDueDate')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {directive.completedOn ? (
                      formatDate(directive.completedOn)
                    ) : (
                      <Text span size="sm" c="dimmed">
                        {t('inspections.detail.notCompleted')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <DirectiveBucketBadge bucket={directive.bucket} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
