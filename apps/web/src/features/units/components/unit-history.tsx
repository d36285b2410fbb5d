import { Anchor, Badge, Group, SimpleGrid, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { type DirectiveBucket, DirectiveBucketSchema, type InspectionList, type Trend } from '@partrack/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, useFormat } from '../../../lib/format';
import { paths } from '../../../lib/paths';

export interface UnitHistoryProps {
  unitId: string;
  /** The unit's inspections, oldest first; null while loading or when they could not be read. */
  inspections: InspectionList | null;
  /** The unit's directives in the four buckets; null when none could be counted. */
  buckets: Record<DirectiveBucket, number> | null;
  /** The unit's on-time rate year by year. */
  onTimeSeries: Trend | null;
}

/** The list URLs a unit's history links to, in the parameters those lists read. */
export function unitInspectionsHref(unitId: string): string {
  return `${paths.inspections.list}?${new URLSearchParams({ unit: unitId })}`;
}

export function unitDirectivesHref(unitId: string, bucket: DirectiveBucket | null): string {
  return `${paths.directives.list}?${new URLSearchParams({ bucket: bucket ?? 'all', unit: unitId })}`;
}

/** One unit's history: its inspections on a timeline, its on-time rate by year, its directives by bucket. */
export function UnitHistory({ unitId, inspections, buckets, onTimeSeries }: UnitHistoryProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Section title={t('unitHistory.inspections')}>
        <Text size="sm" c="dimmed">
          {t('unitHistory.inspectionsHint')}
        </Text>
        {inspections && <InspectionTimeline unitId={unitId} inspections={inspections} />}
      </Section>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Section title={t('unitHistory.figures')}>{onTimeSeries && <OnTimeSeriesTable trend={onTimeSeries} />}</Section>
        <Section title={t('unitHistory.directives')}>
          {buckets && <DirectiveBuckets unitId={unitId} buckets={buckets} />}
        </Section>
      </SimpleGrid>
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack component="section" gap="xs">
      <Title order={2} size="h3">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function InspectionTimeline({ unitId, inspections }: { unitId: string; inspections: InspectionList }) {
  const { t } = useTranslation();
  if (inspections.items.length === 0) return <Text c="dimmed">{t('unitHistory.inspectionsEmpty')}</Text>;
  return (
    <Stack gap="xs">
      <Timeline
        active={inspections.items.length - 1}
        bulletSize={14}
        lineWidth={2}
        aria-label={t('unitHistory.inspections')}
      >
        {inspections.items.map((inspection) => (
          <Timeline.Item
            key={inspection.id}
            title={
              <Group gap="xs" wrap="wrap">
                <Text span fw={700} size="sm">
                  {formatDate(inspection.date)}
                </Text>
                <Anchor component={Link} to={paths.inspections.detail(inspection.id)} size="sm">
                  {inspection.topic}
                </Anchor>
              </Group>
            }
          >
            <Group gap="xs" mt={2}>
              {inspection.unit.id !== unitId && (
                <Text size="xs" c="dimmed">
                  {inspection.unit.name}
                </Text>
              )}
              <Badge variant="light" color="gray" size="sm">
                {t('unitHistory.directiveCount', { count: inspection.directiveCount })}
              </Badge>
              {inspection.overdueDirectiveCount > 0 && (
                <Badge variant="light" color="red" size="sm">
                  {t('unitHistory.overdueCount', { count: inspection.overdueDirectiveCount })}
                </Badge>
              )}
            </Group>
          </Timeline.Item>
        ))}
      </Timeline>
      {inspections.total > inspections.items.length && (
        <Anchor component={Link} to={unitInspectionsHref(unitId)} size="sm">
          {t('unitHistory.inspectionsAll', { count: inspections.total })}
        </Anchor>
      )}
    </Stack>
  );
}

function OnTimeSeriesTable({ trend }: { trend: Trend }) {
  const { t } = useTranslation();
  const { number } = useFormat();
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('unitHistory.figuresHint')}
      </Text>
      <Table striped withTableBorder aria-label={t('unitHistory.figuresCaption')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('unitHistory.year')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('unitHistory.rate')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('unitHistory.counts')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {trend.buckets.map((bucket) => (
            <Table.Tr key={bucket.key}>
              <Table.Th scope="row">{bucket.key}</Table.Th>
              <Table.Td ta="right">
                {bucket.value === null || bucket.basis === 'not_reported' ? (
                  <Text span size="sm" c="dimmed" fs="italic">
                    {t('unitHistory.notReported')}
                  </Text>
                ) : (
                  <Text span size="sm" fw={700}>
                    {t('unitHistory.percent', {
                      value: number(
                        bucket.value,
                        bucket.basis === 'computed'
                          ? { minimumFractionDigits: 2, maximumFractionDigits: 2 }
                          : undefined,
                      ),
                    })}
                    {bucket.basis === 'reported' && ` ${t('unitHistory.reported')}`}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">
                {bucket.numerator !== null && bucket.denominator !== null
                  ? `${number(bucket.numerator)} / ${number(bucket.denominator)}`
                  : ''}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function DirectiveBuckets({ unitId, buckets }: { unitId: string; buckets: Record<DirectiveBucket, number> }) {
  const { t } = useTranslation();
  const { number } = useFormat();
  const total = DirectiveBucketSchema.options.reduce((sum, bucket) => sum + buckets[bucket], 0);
  if (total === 0) return <Text c="dimmed">{t('unitHistory.directivesEmpty')}</Text>;
  return (
    <Stack gap={6}>
      {DirectiveBucketSchema.options.map((bucket) => (
        <Anchor key={bucket} component={Link} to={unitDirectivesHref(unitId, bucket)} size="sm">
          {t('unitHistory.bucketLink', { bucket: t(`directiveBuckets.${bucket}`), count: number(buckets[bucket]) })}
        </Anchor>
      ))}
      <Anchor component={Link} to={unitDirectivesHref(unitId, null)} size="sm" fw={500}>
        {t('unitHistory.directivesAll', { count: total })}
      </Anchor>
    </Stack>
  );
}
