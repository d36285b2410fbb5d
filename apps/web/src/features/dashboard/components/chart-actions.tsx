import { Button, Group } from '@mantine/core';
import { IconDownload, IconPhoto, IconTable } from '@tabler/icons-react';
import { type RefObject, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveFile } from '../../../lib/download';
import { chartToPng } from '../utils/chart-to-png';
import { type ExportTable, tableToCsv, tableToXlsx } from '../utils/export-table';

type ChartActionsProps = {
  /** The file name without extension; also the XLSX sheet's name. */
  fileName: string;
  /** The table shown beside the chart, built when a download is asked for. */
  table: () => ExportTable;
  /** The drawn chart, for the PNG; left out while there is nothing drawn. */
  chart?: RefObject<HTMLElement | null>;
};

/** Download the table shown as CSV or XLSX, and the chart as a PNG. */
export function ChartActions({ fileName, table, chart }: ChartActionsProps) {
  const { t } = useTranslation();
  const [writingXlsx, setWritingXlsx] = useState(false);
  const downloadCsv = () =>
    saveFile(new Blob([tableToCsv(table())], { type: 'text/csv;charset=utf-8' }), `${fileName}.csv`);
  const downloadXlsx = () => {
    setWritingXlsx(true);
    void tableToXlsx(table(), fileName)
      .then((blob) => saveFile(blob, `${fileName}.xlsx`))
      .finally(() => setWritingXlsx(false));
  };
  const downloadPng = () => {
    const container = chart?.current;
    if (container) void chartToPng(container).then((blob) => saveFile(blob, `${fileName}.png`));
  };
  return (
    <Group gap="xs" className="print-hidden">
      <Button
        size="compact-sm"
        variant="default"
        leftSection={<IconDownload size={14} aria-hidden />}
        onClick={downloadCsv}
      >
        {t('dashboard.export.csv')}
      </Button>
      <Button
        size="compact-sm"
        variant="default"
        leftSection={<IconTable size={14} aria-hidden />}
        onClick={downloadXlsx}
        loading={writingXlsx}
      >
        {t('dashboard.export.xlsx')}
      </Button>
      {chart && (
        <Button
          size="compact-sm"
          variant="default"
          leftSection={<IconPhoto size={14} aria-hidden />}
          onClick={downloadPng}
        >
          {t('dashboard.export.png')}
        </Button>
      )}
    </Group>
  );
}
