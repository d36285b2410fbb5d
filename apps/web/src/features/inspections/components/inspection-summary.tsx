import { Anchor, List, SimpleGrid, Stack, Text } from '@mantine/core';
import type { Inspection } from '@partrack/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, useFormat } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { formatPeriod } from '../utils/format-figures';

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

function isLink(text: string): boolean {
  return /^https?:\/\/\S+$/i.test(text.trim());
}

/** The facts of the event: who, when, what, by whom, where, and where the record comes from. */
export function InspectionSummary({ inspection }: { inspection: Inspection }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const none = t('inspections.detail.none');
  const { delegation, leader, periodStart, periodEnd } = inspection;
  const when = inspection.partOfDay
    ? t('inspections.detail.dateWithPart', {
        date: formatDate(inspection.date),
        part: t(`inspections.partsOfDay.${inspection.partOfDay}`).toLocaleLowerCase(language),
      })
    : formatDate(inspection.date);
  const period =
    periodEnd !== null
      ? formatPeriod(t, periodStart, periodEnd)
      : periodStart !== null
        ? `${formatDate(periodStart)}–`
        : none;

  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 3 }} spacing="md" verticalSpacing="sm" m={0}>
      <Field label={t('inspections.detail.fields.unit')}>
        <Anchor component={Link} to={paths.units.detail(inspection.unit.id)} inherit>
          {inspection.unit.name}
        </Anchor>
      </Field>
      <Field label={t('inspections.detail.fields.date')}>{when}</Field>
      <Field label={t('inspections.detail.fields.kind')}>{t(`inspections.kinds.${inspection.kind}`)}</Field>
      <Field label={t('inspections.detail.fields.period')}>{period}</Field>
      <Field label={t('inspections.detail.fields.leader')}>
        {leader ? (
          <>
            <Text span inherit fw={600}>
              {leader.name}
            </Text>
            {leader.title && <Text span inherit>{`, ${leader.title}`}</Text>}
          </>
        ) : (
          none
        )}
      </Field>
      <Field label={t('inspections.detail.fields.delegation')}>
        {delegation?.name ?? none}
        {delegation?.establishingDocument && (
          <Text span inherit c="dimmed">{` (${delegation.establishingDocument})`}</Text>
        )}
      </Field>
      {delegation && delegation.members.length > 0 && (
        <Field label={t('inspections.detail.fields.members')}>
          <List size="sm" spacing={2}>
            {delegation.members.map((member) => (
              <List.Item key={member}>{member}</List.Item>
            ))}
          </List>
        </Field>
      )}
      <Field label={t('inspections.detail.fields.sites')}>
        {inspection.sites.length === 0 ? (
          none
        ) : (
          <List size="sm" spacing={2}>
            {inspection.sites.map((site) => (
              <List.Item key={`${site.unitId}-${site.place ?? ''}`}>
                {site.place ? `${site.unit.name} · ${site.place}` : site.unit.name}
              </List.Item>
            ))}
          </List>
        )}
      </Field>
      <Field label={t('inspections.detail.fields.loggedBy')}>{inspection.loggedBy?.displayName ?? none}</Field>
      <Field label={t('inspections.detail.fields.topic')} isWide>
        {inspection.topic}
      </Field>
      <Field label={t('inspections.detail.fields.source')} isWide>
        {!inspection.sourceReference ? (
          none
        ) : isLink(inspection.sourceReference) ? (
          <Anchor href={inspection.sourceReference} target="_blank" rel="noreferrer" inherit>
            {inspection.sourceReference}
          </Anchor>
        ) : (
          inspection.sourceReference
        )}
      </Field>
    </SimpleGrid>
  );
}
