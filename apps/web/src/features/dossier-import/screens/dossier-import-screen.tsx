import { Alert, Anchor, Button, FileInput, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { DossierStatsImportResult, DossierStatsMapping, DossierStatsPreview } from '@partrack/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { isApiError } from '../../../lib/api-error';
import { useFormat } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useImportDossierStats } from '../api/import-dossier-stats';
import { usePreviewDossierStats } from '../api/preview-dossier-stats';
import { ColumnMapping } from '../components/column-mapping';
import { ImportIssues } from '../components/import-issues';
import { PreviewRows } from '../components/preview-rows';

type Progressed = { fraction: number; rows: number };

/** Pick a file → check the proposed mapping and the first rows → import with progress → result or problems. */
export function DossierImportScreen() {
  const { t } = useTranslation();
  const { number } = useFormat();
  useDocumentTitle(`${t('dossierImport.title')} · ${t('app.name')}`);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<DossierStatsPreview | null>(null);
  const [mapping, setMapping] = useState<DossierStatsMapping>({});
  const [progress, setProgress] = useState<Progressed | null>(null);
  const [result, setResult] = useState<DossierStatsImportResult | null>(null);
  const previewing = usePreviewDossierStats();
  const importing = useImportDossierStats();

  const readPreview = (chosen: File, corrected?: DossierStatsMapping) =>
    previewing.mutate(
      { file: chosen, mapping: corrected },
      {
        onSuccess: (next) => {
          setPreview(next);
          setMapping(next.mapping);
        },
      },
    );

  const chooseFile = (chosen: File | null) => {
    setFile(chosen);
    setPreview(null);
    setResult(null);
    setProgress(null);
    importing.reset();
    if (chosen) readPreview(chosen);
  };

  const changeMapping = (next: DossierStatsMapping) => {
    setMapping(next);
    if (file) readPreview(file, next);
  };

  const startImport = () => {
    if (!file) return;
    setProgress({ fraction: 0, rows: 0 });
    importing.mutate(
      { file, mapping, onProgress: (fraction, rows) => setProgress({ fraction, rows }) },
      { onSuccess: (done) => setResult(done) },
    );
  };

  const missing = preview?.missing ?? [];
  const rejected =
    importing.error && isApiError(importing.error) && importing.error.issues.length > 0 ? importing.error : null;

  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{t('dossierImport.title')}</Title>
        <Text c="dimmed">{t('dossierImport.subtitle')}</Text>
      </div>
      <FileInput
        label={t('dossierImport.file')}
        placeholder={t('dossierImport.filePlaceholder')}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        value={file}
        onChange={chooseFile}
        clearable
        disabled={importing.isPending}
        maw={480}
      />
      {previewing.isPending && <Text size="sm">{t('dossierImport.reading')}</Text>}
      {previewing.error && <ErrorAlert error={previewing.error} />}
      {preview && preview.issues.length > 0 && (
        <ImportIssues
          issues={preview.issues.map((issue) => ({
            path: issue.row ? `Row ${issue.row}` : 'file',
            code: issue.code,
            message: issue.message,
          }))}
        />
      )}
      {preview && preview.columns.length > 0 && (
        <>
          <Title order={3}>{t('dossierImport.mappingTitle')}</Title>
          <Text size="sm">{t('dossierImport.mappingHint', { row: preview.headerRow })}</Text>
          <ColumnMapping
            columns={preview.columns}
            rows={preview.rows}
            mapping={mapping}
            onChange={changeMapping}
            disabled={importing.isPending}
          />
          {missing.length > 0 && (
            <Alert color="yellow" variant="light">
              {missing.map((what) => (
                <Text key={what} size="sm">
                  {t(`dossierImport.missing.${what}`)}
                </Text>
              ))}
            </Alert>
          )}
          <Title order={3}>{t('dossierImport.previewTitle')}</Title>
          <PreviewRows rows={preview.rows} />
          <Group>
            <Button
              onClick={startImport}
              loading={importing.isPending}
              disabled={missing.length > 0 || previewing.isPending}
            >
              {t('dossierImport.import')}
            </Button>
          </Group>
        </>
      )}
      {progress && (importing.isPending || result) && (
        <Stack gap={4}>
          <Progress
            value={result ? 100 : progress.fraction * 100}
            animated={!result}
            aria-label={t('dossierImport.importing', { rows: number(progress.rows) })}
          />
          <Text size="sm">{t('dossierImport.importing', { rows: number(result?.rowsImported ?? progress.rows) })}</Text>
        </Stack>
      )}
      {result && (
        <Alert color="green" variant="light" role="status">
          <Text>{t('dossierImport.done', { rows: number(result.rowsImported), units: number(result.unitCount) })}</Text>
          <Text size="sm">
            {t('dossierImport.doneDetails', {
              created: number(result.figuresCreated),
              updated: number(result.figuresUpdated),
              unchanged: number(result.figuresUnchanged),
            })}
          </Text>
          <Anchor component={Link} to={paths.dashboard}>
            {t('dossierImport.openDashboard')}
          </Anchor>
        </Alert>
      )}
      {rejected && (
        <Stack gap="xs">
          <Alert color="red" variant="light" role="alert" title={t('dossierImport.failed')}>
            {rejected.message}
          </Alert>
          <Title order={3}>{t('dossierImport.issuesTitle')}</Title>
          <ImportIssues issues={rejected.issues} />
        </Stack>
      )}
      {importing.error && !rejected && <ErrorAlert error={importing.error} />}
    </Stack>
  );
}
