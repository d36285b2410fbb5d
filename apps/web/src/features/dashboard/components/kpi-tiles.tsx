import { Anchor, Paper, SimpleGrid, Text } from '@mantine/core';
import type { DashboardSummary } from '@partrack/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../lib/format';
import { directivesHref, inspectionsHref } from '../utils/drill-down';
import { formatPercent } from '../utils/format-rate';

/** The four numbers a briefing opens with; each that counts records links to them. */
export function KpiTiles({ summary }: { summary: DashboardSummary }) {
  const { t } = useTranslation();
  const { language, number } = useFormat();
  const { directives } = summary;
  const doneOnTime = directives.buckets.done_on_time;
  return (
    <SimpleGrid component="section" aria-label={t('dashboard.kpi.label')} cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
      <Tile
        label={t('dashboard.kpi.inspections')}
        value={number(summary.inspectionCount)}
        href={inspectionsHref(summary.inspectionQuery)}
      />
      <Tile
        label={t('dashboard.kpi.overdue')}
        value={number(directives.buckets.open_overdue)}
        href={directivesHref(directives.directiveQuery, 'open_overdue')}
      />
      <Tile
        label={t('dashboard.kpi.onTimeCompletion')}
        value={formatPercent(t, language, directives.onTimeCompletionRate) ?? t('dashboard.kpi.none')}
        detail={t('dashboard.kpi.onTimeCompletionDetail', {
          done: number(doneOnTime),
          assigned: number(directives.assigned),
        })}
        href={directivesHref(directives.directiveQuery, 'done_on_time')}
        extra={
          directives.meanDaysToClose === null
            ? null
            : `${t('dashboard.kpi.meanDays')}: ${t('dashboard.kpi.days', {
                value: number(directives.meanDaysToClose, { maximumFractionDigits: 1 }),
              })}`
        }
      />
      <Tile
        label={t('dashboard.kpi.notInspected')}
        value={number(summary.unitsNotInspected.length)}
        detail={t('dashboard.kpi.notInspectedDetail', { count: summary.unitCount })}
        extra={summary.unitsNotInspected.map((unit) => unit.shortName).join(', ') || null}
      />
    </SimpleGrid>
  );
}

function Tile({
  label,
  value,
  detail,
  extra,
  href,
}: {
  label: string;
  value: string;
  detail?: string;
  extra?: ReactNode;
  href?: string;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" radius="md" className="print-avoid-break">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.2}>
        {href ? (
          <Anchor component={Link} to={href} inherit aria-label={`${label}: ${value}. ${t('dashboard.kpi.open')}`}>
            {value}
          </Anchor>
        ) : (
          value
        )}
      </Text>
      {detail && (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      )}
      {extra && (
        <Text size="xs" c="dimmed" mt={4}>
          {extra}
        </Text>
      )}
    </Paper>
  );
}
