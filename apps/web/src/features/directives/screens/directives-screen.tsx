import { Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { Role } from '@partrack/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { Pager } from '../../../components/pager';
import type { UnitChoice } from '../../../components/unit-picker';
import { useUnitSearch } from '../../../components/use-unit-search';
import { directiveKeys } from '../api/directive-keys';
import { useBucketCounts, useDirectives } from '../api/get-directives';
import { useInspectionChoice } from '../api/get-inspection-choice';
import { type InspectionChoice, useInspectionSearch } from '../api/get-inspection-choices';
import { useUnitChoice } from '../api/get-unit-choice';
import { BucketTabs } from '../components/bucket-tabs';
import { DirectiveFiltersBar } from '../components/directive-filters-bar';
import { DirectivesTable } from '../components/directives-table';
import { ViewSwitch } from '../components/view-switch';
import {
  type DirectiveFilters,
  defaultDirectiveFilters,
  toDirectivesQuery,
  toScopeQuery,
  updateDirectiveFilters,
} from '../utils/directive-filters';

export interface DirectivesScreenProps {
  filters: DirectiveFilters;
  onFiltersChange: (filters: DirectiveFilters) => void;
  /** The reader's role: it picks the list they start from and whose "what to do next" is shown. */
  role: Role;
}

/**
 * The directives in the reader's scope, by bucket: a unit officer's home, an inspector's review queue,
 * a leader's overdue list and extension requests.
 */
export function DirectivesScreen({ filters, onFiltersChange, role }: DirectivesScreenProps) {
  const { t } = useTranslation();
  useDocumentTitle(`${t('directives.title')} · ${t('app.name')}`);
  const queryClient = useQueryClient();
  const query = useDirectives(toDirectivesQuery(filters));
  const counts = useBucketCounts(toScopeQuery(filters));
  const unitSearch = useUnitSearch();
  const unit = useUnitChoice(filters.unitId);
  const inspectionSearch = useInspectionSearch();
  const inspection = useInspectionChoice(filters.inspectionId);
  const lastPage = query.data ? Math.max(1, Math.ceil(query.data.total / query.data.pageSize)) : null;

  const handleChange = useCallback(
    (change: Partial<DirectiveFilters>) => onFiltersChange(updateDirectiveFilters(filters, change, role)),
    [filters, onFiltersChange, role],
  );
  const handlePageChange = useCallback(
    (page: number) => onFiltersChange({ ...filters, page }),
    [filters, onFiltersChange],
  );

  // A stale link can point past the end: go to the last page.
  useEffect(() => {
    if (lastPage !== null && !query.isPlaceholderData && filters.page > lastPage) handlePageChange(lastPage);
  }, [lastPage, filters.page, query.isPlaceholderData, handlePageChange]);

  const handleUnitChange = (choice: UnitChoice | null) => {
    // The picker knows the unit it offered; no need to ask the API for its name again.
    if (choice) queryClient.setQueryData(directiveKeys.unitChoice(choice.id), choice);
    handleChange({ unitId: choice?.id ?? null });
  };
  const handleInspectionChange = (choice: InspectionChoice | null) => {
    if (choice) queryClient.setQueryData(directiveKeys.inspectionChoice(choice.id), choice);
    handleChange({ inspectionId: choice?.id ?? null });
  };
  const handleClear = () => {
    const cleared = defaultDirectiveFilters(role);
    onFiltersChange({ ...cleared, view: filters.view, bucket: filters.bucket, sort: filters.sort });
  };

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('directives.title')}</Title>
        <Text c="dimmed" size="sm">
          {role === 'unit_officer' ? t('directives.subtitleUnit') : t('directives.subtitle')}
        </Text>
      </Stack>
      <Group align="flex-end" gap="md" wrap="wrap">
        <ViewSwitch view={filters.view} onChange={(view) => handleChange({ view })} />
      </Group>
      <DirectiveFiltersBar
        filters={filters}
        onChange={handleChange}
        onClear={handleClear}
        unit={filters.unitId ? (unit.data ?? null) : null}
        unitSearch={unitSearch}
        onUnitChange={handleUnitChange}
        inspection={filters.inspectionId ? (inspection.data ?? null) : null}
        inspectionSearch={inspectionSearch}
        onInspectionChange={handleInspectionChange}
      />
      <BucketTabs bucket={filters.bucket} counts={counts} onChange={(bucket) => handleChange({ bucket })}>
        {query.isPending ? (
          <LoadingState />
        ) : query.isError ? (
          <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        ) : query.data.items.length === 0 ? (
          <Stack gap={4} py="md">
            <Text fw={500}>{t('directives.list.empty')}</Text>
            <Text size="sm" c="dimmed">
              {t('directives.list.emptyHint')}
            </Text>
          </Stack>
        ) : (
          <Stack gap="sm">
            <DirectivesTable directives={query.data.items} viewerRole={role} isFetching={query.isPlaceholderData} />
            <Pager
              page={query.data.page}
              pageSize={query.data.pageSize}
              total={query.data.total}
              count={query.data.items.length}
              onPageChange={handlePageChange}
              summary={(range) => t('directives.list.summary', range)}
              label={t('directives.list.pagination')}
            />
          </Stack>
        )}
      </BucketTabs>
    </Stack>
  );
}
