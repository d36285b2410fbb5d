import { Button, Checkbox, Group, Select, Stack } from '@mantine/core';
import { InspectionKindSchema, InspectionSortSchema, ParAreaSchema, parAreas } from '@partrack/contracts';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DateFilter } from '../../../components/date-filter';
import { SearchBox } from '../../../components/search-box';
import { type UnitChoice, UnitPicker, type UnitSearch } from '../../../components/unit-picker';
import { hasActiveFilters, type InspectionFilters } from '../utils/inspection-filters';

export interface InspectionFiltersBarProps {
  filters: InspectionFilters;
  onChange: (change: Partial<InspectionFilters>) => void;
  onClear: () => void;
  /** The unit the filter names (looked up from its id in the URL), and where to find others. */
  unit: UnitChoice | null;
  unitSearch: UnitSearch;
  onUnitChange: (unit: UnitChoice | null) => void;
  /** Administrators may list the deleted inspections. */
  canSeeDeleted?: boolean;
  searchDebounceMs?: number;
}

export function InspectionFiltersBar({
  filters,
  onChange,
  onClear,
  unit,
  unitSearch,
  onUnitChange,
  canSeeDeleted = false,
  searchDebounceMs,
}: InspectionFiltersBarProps) {
  const { t } = useTranslation();

  return (
    <Stack role="search" aria-label={t('inspections.filters.label')} gap="sm">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <div style={{ flex: '1 1 18rem' }}>
          <SearchBox
            value={filters.q}
            onSearch={(q) => onChange({ q })}
            debounceMs={searchDebounceMs}
            label={t('inspections.filters.search')}
            placeholder={t('inspections.filters.searchPlaceholder')}
          />
        </div>
        <div style={{ flex: '1 1 16rem' }}>
          <UnitPicker
            label={t('inspections.filters.unit')}
            description={t('inspections.filters.unitHint')}
            value={unit}
            search={unitSearch}
            onChange={onUnitChange}
          />
        </div>
      </Group>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <DateFilter
          label={t('inspections.filters.from')}
          value={filters.from}
          maxDate={filters.to}
          onChange={(from) => onChange({ from })}
        />
        <DateFilter
          label={t('inspections.filters.to')}
          value={filters.to}
          minDate={filters.from}
          onChange={(to) => onChange({ to })}
        />
        <Select
          label={t('inspections.filters.kind')}
          placeholder={t('inspections.filters.allKinds')}
          data={InspectionKindSchema.options.map((kind) => ({ value: kind, label: t(`inspections.kinds.${kind}`) }))}
          value={filters.kind}
          onChange={(value) => onChange({ kind: InspectionKindSchema.safeParse(value).data ?? null })}
          clearable
          w={{ base: '100%', xs: 200 }}
        />
        <Select
          label={t('inspections.filters.parArea')}
          placeholder={t('inspections.filters.allParAreas')}
          data={parAreas.map((area) => ({ value: area, label: t(`inspections.parAreas.${area}`) }))}
          value={filters.parArea}
          onChange={(value) => onChange({ parArea: ParAreaSchema.safeParse(value).data ?? null })}
          clearable
          w={{ base: '100%', xs: 260 }}
        />
        <Select
          label={t('inspections.filters.sort')}
          data={InspectionSortSchema.options.map((sort) => ({
            value: sort,
            label: t(`inspections.filters.sorts.${sort}`),
          }))}
          value={filters.sort}
          onChange={(value) => {
            const sort = InspectionSortSchema.safeParse(value).data;
            if (sort) onChange({ sort });
          }}
          allowDeselect={false}
          w={{ base: '100%', xs: 180 }}
        />
      </Group>
      <Group gap="lg" wrap="wrap" align="center">
        <Checkbox
          label={t('inspections.filters.hasOverdue')}
          checked={filters.hasOverdue}
          onChange={(event) => onChange({ hasOverdue: event.currentTarget.checked })}
        />
        {canSeeDeleted && (
          <Checkbox
            label={t('inspections.filters.deleted')}
            checked={filters.deleted}
            onChange={(event) => onChange({ deleted: event.currentTarget.checked })}
          />
        )}
        {hasActiveFilters(filters) && (
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconFilterOff size={16} aria-hidden />}
            onClick={onClear}
          >
            {t('inspections.filters.clear')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
