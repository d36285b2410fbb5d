import { Anchor, Breadcrumbs, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { UnitDetail, UnitSuccession } from '@partrack/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { UnitLevelBadge } from './unit-level-badge';
import { useValidityText } from './unit-validity';

export interface UnitDetailViewProps {
  unit: UnitDetail;
  /** The list of sub-units, loaded page by page by the screen. */
  childrenSection: ReactNode;
  /** The unit's inspections, figures and directives, when the reader's scope covers it. */
  historySection?: ReactNode;
}

export function UnitDetailView({ unit, childrenSection, historySection }: UnitDetailViewProps) {
  const { t } = useTranslation();
  const validity = useValidityText(unit);

  return (
    <Stack gap="lg">
      <Breadcrumbs
        component="nav"
        aria-label={t('units.detail.breadcrumb')}
        separatorMargin={6}
        style={{ flexWrap: 'wrap', rowGap: 4 }}
      >
        <Anchor component={Link} to={paths.units.list} size="sm">
          {t('units.title')}
        </Anchor>
        {unit.ancestors.map((ancestor) => (
          <Anchor key={ancestor.id} component={Link} to={paths.units.detail(ancestor.id)} size="sm">
            {ancestor.name}
          </Anchor>
        ))}
        <Text size="sm" aria-current="page">
          {unit.name}
        </Text>
      </Breadcrumbs>

      <Stack gap="xs">
        <Title order={1}>{unit.name}</Title>
        <Group gap="xs">
          <UnitLevelBadge level={unit.level} />
        </Group>
      </Stack>

      <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} spacing="md" m={0}>
        <Fact label={t('units.detail.code')}>{unit.code ?? t('units.detail.noCode')}</Fact>
        <Fact label={t('units.detail.validity')}>{validity}</Fact>
      </SimpleGrid>

      {historySection}

      <Section title={t('units.detail.children')}>{childrenSection}</Section>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Section title={t('units.detail.predecessors')}>
          <SuccessionList items={unit.predecessors} emptyMessage={t('units.detail.predecessorsEmpty')} />
        </Section>
        <Section title={t('units.detail.successors')}>
          <SuccessionList items={unit.successors} emptyMessage={t('units.detail.successorsEmpty')} />
        </Section>
      </SimpleGrid>
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} fw={500}>
        {children}
      </Text>
    </div>
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

function SuccessionList({ items, emptyMessage }: { items: UnitSuccession[]; emptyMessage: string }) {
  const { t } = useTranslation();
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {emptyMessage}
      </Text>
    );
  }
  return (
    <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
      {items.map((item) => (
        <li key={item.unit.id}>
          <Group gap="xs" wrap="wrap">
            <UnitLevelBadge level={item.unit.level} />
            <Anchor component={Link} to={paths.units.detail(item.unit.id)} fw={500}>
              {item.unit.name}
            </Anchor>
            <Text size="sm" c="dimmed">
              {t('units.detail.effectiveOn', { date: formatDate(item.effectiveOn) })}
            </Text>
          </Group>
          {item.note && (
            <Text size="sm" ml={4} mt={2}>
              {item.note}
            </Text>
          )}
        </li>
      ))}
    </Stack>
  );
}
