import { Button, Group, Select, Stack } from '@mantine/core';
import { ParAreaSchema, parAreas } from '@partrack/contracts';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DateFilter } from '../../../components/date-filter';
import { type UnitChoice, UnitPicker, type UnitSearch } from '../../../components/unit-picker';
import type { InspectionChoice, InspectionSearch } from '../api/get-inspection-choices';
import { type DirectiveFilters, directiveSorts, hasActiveFilters } from '../utils/directive-filters';
import { InspectionPicker } from './inspection-picker';

export interface DirectiveFiltersBarProps {
  filters: DirectiveFilters;
  onChange: (change: Partial<DirectiveFilters>) => void;
  onClear: () => void;
  /** The unit and inspection the filters name (looked up from their ids in the URL), and where to find others. */
  unit: UnitChoice | null;
  unitSearch: UnitSearch;
  onUnitChange: (unit: UnitChoice | null) => void;
  inspection: InspectionChoice | null;
  inspectionSearch: InspectionSearch;
  onInspectionChange: (inspection: InspectionChoice | null) => void;
}

export function DirectiveFiltersBar({
  filters,
  onChange,
  onClear,
  unit,
  unitSearch,
  onUnitChange,
  inspection,
  inspectionSearch,
  onInspectionChange,
}: DirectiveFiltersBarProps) {
  const { t } = useTranslation();

  return (
    <Stack role="search" aria-label={t('directives.filters.label')} gap="sm">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <div style={{ flex: '1 1 16rem' }}>
          <UnitPicker
            label={t('directives.filters.unit')}
            description={t('directives.filters.unitHint')}
            value={unit}
            search={unitSearch}
            onChange={onUnitChange}
          />
        </div>
        <div style={{ flex: '1 1 16rem' }}>
          <InspectionPicker
            label={t('directives.filters.inspection')}
            value={inspection}
            search={inspectionSearch}
            onChange={onInspectionChange}
          />
        </div>
      </Group>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <DateFilter
          label={t('directives.filters.dueFrom')}
          value={filters.dueFrom}
          maxDate={filters.dueTo}
          onChange={(dueFrom) => onChange({ dueFrom })}
        />
        <DateFilter
          label={t('directives.filters.dueTo')}
          value={filters.dueTo}
          minDate={filters.dueFrom}
          onChange={(dueTo) => onChange({ dueTo })}
        />
        <DateFilter
          label={t('directives.filters.assignedFrom')}
          value={filters.assignedFrom}
          maxDate={filters.assignedTo}
          onChange={(assignedFrom) => onChange({ assignedFrom })}
        />
        <DateFilter
          label={t('directives.filters.assignedTo')}
          value={filters.assignedTo}
          minDate={filters.assignedFrom}
          onChange={(assignedTo) => onChange({ assignedTo })}
        />
        <Select
          label={t('directives.filters.parArea')}
          placeholder={t('directives.filters.allParAreas')}
          data={parAreas.map((area) => ({ value: area, label: t(`directives.parAreas.${area}`) }))}
          value={filters.parArea}
          onChange={(value) => onChange({ parArea: ParAreaSchema.safeParse(value).data ?? null })}
          clearable
          w={{ base: '100%', xs: 260 }}
        />
        <Select
          label={t('directives.filters.sort')}
          data={directiveSorts.map((sort) => ({ value: sort, label: t(`directives.filters.sorts.${sort}`) }))}
          value={filters.sort}
          onChange={(value) => {
            const sort = directiveSorts.find((known) => known === value);
            if (sort) onChange({ sort });
          }}
          allowDeselect={false}
          w={{ base: '100%', xs: 180 }}
        />
        {hasActiveFilters(filters) && (
          <Button
            variant="subtle"
            size="compact-sm"
            mb={6}
            leftSection={<IconFilterOff size={16} aria-hidden />}
            onClick={onClear}
          >
            {t('directives.filters.clear')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
