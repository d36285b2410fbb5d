import { type ComboboxItem, Select, Stack, Text } from '@mantine/core';
import type { UnitRef } from '@partrack/contracts';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** A unit offered by a unit picker: enough to name it and tell apart units of the same name. */
export interface UnitChoice extends UnitRef {
  parentName?: string | null;
}

/** A unit picker's source of choices: given by the screens (each feature asks the API its own way), faked by tests. */
export interface UnitSearch {
  choices: UnitChoice[];
  isLoading: boolean;
  onSearchChange: (search: string) => void;
}

export interface UnitPickerProps {
  value: UnitChoice | null;
  onChange: (unit: UnitChoice | null) => void;
  search: UnitSearch;
  label: string;
  description?: string;
  placeholder?: string;
  error?: string;
  required?: boolean;
  clearable?: boolean;
}

/** Finds a unit by typing part of its name; the API does the matching, so every unit can be reached. */
export function UnitPicker({
  value,
  onChange,
  search,
  label,
  description,
  placeholder,
  error,
  required = false,
  clearable = true,
}: UnitPickerProps) {
  const { t } = useTranslation();
  // The chosen unit stays among the options (Select shows only labels it has), first and once.
  const choices = value ? [value, ...search.choices.filter((choice) => choice.id !== value.id)] : search.choices;
  const byId = new Map(choices.map((choice) => [choice.id, choice]));

  return (
    <Select
      label={label}
      description={description}
      error={error}
      required={required}
      placeholder={placeholder ?? t('common.unitPicker.placeholder')}
      leftSection={<IconSearch size={16} aria-hidden />}
      searchable
      clearable={clearable}
      clearButtonProps={{ 'aria-label': t('common.unitPicker.clear') }}
      data={choices.map((choice) => ({ value: choice.id, label: choice.name }))}
      value={value?.id ?? null}
      onChange={(id) => onChange(id === null ? null : (byId.get(id) ?? null))}
      onSearchChange={search.onSearchChange}
      // The API has already filtered by what was typed, ignoring diacritics; filtering again here would not.
      filter={({ options }) => options}
      nothingFoundMessage={search.isLoading ? t('common.loading') : t('common.unitPicker.noUnits')}
      renderOption={({ option }: { option: ComboboxItem }) => {
        const choice = byId.get(option.value);
        return (
          <Stack gap={0}>
            <Text size="sm">{option.label}</Text>
            {choice && (
              <Text size="xs" c="dimmed">
                {choice.parentName
                  ? `${t(`units.levels.${choice.level}`)} · ${t('units.parentOf', { name: choice.parentName })}`
                  : t(`units.levels.${choice.level}`)}
              </Text>
            )}
          </Stack>
        );
      }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
