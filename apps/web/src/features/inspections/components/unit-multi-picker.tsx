import { MultiSelect } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { UnitChoice, UnitSearch } from '../../../components/unit-picker';

export interface UnitMultiPickerProps {
  value: UnitChoice[];
  onChange: (units: UnitChoice[]) => void;
  search: UnitSearch;
  label: string;
  error?: string;
}

/** Several units, each found by typing part of its name (the API matches without diacritics). */
export function UnitMultiPicker({ value, onChange, search, label, error }: UnitMultiPickerProps) {
  const { t } = useTranslation();
  // Chosen units stay among the options: MultiSelect shows only the labels it has.
  const choices = [...value, ...search.choices.filter((choice) => !value.some((chosen) => chosen.id === choice.id))];
  const byId = new Map(choices.map((choice) => [choice.id, choice]));
  return (
    <MultiSelect
      label={label}
      error={error}
      placeholder={value.length === 0 ? t('common.unitPicker.placeholder') : undefined}
      leftSection={<IconSearch size={16} aria-hidden />}
      searchable
      clearable
      hidePickedOptions
      data={choices.map((choice) => ({ value: choice.id, label: choice.name }))}
      value={value.map((unit) => unit.id)}
      onChange={(ids) => onChange(ids.flatMap((id) => byId.get(id) ?? []))}
      onSearchChange={search.onSearchChange}
      filter={({ options }) => options}
      nothingFoundMessage={search.isLoading ? t('common.loading') : t('common.unitPicker.noUnits')}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
