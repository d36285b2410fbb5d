import { type ComboboxItem, Select, Stack, Text } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import type { InspectionChoice, InspectionSearch } from '../api/get-inspection-choices';

export interface InspectionPickerProps {
  value: InspectionChoice | null;
  onChange: (inspection: InspectionChoice | null) => void;
  search: InspectionSearch;
  label: string;
}

/** Finds an inspection by typing its unit, topic or leader; the API does the matching. */
export function InspectionPicker({ value, onChange, search, label }: InspectionPickerProps) {
  const { t } = useTranslation();
  // The chosen inspection stays among the options (Select shows only labels it has), first and once.
  const choices = value ? [value, ...search.choices.filter((choice) => choice.id !== value.id)] : search.choices;
  const byId = new Map(choices.map((choice) => [choice.id, choice]));
  const labelOf = (choice: InspectionChoice) =>
    t('directives.list.inspection', { unit: choice.unitName, date: formatDate(choice.date) });

  return (
    <Select
      label={label}
      placeholder={t('directives.filters.inspectionPlaceholder')}
      leftSection={<IconSearch size={16} aria-hidden />}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('directives.filters.inspectionClear') }}
      data={choices.map((choice) => ({ value: choice.id, label: labelOf(choice) }))}
      value={value?.id ?? null}
      onChange={(id) => onChange(id === null ? null : (byId.get(id) ?? null))}
      onSearchChange={search.onSearchChange}
      // The API has already filtered by what was typed, ignoring diacritics; filtering again here would not.
      filter={({ options }) => options}
      nothingFoundMessage={search.isLoading ? t('common.loading') : t('directives.filters.noInspections')}
      renderOption={({ option }: { option: ComboboxItem }) => (
        <Stack gap={0}>
          <Text size="sm">{option.label}</Text>
          <Text size="xs" c="dimmed" lineClamp={1}>
            {byId.get(option.value)?.topic}
          </Text>
        </Stack>
      )}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
