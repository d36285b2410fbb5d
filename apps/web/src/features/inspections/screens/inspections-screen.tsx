import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconCircleCheck, IconClipboardPlus, IconFileImport } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { Pager } from '../../../components/pager';
import type { UnitChoice } from '../../../components/unit-picker';
import { useUnitSearch } from '../../../components/use-unit-search';
import { canAdminister, canEditInspections } from '../../../lib/access';
import { paths } from '../../../lib/paths';
import { useSession } from '../../../lib/session';
import { useExportInspections } from '../api/export-inspections';
import { useInspections } from '../api/get-inspections';
import { useUnitChoice } from '../api/get-unit-choice';
import { inspectionKeys } from '../api/inspection-keys';
import { ExportButtons } from '../components/export-buttons';
import { InspectionFiltersBar } from '../components/inspection-filters-bar';
import { InspectionsTable } from '../components/inspections-table';
import {
  emptyInspectionFilters,
  type InspectionFilters,
  toExportQuery,
  toInspectionsQuery,
  updateInspectionFilters,
} from '../utils/inspection-filters';

export interface InspectionsScreenProps {
  filters: InspectionFilters;
  /** `replace` asks not to add a history entry (refining a search keystroke by keystroke). */
  onFiltersChange: (filters: InspectionFilters, options: { replace: boolean }) => void;
  /** A message from the screen the reader came from ("deleted"). */
  notice?: string | null;
  onNoticeClose?: () => void;
}

/** Every inspection in the reader's scope: find them, open them, export them, log a new one. */
export function InspectionsScreen({ filters, onFiltersChange, notice, onNoticeClose }: InspectionsScreenProps) {
  const { t } = useTranslation();
  useDocumentTitle(`${t('inspections.title')} · ${t('app.name')}`);
  const { user } = useSession();
  const queryClient = useQueryClient();
  const query = useInspections(toInspectionsQuery(filters));
  const unitSearch = useUnitSearch();
  const unit = useUnitChoice(filters.unitId);
  const exporter = useExportInspections();
  const lastPage = query.data ? Math.max(1, Math.ceil(query.data.total / query.data.pageSize)) : null;

  const handlePageChange = useCallback(
    (page: number) => onFiltersChange({ ...filters, page }, { replace: false }),
    [filters, onFiltersChange],
  );

  // A stale link can point past the end: go to the last page.
  useEffect(() => {
    if (lastPage !== null && !query.isPlaceholderData && filters.page > lastPage) handlePageChange(lastPage);
  }, [lastPage, filters.page, query.isPlaceholderData, handlePageChange]);

  const handleFilterChange = (change: Partial<InspectionFilters>) => {
    const isRefiningSearch = change.q !== undefined && filters.q.trim() !== '' && change.q.trim() !== '';
    onFiltersChange(updateInspectionFilters(filters, change), { replace: isRefiningSearch });
  };

  const handleUnitChange = (choice: UnitChoice | null) => {
    // The picker knows the unit it offered; no need to ask the API for its name again.
    if (choice) queryClient.setQueryData(inspectionKeys.unitChoice(choice.id), choice);
    handleFilterChange({ unitId: choice?.id ?? null });
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4}>
          <Title order={1}>{t('inspections.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('inspections.subtitle')}
          </Text>
        </Stack>
        <Group gap="sm">
          <ExportButtons
            exporting={exporter.isPending ? (exporter.variables?.format ?? null) : null}
            onExport={(format) => exporter.mutate(toExportQuery(filters, format))}
          />
          {canEditInspections(user) && (
            <>
              <Button
                component={Link}
                to={paths.inspections.importText}
                variant="light"
                leftSection={<IconFileImport size={18} aria-hidden />}
              >
                {t('inspections.list.importText')}
              </Button>
              <Button
                component={Link}
                to={paths.inspections.create}
                leftSection={<IconClipboardPlus size={18} aria-hidden />}
              >
                {t('inspections.list.create')}
              </Button>
            </>
          )}
        </Group>
      </Group>
      {notice && (
        <Alert
          role="status"
          color="green"
          variant="light"
          icon={<IconCircleCheck aria-hidden />}
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={onNoticeClose}
        >
          {notice}
        </Alert>
      )}
      {exporter.isError && <ErrorAlert error={exporter.error} title={t('inspections.list.export.failed')} />}
      <InspectionFiltersBar
        filters={filters}
        onChange={handleFilterChange}
        onClear={() => onFiltersChange(emptyInspectionFilters, { replace: false })}
        unit={filters.unitId ? (unit.data ?? null) : null}
        unitSearch={unitSearch}
        onUnitChange={handleUnitChange}
        canSeeDeleted={canAdminister(user)}
      />
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Stack gap={4} py="md">
          <Text fw={500}>{t('inspections.list.empty')}</Text>
          <Text size="sm" c="dimmed">
            {t('inspections.list.emptyHint')}
          </Text>
        </Stack>
      ) : (
        <Stack gap="sm">
          <InspectionsTable inspections={query.data.items} isFetching={query.isPlaceholderData} />
          <Pager
            page={query.data.page}
            pageSize={query.data.pageSize}
            total={query.data.total}
            count={query.data.items.length}
            onPageChange={handlePageChange}
            summary={(range) => t('inspections.list.summary', range)}
            label={t('inspections.list.pagination')}
          />
        </Stack>
      )}
    </Stack>
  );
}
