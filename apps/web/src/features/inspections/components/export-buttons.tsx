import { Button, Group } from '@mantine/core';
import type { ExportInspectionsQuery } from '@partrack/contracts';
import { IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

type ExportFormat = ExportInspectionsQuery['format'];

export interface ExportButtonsProps {
  onExport: (format: ExportFormat) => void;
  /** The format being exported right now, if any. */
  exporting: ExportFormat | null;
}

/** Exports exactly what the list shows (every page of it) as CSV or Excel. */
export function ExportButtons({ onExport, exporting }: ExportButtonsProps) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" role="group" aria-label={t('inspections.list.export.label')}>
      <Button
        variant="default"
        leftSection={<IconFileTypeCsv size={18} aria-hidden />}
        loading={exporting === 'csv'}
        disabled={exporting !== null && exporting !== 'csv'}
        onClick={() => onExport('csv')}
      >
        {t('inspections.list.export.csv')}
      </Button>
      <Button
        variant="default"
        leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
        loading={exporting === 'xlsx'}
        disabled={exporting !== null && exporting !== 'xlsx'}
        onClick={() => onExport('xlsx')}
      >
        {t('inspections.list.export.xlsx')}
      </Button>
    </Group>
  );
}
