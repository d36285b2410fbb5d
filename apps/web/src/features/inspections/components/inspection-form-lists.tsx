import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import {
  FindingKindSchema,
  IndicatorSchema,
  ParAreaSchema,
  parAreas,
  QualifierSchema,
  todayInVietnam,
  UnitLevelSchema,
  unitLevels,
} from '@partrack/contracts';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { indicatorGroups } from '../utils/indicator-groups';
import { newDirective, newFigure, newFinding, newSite } from '../utils/inspection-form-values';
import { errorOf, FormDateInput, type InspectionFormApi, sectionStyles } from './inspection-form-fields';
import { FormUnitMultiPicker, FormUnitPicker } from './unit-search-context';

type ListName = 'sites' | 'findings' | 'figures' | 'directives';
const rowNames = { sites: 'site', findings: 'finding', figures: 'figure', directives: 'directive' } as const;

interface ListSectionProps {
  name: ListName;
  count: number;
  onAdd: () => void;
  children: ReactNode;
}

/** A section of repeatable rows, each its own named group ("Số liệu 2"), with a button to add one. */
function ListSection({ name, count, onAdd, children }: ListSectionProps) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t(`inspections.form.sections.${name}`)} variant="unstyled" styles={sectionStyles}>
      <Stack gap="sm">
        {count === 0 ? (
          <Text size="sm" c="dimmed">
            {t(`inspections.form.empty.${name}`)}
          </Text>
        ) : (
          children
        )}
        <Group>
          <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={onAdd}>
            {t(`inspections.form.add.${rowNames[name]}`)}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}

interface RowProps {
  name: ListName;
  /** The row's own key, on the DOM too, so a screen can find the row of an item it knows. */
  rowKey: string;
  index: number;
  onRemove: () => void;
  children: ReactNode;
}

function Row({ name, rowKey, index, onRemove, children }: RowProps) {
  const { t } = useTranslation();
  const row = rowNames[name];
  const n = index + 1;
  return (
    <Fieldset
      data-row-key={rowKey}
      legend={t(`inspections.form.legends.${row}`, { n })}
      variant="filled"
      radius="md"
      styles={{ legend: { fontWeight: 600 } }}
    >
      <Group align="flex-start" wrap="nowrap" gap="xs">
        <Stack gap="sm" style={{ flex: 1, minWidth: 0 }}>
          {children}
        </Stack>
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={t(`inspections.form.remove.${row}`, { n })}
          onClick={onRemove}
          mt={4}
        >
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      </Group>
    </Fieldset>
  );
}

export function SiteList({ form }: { form: InspectionFormApi }) {
  const { t } = useTranslation();
  const { sites, date } = form.values;
  return (
    <ListSection name="sites" count={sites.length} onAdd={() => form.insertListItem('sites', newSite())}>
      {sites.map((site, index) => (
        <Row
          key={site.key}
          rowKey={site.key}
          name="sites"
          index={index}
          onRemove={() => form.removeListItem('sites', index)}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <FormUnitPicker
              label={t('inspections.form.fields.siteUnit')}
              required
              validOn={date}
              value={site.unit}
              onChange={(unit) => {
                form.setFieldValue(`sites.${index}.unit`, unit);
                form.clearFieldError(`sites.${index}.unit`);
              }}
              error={errorOf(form, `sites.${index}.unit`)}
            />
            <TextInput
              label={t('inspections.form.fields.sitePlace')}
              placeholder={t('inspections.form.fields.sitePlaceHint')}
              {...form.getInputProps(`sites.${index}.place`)}
            />
          </SimpleGrid>
        </Row>
      ))}
    </ListSection>
  );
}

export function FindingList({ form }: { form: InspectionFormApi }) {
  const { t } = useTranslation();
  const { findings } = form.values;
  return (
    <ListSection name="findings" count={findings.length} onAdd={() => form.insertListItem('findings', newFinding())}>
      {findings.map((finding, index) => (
        <Row
          key={finding.key}
          rowKey={finding.key}
          name="findings"
          index={index}
          onRemove={() => form.removeListItem('findings', index)}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('inspections.form.fields.findingKind')}
              data={FindingKindSchema.options.map((kind) => ({
                value: kind,
                label: t(`inspections.findingKinds.${kind}`),
              }))}
              required
              allowDeselect={false}
              {...form.getInputProps(`findings.${index}.kind`)}
            />
            <Select
              label={t('inspections.form.fields.parArea')}
              data={parAreas.map((area) => ({ value: area, label: t(`inspections.parAreas.${area}`) }))}
              clearable
              {...form.getInputProps(`findings.${index}.parArea`)}
              onChange={(value) =>
                form.setFieldValue(`findings.${index}.parArea`, ParAreaSchema.safeParse(value).data ?? null)
              }
            />
          </SimpleGrid>
          <Textarea
            label={t('inspections.form.fields.findingText')}
            required
            autosize
            minRows={2}
            maxRows={6}
            {...form.getInputProps(`findings.${index}.text`)}
          />
        </Row>
      ))}
    </ListSection>
  );
}

