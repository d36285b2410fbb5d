import { Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { UnitFiltersBar } from '../components/unit-filters-bar';
import { emptyUnitFilters, isFlatListMode, type UnitListFilters, updateUnitFilters } from '../utils/unit-filters';
import { UnitSearchPanel } from './unit-search-panel';
import { UnitTreePanel } from './unit-tree-panel';

export interface UnitsScreenProps {
  filters: UnitListFilters;
  /** `replace` asks not to add a history entry (refining a search keystroke by keystroke). */
  onFiltersChange: (filters: UnitListFilters, options: { replace: boolean }) => void;
}

/** Browse the unit tree, or search and filter it into a flat list. */
export function UnitsScreen({ filters, onFiltersChange }: UnitsScreenProps) {
  const { t } = useTranslation();
  useDocumentTitle(`${t('units.title')} · ${t('app.name')}`);

  const handlePageChange = useCallback(
    (page: number) => onFiltersChange({ ...filters, page }, { replace: false }),
    [filters, onFiltersChange],
  );

  return (
    <Stack gap="lg">
      <Title order={1}>{t('units.title')}</Title>
      <UnitFiltersBar
        filters={filters}
        onChange={(change) => {
          const isRefiningSearch = change.q !== undefined && filters.q.trim() !== '' && change.q.trim() !== '';
          onFiltersChange(updateUnitFilters(filters, change), { replace: isRefiningSearch });
        }}
        onClear={() => onFiltersChange(emptyUnitFilters, { replace: false })}
      />
      {isFlatListMode(filters) ? (
        <UnitSearchPanel filters={filters} onPageChange={handlePageChange} />
      ) : (
        <UnitTreePanel validOn={filters.validOn} />
      )}
    </Stack>
  );
}
