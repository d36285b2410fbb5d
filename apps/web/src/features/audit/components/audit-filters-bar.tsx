import { Button, Group, Select } from '@mantine/core';
import { AuditActionSchema } from '@partrack/contracts';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DateFilter } from '../../../components/date-filter';
import type { AuditFilters } from '../utils/audit-filters';

export interface AuditFiltersBarProps {
  filters: AuditFilters;
  onChange: (change: Partial<AuditFilters>) => void;
  onClear: () => void;
}

export function AuditFiltersBar({ filters, onChange, onClear }: AuditFiltersBarProps) {
  const { t } = useTranslation();
  const hasFilters = filters.action !== null || filters.from !== null || filters.to !== null;

  return (
    <Group role="search" aria-label={t('audit.filters.label')} align="flex-end" gap="sm" wrap="wrap">
      <Select
        label={t('audit.fields.action')}
        placeholder={t('audit.filters.allActions')}
        data={AuditActionSchema.options.map((action) => ({ value: action, label: t(`audit.actions.${action}`) }))}
        value={filters.action}
        onChange={(value) => onChange({ action: AuditActionSchema.safeParse(value).data ?? null })}
        clearable
        w={{ base: '100%', xs: 260 }}
      />
      <DateFilter
        label={t('audit.filters.from')}
        value={filters.from}
        maxDate={filters.to}
        onChange={(from) => onChange({ from })}
      />
      <DateFilter
        label={t('audit.filters.to')}
        value={filters.to}
        minDate={filters.from}
        onChange={(to) => onChange({ to })}
      />
      {hasFilters && (
        <Button variant="subtle" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={onClear}>
          {t('audit.filters.clear')}
        </Button>
      )}
    </Group>
  );
}
