import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { useUnits } from '../api/get-units';
import { UnitPagedList } from '../components/unit-paged-list';
import type { UnitListFilters } from '../utils/unit-filters';

const SEARCH_PAGE_SIZE = 20;

export interface UnitSearchPanelProps {
  filters: UnitListFilters;
  onPageChange: (page: number) => void;
}

/** The flat, paged list shown while searching or filtering by level. */
export function UnitSearchPanel({ filters, onPageChange }: UnitSearchPanelProps) {
  const { t } = useTranslation();
  const query = useUnits({
    q: filters.q,
    level: filters.level ?? undefined,
    validOn: filters.validOn ?? undefined,
    page: filters.page,
    pageSize: SEARCH_PAGE_SIZE,
  });
  const lastPage = query.data ? Math.max(1, Math.ceil(query.data.total / query.data.pageSize)) : null;

  // A stale link can point past the end (page 9 of a search that now has 3 pages): go to the last page.
  useEffect(() => {
    if (lastPage !== null && !query.isPlaceholderData && filters.page > lastPage) onPageChange(lastPage);
  }, [lastPage, filters.page, query.isPlaceholderData, onPageChange]);

  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;

  return (
    <UnitPagedList
      units={query.data.items}
      total={query.data.total}
      page={query.data.page}
      pageSize={query.data.pageSize}
      onPageChange={onPageChange}
      isFetching={query.isPlaceholderData}
      showParent
      label={t('units.results.label')}
      emptyMessage={t('units.results.empty')}
      emptyHint={t('units.results.emptyHint')}
    />
  );
}
