import { List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Finding, FindingKind } from '@partrack/contracts';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { groupFindings } from '../utils/group-findings';

function FindingList({ kind, findings }: { kind: FindingKind; findings: Finding[] }) {
  const { t } = useTranslation();
  if (findings.length === 0) return null;
  const Icon = kind === 'strength' ? IconCircleCheck : IconAlertCircle;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600} c={kind === 'strength' ? 'teal.8' : 'orange.9'}>
        {t(`inspections.findingKinds.${kind}`)}
      </Text>
      <List
        size="sm"
        spacing={4}
        icon={<Icon size={16} aria-hidden color={kind === 'strength' ? '#0072B2' : '#D55E00'} />}
      >
        {findings.map((finding) => (
          <List.Item key={finding.id}>{finding.text}</List.Item>
        ))}
      </List>
    </Stack>
  );
}

/** What the delegation found, by PAR area: what works and what does not. */
export function FindingsSection({ findings }: { findings: Finding[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const areas = groupFindings(findings);
  return (
    <Stack component="section" aria-labelledby={headingId} gap="md">
      <Title order={2} id={headingId}>
        {t('inspections.detail.sections.findings')}
      </Title>
      {areas.length === 0 ? (
        <Text c="dimmed">{t('inspections.detail.findingsEmpty')}</Text>
      ) : (
        areas.map((area) => (
          <Stack key={area.parArea ?? 'none'} gap="xs" className="print-avoid-break">
            <Title order={3} size="h5">
              {area.parArea ? t(`inspections.parAreas.${area.parArea}`) : t('inspections.detail.unclassified')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <FindingList kind="strength" findings={area.strengths} />
              <FindingList kind="limitation" findings={area.limitations} />
            </SimpleGrid>
          </Stack>
        ))
      )}
    </Stack>
  );
}
