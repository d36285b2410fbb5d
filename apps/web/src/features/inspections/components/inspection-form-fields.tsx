import { Fieldset, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { DateInput, type DateInputProps } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import { InspectionKindSchema, PartOfDaySchema, todayInVietnam } from '@partrack/contracts';
import { IconCalendar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DISPLAY_DATE_FORMAT, parseDisplayDate } from '../../../lib/format';
import type { InspectionFormValues } from '../utils/inspection-form-values';
import { FormUnitPicker } from './unit-search-context';

export type InspectionFormApi = UseFormReturnType<InspectionFormValues>;

/** The error of a field as text, for inputs that take it as a string (the unit pickers). */
export function errorOf(form: InspectionFormApi, path: string): string | undefined {
  const error = form.errors[path];
  return typeof error === 'string' ? error : undefined;
}

/** Legends of the form's sections, styled as the headings they are. */
export const sectionStyles = {
  legend: { fontSize: 'var(--mantine-font-size-lg)', fontWeight: 700, marginBottom: 'var(--mantine-spacing-xs)' },
};

/** Dates are typed and shown as dd/mm/yyyy everywhere. */
export function FormDateInput(props: DateInputProps) {
  const { t } = useTranslation();
  return (
    <DateInput
      valueFormat={DISPLAY_DATE_FORMAT}
      dateParser={parseDisplayDate}
      placeholder={t('inspections.filters.datePlaceholder')}
      leftSection={<IconCalendar size={16} aria-hidden />}
      clearable
      {...props}
    />
  );
}

/** The inspected unit, the event's date and kind, its topic and the period it covers. */
export function GeneralFields({ form }: { form: InspectionFormApi }) {
  const { t } = useTranslation();
  const { values } = form;
  return (
    <Fieldset legend={t('inspections.form.sections.general')} variant="unstyled" styles={sectionStyles}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <FormDateInput
            label={t('inspections.form.fields.date')}
            required
            maxDate={todayInVietnam()}
            {...form.getInputProps('date')}
          />
          <Select
            label={t('inspections.form.fields.partOfDay')}
            data={PartOfDaySchema.options.map((part) => ({ value: part, label: t(`inspections.partsOfDay.${part}`) }))}
            clearable
            {...form.getInputProps('partOfDay')}
          />
          <Select
            label={t('inspections.form.fields.kind')}
            data={InspectionKindSchema.options.map((kind) => ({ value: kind, label: t(`inspections.kinds.${kind}`) }))}
            required
            allowDeselect={false}
            {...form.getInputProps('kind')}
          />
        </SimpleGrid>
        <FormUnitPicker
          label={t('inspections.form.fields.unit')}
          description={t('inspections.form.fields.unitHint')}
          required
          validOn={values.date}
          value={values.unit}
          onChange={(unit) => {
            form.setFieldValue('unit', unit);
            form.clearFieldError('unit');
          }}
          error={errorOf(form, 'unit')}
        />
        <Textarea
          label={t('inspections.form.fields.topic')}
          required
          autosize
          minRows={1}
          maxRows={4}
          {...form.getInputProps('topic')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <FormDateInput
            label={t('inspections.form.fields.periodStart')}
            maxDate={values.periodEnd ?? undefined}
            {...form.getInputProps('periodStart')}
          />
          <FormDateInput
            label={t('inspections.form.fields.periodEnd')}
            minDate={values.periodStart ?? undefined}
            {...form.getInputProps('periodEnd')}
          />
        </SimpleGrid>
        <TextInput label={t('inspections.form.fields.sourceReference')} {...form.getInputProps('sourceReference')} />
      </Stack>
    </Fieldset>
  );
}

/** Who came (the delegation and its members) and who led the event. */
export function DelegationFields({ form }: { form: InspectionFormApi }) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('inspections.form.sections.delegation')} variant="unstyled" styles={sectionStyles}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t('inspections.form.fields.delegationName')} {...form.getInputProps('delegationName')} />
          <TextInput
            label={t('inspections.form.fields.establishingDocument')}
            {...form.getInputProps('establishingDocument')}
          />
        </SimpleGrid>
        <Textarea
          label={t('inspections.form.fields.members')}
          description={t('inspections.form.fields.membersHint')}
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps('members')}
        />
        <Group grow align="flex-start" gap="sm" wrap="wrap">
          <TextInput label={t('inspections.form.fields.leaderName')} {...form.getInputProps('leaderName')} />
          <TextInput label={t('inspections.form.fields.leaderTitle')} {...form.getInputProps('leaderTitle')} />
        </Group>
      </Stack>
    </Fieldset>
  );
}
