import { Group, NumberInput, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { RateDefinitionSchema, UnitLevelSchema } from '@partrack/contracts';
import { useTranslation } from 'react-i18next';
import { DateFilter } from '../../../components/date-filter';
import { type UnitChoice, UnitPicker, type UnitSearch } from '../../../components/unit-picker';
import {
  changePeriodKind,
  type DashboardFilters,
  type DashboardPeriod,
  FIRST_YEAR,
  type PeriodKind,
  partsPerYear,
  periodKinds,
} from '../utils/dashboard-filters';

export interface DashboardFiltersBarProps {
  filters: DashboardFilters;
  onChange: (change: Partial<DashboardFilters>) => void;
  /** The year of today in Vietnam: the last year offered. */
  currentYear: number;
  parent: UnitChoice | null;
  unitSearch: UnitSearch;
}

/** The period (year, half, quarter, month or custom), level, parent unit, rate definition and target. */
export function DashboardFiltersBar({ filters, onChange, currentYear, parent, unitSearch }: DashboardFiltersBarProps) {
  const { t } = useTranslation();
  const { period } = filters;
  const setPeriod = (change: Partial<DashboardPeriod>) => onChange({ period: { ...period, ...change } });
  const years = Array.from({ length: currentYear - FIRST_YEAR + 1 }, (_, index) => String(currentYear - index));

  return (
    <Stack component="section" aria-label={t('dashboard.filters.label')} gap="sm" className="print-hidden">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={t('dashboard.filters.period')}
          data={periodKinds.map((kind) => ({ value: kind, label: t(`dashboard.filters.periodKinds.${kind}`) }))}
          value={period.kind}
          onChange={(value) => {
            const kind = periodKinds.find((known) => known === value);
            if (kind) onChange({ period: changePeriodKind(period, kind) });
          }}
          allowDeselect={false}
          w={{ base: '100%', xs: 140 }}
        />
        {period.kind === 'custom' ? (
          <>
            <DateFilter
              label={t('dashboard.filters.from')}
              value={period.from}
              maxDate={period.to}
              onChange={(from) => setPeriod({ from })}
            />
            <DateFilter
              label={t('dashboard.filters.to')}
              value={period.to}
              minDate={period.from}
              onChange={(to) => setPeriod({ to })}
            />
          </>
        ) : (
          <>
            <Select
              label={t('dashboard.filters.year')}
              data={years}
              value={String(period.year)}
              onChange={(value) => value && setPeriod({ year: Number(value) })}
              allowDeselect={false}
              w={{ base: '100%', xs: 110 }}
            />
            {period.kind !== 'year' && <PartSelect kind={period.kind} part={period.part} onChange={setPeriod} />}
          </>
        )}
        <Select
          label={t('dashboard.filters.level')}
          placeholder={t('dashboard.filters.levelDefault')}
          data={UnitLevelSchema.options.map((level) => ({ value: level, label: t(`units.levels.${level}`) }))}
          value={filters.level}
          onChange={(value) => onChange({ level: UnitLevelSchema.safeParse(value).data ?? null })}
          clearable
          w={{ base: '100%', xs: 230 }}
        />
        <div style={{ flex: '1 1 240px', minWidth: 0 }}>
          <UnitPicker
            label={t('dashboard.filters.parent')}
            placeholder={t('dashboard.filters.parentPlaceholder')}
            value={parent}
            search={unitSearch}
            onChange={(unit) => onChange({ parentId: unit?.id ?? null })}
          />
        </div>
      </Group>
      <Group align="flex-end" gap="md" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="dashboard-definition-label">
            {t('dashboard.filters.definition')}
          </Text>
          <SegmentedControl
            aria-labelledby="dashboard-definition-label"
            data={RateDefinitionSchema.options.map((definition) => ({
              value: definition,
              label: t(`dashboard.filters.definitions.${definition}`),
            }))}
            value={filters.definition}
            onChange={(value) => {
              const definition = RateDefinitionSchema.safeParse(value).data;
              if (definition) onChange({ definition });
            }}
          />
        </Stack>
        <NumberInput
          label={t('dashboard.filters.target')}
          value={filters.target}
          min={1}
          max={100}
          decimalScale={1}
          decimalSeparator=","
          onChange={(value) => {
            const target = Number(value);
            if (Number.isFinite(target) && target > 0 && target <= 100) onChange({ target });
          }}
          w={{ base: '100%', xs: 120 }}
        />
        <Text size="xs" c="dimmed" style={{ flex: '1 1 240px' }}>
          {t(`dashboard.filters.definitionHints.${filters.definition}`)}
        </Text>
      </Group>
    </Stack>
  );
}

function PartSelect({
  kind,
  part,
  onChange,
}: {
  kind: Exclude<PeriodKind, 'year' | 'custom'>;
  part: number;
  onChange: (change: Partial<DashboardPeriod>) => void;
}) {
  const { t } = useTranslation();
  const parts = Array.from({ length: partsPerYear[kind] }, (_, index) => index + 1);
  const labelOf = (n: number) =>
    kind === 'half'
      ? t(n === 1 ? 'dashboard.filters.halves.first' : 'dashboard.filters.halves.second')
      : kind === 'quarter'
        ? t('dashboard.filters.quarter', { n })
        : t('dashboard.filters.month', { n });
  return (
    <Select
      label={t(`dashboard.filters.part.${kind}`)}
      data={parts.map((n) => ({ value: String(n), label: labelOf(n) }))}
      value={String(part)}
      onChange={(value) => value && onChange({ part: Number(value) })}
      allowDeselect={false}
      w={{ base: '100%', xs: 170 }}
    />
  );
}
