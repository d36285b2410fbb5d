import { Button, Group, Select } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { AuditActionSchema } from '@partrack/contracts';
import { IconCalendar, IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DISPLAY_DATE_FORMAT, parseDisplayDate } from '../../../lib/format';
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
      <DateInput
        label={t('audit.filters.from')}
        placeholder={t('audit.filters.datePlaceholder')}
        valueFormat={DISPLAY_DATE_FORMAT}
        dateParser={parseDisplayDate}
        value={filters.from}
        maxDate={filters.to ?? undefined}
        onChange={(from) => onChange({ from })}
        leftSection={<IconCalendar size={16} aria-hidden />}
        clearable
        w={{ base: '100%', xs: 170 }}
      />
      <DateInput
        label={t('audit.filters.to')}
        placeholder={t('audit.filters.datePlaceholder')}
        valueFormat={DISPLAY_DATE_FORMAT}
        dateParser={parseDisplayDate}
        value={filters.to}
        minDate={filters.from ?? undefined}
        onChange={(to) => onChange({ to })}
        leftSection={<IconCalendar size={16} aria-hidden />}
        clearable
        w={{ base: '100%', xs: 170 }}
      />
      {hasFilters && (
        <Button variant="subtle" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={onClear}>
          {t('audit.filters.clear')}
        </Button>
      )}
    </Group>
  );
}
