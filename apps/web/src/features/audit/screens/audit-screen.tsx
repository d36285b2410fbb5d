import { Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { Pager } from '../../../components/pager';
import { useAuditEvents } from '../api/get-audit-events';
import { AuditFiltersBar } from '../components/audit-filters-bar';
import { AuditTable } from '../components/audit-table';
import { type AuditFilters, emptyAuditFilters, toAuditEventsQuery, updateAuditFilters } from '../utils/audit-filters';

export interface AuditScreenProps {
  filters: AuditFilters;
  onFiltersChange: (filters: AuditFilters) => void;
}

/** Who did what, when and from where: the audit trail, newest first. */
export function AuditScreen({ filters, onFiltersChange }: AuditScreenProps) {
  const { t } = useTranslation();
  useDocumentTitle(`${t('audit.title')} · ${t('app.name')}`);
  const query = useAuditEvents(toAuditEventsQuery(filters));
  const lastPage = query.data ? Math.max(1, Math.ceil(query.data.total / query.data.pageSize)) : null;

  const handlePageChange = useCallback(
    (page: number) => onFiltersChange({ ...filters, page }),
    [filters, onFiltersChange],
  );

  useEffect(() => {
    if (lastPage !== null && !query.isPlaceholderData && filters.page > lastPage) handlePageChange(lastPage);
  }, [lastPage, filters.page, query.isPlaceholderData, handlePageChange]);

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('audit.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('audit.subtitle')}
        </Text>
      </Stack>
      <AuditFiltersBar
        filters={filters}
        onChange={(change) => onFiltersChange(updateAuditFilters(filters, change))}
        onClear={() => onFiltersChange(emptyAuditFilters)}
      />
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Text fw={500} py="md">
          {t('audit.empty')}
        </Text>
      ) : (
        <Stack gap="sm">
          <AuditTable events={query.data.items} isFetching={query.isPlaceholderData} />
          <Pager
            page={query.data.page}
            pageSize={query.data.pageSize}
            total={query.data.total}
            count={query.data.items.length}
            onPageChange={handlePageChange}
            summary={(range) => t('audit.summary', range)}
            label={t('audit.pagination')}
          />
        </Stack>
      )}
    </Stack>
  );
}