export function FigureList({ form }: { form: InspectionFormApi }) {
  const { t } = useTranslation();
  const { figures, date } = form.values;
  const indicatorData = indicatorGroups().map(({ group, indicators }) => ({
    group: t(`inspections.indicatorGroups.${group}`),
    items: indicators.map((indicator) => ({ value: indicator, label: t(`inspections.indicators.${indicator}`) })),
  }));
  const today = todayInVietnam();

  return (
    <ListSection
      name="figures"
      count={figures.length}
      onAdd={() => form.insertListItem('figures', newFigure(form.getValues()))}
    >
      {figures.map((figure, index) => {
        const path = `figures.${index}` as const;
        return (
          <Row
            key={figure.key}
            rowKey={figure.key}
            name="figures"
            index={index}
            onRemove={() => form.removeListItem('figures', index)}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Select
                label={t('inspections.form.fields.indicator')}
                data={indicatorData}
                searchable
                required
                allowDeselect={false}
                maxDropdownHeight={320}
                {...form.getInputProps(`${path}.indicator`)}
                onChange={(value) =>
                  form.setFieldValue(`${path}.indicator`, IndicatorSchema.safeParse(value).data ?? null)
                }
              />
              <Select
                label={t('inspections.form.fields.tier')}
                placeholder={t('inspections.form.fields.noTier')}
                data={unitLevels.map((level) => ({ value: level, label: t(`inspections.tiers.${level}`) }))}
                clearable
                {...form.getInputProps(`${path}.tier`)}
                onChange={(value) => form.setFieldValue(`${path}.tier`, UnitLevelSchema.safeParse(value).data ?? null)}
              />
            </SimpleGrid>
            <Checkbox
              label={t('inspections.form.fields.isAsOf')}
              {...form.getInputProps(`${path}.isAsOf`, { type: 'checkbox' })}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {!figure.isAsOf && (
                <FormDateInput
                  label={t('inspections.form.fields.figureStart')}
                  maxDate={figure.periodEnd ?? today}
                  {...form.getInputProps(`${path}.periodStart`)}
                />
              )}
              <FormDateInput
                label={t(figure.isAsOf ? 'inspections.form.fields.asOfDate' : 'inspections.form.fields.figureEnd')}
                required
                minDate={figure.isAsOf ? undefined : (figure.periodStart ?? undefined)}
                maxDate={today}
                {...form.getInputProps(`${path}.periodEnd`)}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t('inspections.form.fields.value')}
                description={t('inspections.form.fields.valueHint')}
                required
                inputMode="decimal"
                autoComplete="off"
                {...form.getInputProps(`${path}.value`)}
              />
              <Select
                label={t('inspections.form.fields.qualifier')}
                data={QualifierSchema.options.map((qualifier) => ({
                  value: qualifier,
                  label: t(`inspections.qualifiers.${qualifier}`),
                }))}
                allowDeselect={false}
                {...form.getInputProps(`${path}.qualifier`)}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <FormUnitPicker
                label={t('inspections.form.fields.figureUnit')}
                description={t('inspections.form.fields.figureUnitHint')}
                validOn={date}
                value={figure.unit}
                onChange={(unit) => {
                  form.setFieldValue(`${path}.unit`, unit);
                  form.clearFieldError(`${path}.unit`);
                }}
                error={errorOf(form, `${path}.unit`)}
              />
              <TextInput label={t('inspections.form.fields.note')} {...form.getInputProps(`${path}.note`)} />
            </SimpleGrid>
          </Row>
        );
      })}
    </ListSection>
  );
}

export function DirectiveList({ form }: { form: InspectionFormApi }) {
  const { t } = useTranslation();
  const { directives, date, unit } = form.values;
  return (
    <ListSection
      name="directives"
      count={directives.length}
      onAdd={() => form.insertListItem('directives', newDirective(unit))}
    >
      {directives.map((directive, index) => {
        const path = `directives.${index}` as const;
        return (
          <Row
            key={directive.key}
            rowKey={directive.key}
            name="directives"
            index={index}
            onRemove={() => form.removeListItem('directives', index)}
          >
            {directive.id && (
              <Text size="xs" c="dimmed">
                {t('inspections.form.existingDirective')}
              </Text>
            )}
            <Textarea
              label={t('inspections.form.fields.directiveText')}
              required
              autosize
              minRows={2}
              maxRows={6}
              {...form.getInputProps(`${path}.text`)}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <FormUnitPicker
                label={t('inspections.form.fields.leadUnit')}
                required
                validOn={date}
                value={directive.leadUnit}
                onChange={(lead) => {
                  form.setFieldValue(`${path}.leadUnit`, lead);
                  form.clearFieldError(`${path}.leadUnit`);
                }}
                error={errorOf(form, `${path}.leadUnit`)}
              />
              <FormUnitMultiPicker
                label={t('inspections.form.fields.coordinatingUnits')}
                validOn={date}
                value={directive.coordinatingUnits}
                onChange={(units) => {
                  form.setFieldValue(`${path}.coordinatingUnits`, units);
                  form.clearFieldError(`${path}.coordinatingUnits`);
                }}
                error={errorOf(form, `${path}.coordinatingUnits`)}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Select
                label={t('inspections.form.fields.parArea')}
                data={parAreas.map((area) => ({ value: area, label: t(`inspections.parAreas.${area}`) }))}
                allowDeselect={false}
                {...form.getInputProps(`${path}.parArea`)}
              />
              <FormDateInput label={t('inspections.form.fields.dueDate')} {...form.getInputProps(`${path}.dueDate`)} />
            </SimpleGrid>
          </Row>
        );
      })}
    </ListSection>
  );
}
