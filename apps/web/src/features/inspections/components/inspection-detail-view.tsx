import { Alert, Anchor, Button, Divider, Group, Stack, Text, Title } from '@mantine/core';
import type { Inspection } from '@partrack/contracts';
import { IconArrowLeft, IconPencil, IconPrinter, IconRestore, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { DirectivesSection } from './directives-section';
import { FiguresSection } from './figures-section';
import { FindingsSection } from './findings-section';
import { InspectionSummary } from './inspection-summary';

export interface InspectionDetailViewProps {
  inspection: Inspection;
  /** Administrators and inspectors edit and delete; everyone else reads. */
  canEdit: boolean;
  /** Administrators restore deleted inspections. */
  canRestore: boolean;
  onDelete: () => void;
  onRestore: () => void;
  onPrint: () => void;
  isRestoring?: boolean;
}

/** One inspection, whole: the facts, the findings, the figures with their rates, and the directives. */
export function InspectionDetailView({
  inspection,
  canEdit,
  canRestore,
  onDelete,
  onRestore,
  onPrint,
  isRestoring = false,
}: InspectionDetailViewProps) {
  const { t } = useTranslation();
  const isDeleted = inspection.deletedAt !== null;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={paths.inspections.list} size="sm" className="print-hidden">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('inspections.detail.back')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4}>
          <Text size="sm" c="dimmed" fw={600}>
            {t(`inspections.kinds.${inspection.kind}`)}
          </Text>
          <Title order={1}>
            {t('inspections.detail.heading', { unit: inspection.unit.name, date: formatDate(inspection.date) })}
          </Title>
        </Stack>
        <Group gap="xs" className="print-hidden" role="group" aria-label={t('inspections.detail.actions.label')}>
          {canEdit && !isDeleted && (
            <Button
              component={Link}
              to={paths.inspections.edit(inspection.id)}
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
            >
              {t('inspections.detail.actions.edit')}
            </Button>
          )}
          {canEdit && !isDeleted && (
            <Button variant="default" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={onDelete}>
              {t('inspections.detail.actions.delete')}
            </Button>
          )}
          {canRestore && isDeleted && (
            <Button leftSection={<IconRestore size={16} aria-hidden />} onClick={onRestore} loading={isRestoring}>
              {t('inspections.detail.actions.restore')}
            </Button>
          )}
          <Button variant="default" leftSection={<IconPrinter size={16} aria-hidden />} onClick={onPrint}>
            {t('inspections.detail.actions.print')}
          </Button>
        </Group>
      </Group>
      {inspection.deletedAt && (
        <Alert color="gray" variant="light" icon={<IconTrash aria-hidden />}>
          {t('inspections.detail.deletedNotice', { at: formatDateTime(inspection.deletedAt) })}
        </Alert>
      )}
      <InspectionSummary inspection={inspection} />
      <Divider />
      <FindingsSection findings={inspection.findings} />
      <Divider />
      <FiguresSection inspection={inspection} />
      <Divider />
      <DirectivesSection directives={inspection.directives} />
    </Stack>
  );
}
