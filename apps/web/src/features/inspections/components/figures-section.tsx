import { Alert, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { Inspection } from '@partrack/contracts';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPeriod } from '../utils/format-figures';
import { type FigureGroup, groupFigures, type InspectionFlag } from '../utils/group-figures';
import { FigureValue } from './figure-value';
import { OnTimeRateValue } from './on-time-rate-value';

function FlagsAlert({ flags }: { flags: InspectionFlag[] }) {
  const { t } = useTranslation();
  if (flags.length === 0) return null;
  return (
    <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('inspections.flags.title')}>
      <List size="sm" spacing={2}>
        {flags.map((flag) => (
          <List.Item key={`${flag.code}-${flag.unitId}-${flag.tier}-${flag.periodEnd}`}>
            {t(`inspections.flags.${flag.code}`)}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

// TFunction rather than `ReturnType<typeof useTranslation>['t']`: the latter makes TypeScript expand
// every key of the catalogue and gives up ("excessively deep") once the catalogue grows.
function groupTitle(t: TFunction, group: FigureGroup): string {
  return [
    group.unit.name,
    group.tier ? t(`inspections.tiers.${group.tier}`) : null,
    formatPeriod(t, group.periodStart, group.periodEnd),
  ]
    .filter(Boolean)
    .join(' · ');
}

function FigureGroupBlock({ group }: { group: FigureGroup }) {
  const { t } = useTranslation();
  const headingId = useId();
  const title = groupTitle(t, group);
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="sm" radius="md" className="print-avoid-break">
      <Stack gap="xs">
        <Title order={3} size="h5" id={headingId}>
          {title}
        </Title>
        <Table
          aria-label={t('inspections.detail.figuresTableLabel', { group: title })}
          verticalSpacing={4}
          layout="fixed"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w="45%">
                {t('inspections.detail.figureColumns.indicator')}
              </Table.Th>
              <Table.Th scope="col" ta="right" w="20%">
                {t('inspections.detail.figureColumns.value')}
              </Table.Th>
              <Table.Th scope="col">{t('inspections.detail.figureColumns.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {group.figures.map((figure) => (
              <Table.Tr key={figure.id}>
                <Table.Td>{t(`inspections.indicators.${figure.indicator}`)}</Table.Td>
                <Table.Td ta="right">
                  <FigureValue figure={figure} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {figure.note ?? ''}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {group.rates.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('inspections.rates.title')}
            </Text>
            <Table aria-label={t('inspections.rates.tableLabel', { group: title })} verticalSpacing={4} layout="fixed">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w="45%">
                    {t('inspections.rates.definition')}
                  </Table.Th>
                  <Table.Th scope="col" ta="left">
                    {t('inspections.rates.value')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {group.rates.map((rate) => (
                  <Table.Tr key={rate.definition} data-definition={rate.definition}>
                    <Table.Td>
                      <Text size="sm">{t(`inspections.rates.definitions.${rate.definition}`)}</Text>
                      <Text size="xs" c="dimmed">
                        {t(`inspections.rates.formulas.${rate.definition}`)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <OnTimeRateValue rate={rate} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        )}
        <FlagsAlert flags={group.flags} />
      </Stack>
    </Paper>
  );
}

/**
 * The figures as reported, one block per unit · tier · period (seed 5 gives district- and commune-tier
 * counts apart), with the on-time rate under both definitions and any figures that cannot all be true.
 */
export function FiguresSection({ inspection }: { inspection: Pick<Inspection, 'figures' | 'onTimeRates' | 'flags'> }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { groups, unplacedFlags } = groupFigures(inspection);
  return (
    <Stack component="section" aria-labelledby={headingId} gap="md">
      <Title order={2} id={headingId}>
        {t('inspections.detail.sections.figures')}
      </Title>
      {groups.length === 0 ? (
        <Text c="dimmed">{t('inspections.detail.figuresEmpty')}</Text>
      ) : (
        groups.map((group) => <FigureGroupBlock key={group.key} group={group} />)
      )}
      <FlagsAlert flags={unplacedFlags} />
    </Stack>
  );
}
