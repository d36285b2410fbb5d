import { Anchor, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { DirectiveDetail, Role } from '@partrack/contracts';
import { IconArrowLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DirectiveBucketBadge } from '../../../components/directive-bucket-badge';
import { formatDate } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { nextStepOf } from '../utils/next-step';
import { DirectiveDueDates } from './directive-due-dates';
import { NextStepLabel } from './next-step-label';

function Field({ label, children, isWide = false }: { label: string; children: ReactNode; isWide?: boolean }) {
  return (
    <Stack gap={2} style={isWide ? { gridColumn: '1 / -1' } : undefined}>
      <Text component="dt" size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children}
      </Text>
    </Stack>
  );
}

export interface DirectiveDetailViewProps {
  directive: DirectiveDetail;
  /** Whose "what to do next" to show: the reader's. */
  viewerRole: Role;
}

/** The directive itself: what, who leads and helps, from which inspection, by when, and how it stands. */
export function DirectiveDetailView({ directive, viewerRole }: DirectiveDetailViewProps) {
  const { t } = useTranslation();
  const dateOr = (date: string | null, fallback: string) =>
    date ? (
      formatDate(date)
    ) : (
      <Text span inherit c="dimmed">
        {fallback}
      </Text>
    );

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={paths.directives.list} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('directives.detail.back')}
        </Group>
      </Anchor>
      <Stack gap="xs">
        <Text size="sm" c="dimmed" fw={600}>
          {t('directives.detail.heading')} · {t(`directives.parAreas.${directive.parArea}`)}
        </Text>
        <Title order={1} fz="h2">
          {directive.text}
        </Title>
        <Group gap="sm" align="center">
          <DirectiveBucketBadge bucket={directive.bucket} />
          <Text size="sm" c="dimmed">
            {t(`directives.stages.${directive.stage}`)}
          </Text>
          <NextStepLabel {...nextStepOf(directive, viewerRole)} />
        </Group>
      </Stack>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 3 }} spacing="md" verticalSpacing="sm" m={0}>
        <Field label={t('directives.detail.fields.leadUnit')}>
          <Anchor component={Link} to={paths.units.detail(directive.leadUnit.id)} inherit>
            {directive.leadUnit.name}
          </Anchor>
        </Field>
        <Field label={t('directives.detail.fields.coordinatingUnits')}>
          {directive.coordinatingUnits.length > 0 ? (
            directive.coordinatingUnits.map((unit) => unit.name).join(', ')
          ) : (
            <Text span inherit c="dimmed">
              {t('directives.detail.none')}
            </Text>
          )}
        </Field>
        <Field label={t('directives.detail.fields.inspection')}>
          <Anchor component={Link} to={paths.inspections.detail(directive.inspection.id)} inherit>
            {t('directives.list.inspection', {
              unit: directive.inspection.unit.name,
              date: formatDate(directive.inspection.date),
            })}
          </Anchor>
          <Text span inherit c="dimmed" display="block">
            {directive.inspection.topic}
          </Text>
        </Field>
        <Field label={t('directives.detail.fields.dueDate')}>
          <DirectiveDueDates dueDate={directive.dueDate} extendedDueDate={directive.extendedDueDate} />
        </Field>
        <Field label={t('directives.detail.fields.parArea')}>{t(`directives.parAreas.${directive.parArea}`)}</Field>
        <Field label={t('directives.detail.fields.reportedDoneOn')}>
          {dateOr(directive.reportedDoneOn, t('directives.detail.notYet'))}
        </Field>
        <Field label={t('directives.detail.fields.completedOn')}>
          {dateOr(directive.completedOn, t('directives.detail.notYet'))}
        </Field>
      </SimpleGrid>
      {directive.extendedDueDate && (
        <Text size="sm" c="dimmed">
          {t('directives.detail.dueNote')}
        </Text>
      )}
    </Stack>
  );
}
