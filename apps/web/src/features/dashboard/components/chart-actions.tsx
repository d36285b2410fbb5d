import { Button, Group } from '@mantine/core';
import { IconDownload, IconPhoto } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Download the table shown as CSV, and the chart as a PNG. */
export function ChartActions({ onCsv, onPng }: { onCsv: () => void; onPng?: () => void }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" className="print-hidden">
      <Button size="compact-sm" variant="default" leftSection={<IconDownload size={14} aria-hidden />} onClick={onCsv}>
        {t('dashboard.export.csv')}
      </Button>
      {onPng && (
        <Button size="compact-sm" variant="default" leftSection={<IconPhoto size={14} aria-hidden />} onClick={onPng}>
          {t('dashboard.export.png')}
        </Button>
      )}
    </Group>
  );
}
