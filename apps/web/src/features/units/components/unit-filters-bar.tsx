import { Button, Group, Select } from '@mantine/core';
import { type UnitLevel, unitLevels } from '@partrack/contracts';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DateFilter } from '../../../components/date-filter';
import type { UnitListFilters } from '../utils/unit-filters';
import { UnitSearchBox } from './unit-search-box';

export interface UnitFiltersBarProps {
  filters: UnitListFilters;
  onChange: (change: Partial<UnitListFilters>) => void;
  onClear: () => void;
  searchDebounceMs?: number;
}

function isUnitLevel(value: string | null): value is UnitLevel {
  return value !== null && (unitLevels as readonly string[]).includes(value);
}

export function UnitFiltersBar({ filters, onChange, onClear, searchDebounceMs }: UnitFiltersBarProps) {
  const { t } = useTranslation();
  const hasFilters = filters.q.trim() !== '' || filters.level !== null || filters.validOn !== null;

  return (
    <Group role="search" aria-label={t('units.filters.label')} align="flex-end" gap="sm" wrap="wrap">
      <div style={{ flex: '1 1 18rem' }}>
        <UnitSearchBox value={filters.q} onSearch={(q) => onChange({ q })} debounceMs={searchDebounceMs} />
      </div>
      <Select
        label={t('units.filters.level')}
        placeholder={t('units.filters.allLevels')}
        data={unitLevels.map((level) => ({ value: level, label: t(`units.levels.${level}`) }))}
        value={filters.level}
        onChange={(value) => onChange({ level: isUnitLevel(value) ? value : null })}
        clearable
        w={{ base: '100%', xs: 200 }}
      />
      <DateFilter
        label={t('units.filters.validOn')}
        value={filters.validOn}
        onChange={(validOn) => onChange({ validOn })}
      />
      {hasFilters && (
        <Button variant="subtle" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={onClear}>
          {t('units.filters.clear')}
        </Button>
      )}
    </Group>
  );
}
