import { Alert, Anchor, Button, Group, List, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { type Granularity, GranularitySchema, type TrendIndicator, TrendIndicatorSchema } from '@partrack/contracts';
import { IconPrinter } from '@tabler/icons-react';
import { type ReactNode, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import type { UnitChoice } from '../../../components/unit-picker';
import { useUnitSearch } from '../../../components/use-unit-search';
import { formatDate, formatNumber, useFormat } from '../../../lib/format';
import { useOnTimeRates } from '../api/get-on-time-rates';
import { useSummary } from '../api/get-summary';
import { useTaskCompletion } from '../api/get-task-completion';
import { useTrend } from '../api/get-trend';
import { ChartActions } from '../components/chart-actions';
import { DashboardFiltersBar } from '../components/dashboard-filters-bar';
import { DirectiveBucketsChart } from '../components/directive-buckets-chart';
import { DirectiveBucketsTable } from '../components/directive-buckets-table';
import { KpiTiles } from '../components/kpi-tiles';
import { OnTimeRateChart, type RateBarDatum } from '../components/on-time-rate-chart';
import { OnTimeRateTable } from '../components/on-time-rate-table';
import { TrendChart } from '../components/trend-chart';
import { bucketTableExport, toBucketRows, withDirectives } from '../utils/bucket-rows';
import { type ChartSelection, ends, topBy } from '../utils/chart-selection';
import { useChartsDrawnMark } from '../utils/charts-drawn-mark';
import { type DashboardFilters, periodRange, toScopeQuery } from '../utils/dashboard-filters';
import { formatRate, formatRateDetail } from '../utils/format-rate';
import { rateTableExport, toRateTable } from '../utils/rate-rows';

export interface DashboardScreenProps {
  filters: DashboardFilters;
  onFiltersChange: (next: DashboardFilters) => void;
  /** Today in Vietnam: the last year the period picker offers. */
  today: string;
}

/** Trend indicators offered: the two rates and the dossier counts a briefing asks about. */
const trendIndicators = [
  'on_time_rate',
  'plan_task_completion_rate',
  'received',
  'resolved',
  'resolved_on_time',
  'in_progress_overdue',
] as const satisfies readonly TrendIndicator[];

/** Units without figures named by name under the chart; more are counted, and all are in the table. */
const NOT_REPORTED_LISTED = 50;

/** The leader dashboard: KPI tiles, on-time rates per unit, directives by bucket, one unit's trend. */
export function DashboardScreen({ filters, onFiltersChange, today }: DashboardScreenProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { language } = useFormat();
  useDocumentTitle(`${t('dashboard.title')} · ${t('app.name')}`);

  const scope = useMemo(() => toScopeQuery(filters), [filters]);
  const period = periodRange(filters.period);
  const summary = useSummary(scope);
  const rates = useOnTimeRates({ ...scope, definition: filters.definition });
  const completion = useTaskCompletion(scope);
  useChartsDrawnMark(Boolean(rates.data && completion.data));
  const unitSearch = useUnitSearch();
  const [chosenParent, setChosenParent] = useState<UnitChoice | null>(null);

  const reference = rates.data?.reference ?? null;
  const parent: UnitChoice | null =
    filters.parentId === null
      ? null
      : chosenParent?.id === filters.parentId
        ? chosenParent
        : reference?.id === filters.parentId
          ? { id: reference.id, name: reference.name, level: reference.level }
          : null;

  const change = (next: Partial<DashboardFilters>) => onFiltersChange({ ...filters, ...next });
  const open = (href: string) => void navigate(href);
  const fileSuffix = [period.from, period.to].filter(Boolean).join('_');

  const periodText =
    period.from && period.to
      ? t('dashboard.table.range', { from: formatDate(period.from), to: formatDate(period.to) })
      : period.from || period.to
        ? [period.from, period.to].map((date) => (date ? formatDate(date) : '…')).join('–')
        : t('dashboard.wholeTime');
  const level = rates.data?.level ?? summary.data?.level;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4}>
          <Title order={1}>{t('dashboard.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('dashboard.subtitle')}
          </Text>
          {level && (
            <Text size="sm" fw={500}>
              {reference
                ? t('dashboard.scopeUnder', {
                    level: t(`units.levels.${level}`),
                    parent: reference.name,
                    period: periodText,
                  })
                : t('dashboard.scope', { level: t(`units.levels.${level}`), period: periodText })}
            </Text>
          )}
        </Stack>
        <Button
          variant="default"
          leftSection={<IconPrinter size={16} aria-hidden />}
          onClick={() => window.print()}
          className="print-hidden"
        >
          {t('dashboard.export.print')}
        </Button>
      </Group>

      <DashboardFiltersBar
        filters={filters}
        onChange={(next) => {
          if (next.parentId !== undefined) {
            setChosenParent(
              next.parentId === null ? null : (unitSearch.choices.find((unit) => unit.id === next.parentId) ?? null),
            );
          }
          change(next);
        }}
        currentYear={Number(today.slice(0, 4))}
        parent={parent}
        unitSearch={unitSearch}
      />

      {summary.isError ? (
        <ErrorAlert error={summary.error} onRetry={() => void summary.refetch()} />
      ) : summary.data ? (
        <KpiTiles summary={summary.data} />
      ) : (
        <LoadingState />
      )}

      <Section title={t('dashboard.rates.title')}>
        {rates.isError ? (
          <ErrorAlert error={rates.error} onRetry={() => void rates.refetch()} />
        ) : rates.data ? (
          <RatesPanel
            rows={rates.data.rows}
            filters={filters}
            onOpen={open}
            fileName={`${t('dashboard.export.fileRates')}${fileSuffix ? `_${fileSuffix}` : ''}`}
          />
        ) : (
          <LoadingState />
        )}
      </Section>

      <Section title={t('dashboard.buckets.title')}>
        {completion.isError ? (
          <ErrorAlert error={completion.error} onRetry={() => void completion.refetch()} />
        ) : completion.data ? (
          <BucketsPanel
            rows={completion.data.rows}
            onOpen={open}
            fileName={`${t('dashboard.export.fileBuckets')}${fileSuffix ? `_${fileSuffix}` : ''}`}
          />
        ) : (
          <LoadingState />
        )}
      </Section>

      <Section title={t('dashboard.trend.title')} isPrinted={filters.trendUnitId !== null}>
        <TrendPanel
          filters={filters}
          onChange={change}
          units={(rates.data?.rows ?? []).map((row) => row.unit)}
          from={period.from}
          to={period.to}
          language={language}
        />
      </Section>
    </Stack>
  );
}

function Section({ title, children, isPrinted = true }: { title: string; children: ReactNode; isPrinted?: boolean }) {
  const id = useId();
  return (
    <Paper
      component="section"
      aria-labelledby={id}
      withBorder
      p="md"
      radius="md"
      className={isPrinted ? 'print-avoid-break' : 'print-hidden'}
    >
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** Says how many of the units a chart draws, when it draws a selection of them. */
function SelectionNote({
  message,
  selection,
}: {
  message: 'dashboard.rates.selection' | 'dashboard.buckets.selection';
  selection: ChartSelection<unknown>;
}) {
  const { t } = useTranslation();
  const { language } = useFormat();
  if (selection.hiddenCount === 0) return null;
  const shown = selection.shown.length;
  return (
    <Text size="sm" c="dimmed">
      {t(message, {
        shown: formatNumber(shown, language),
        total: formatNumber(shown + selection.hiddenCount, language),
      })}
    </Text>
  );
}

function RatesPanel({
  rows,
  filters,
  onOpen,
  fileName,
}: {
  rows: Parameters<typeof toRateTable>[2];
  filters: DashboardFilters;
  onOpen: (href: string) => void;
  fileName: string;
}) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const chartRef = useRef<HTMLDivElement>(null);
  const { ranked, table } = useMemo(() => toRateTable(t, language, rows), [t, language, rows]);
  const title = t('dashboard.rates.title');
  if (rows.length === 0) return <Text c="dimmed">{t('dashboard.rates.empty')}</Text>;

  const data: RateBarDatum[] = table
    .filter((row) => !row.isNotReported && row.row.basis !== 'not_reported' && row.row.rate !== null)
    .map((row) => {
      const reported = row.row.basis === 'reported';
      const valueText = reported ? `${row.rate} (${t('dashboard.rates.reported')})` : row.rate;
      return {
        key: row.key,
        basis: reported ? 'reported' : 'computed',
        name: row.label,
        rate: row.row.rate ?? 0,
        valueText,
        detail: formatRateDetail(t, language, row.row),
        linkLabel: t('dashboard.rates.barLabel', { name: row.label, value: valueText }),
        href: row.href,
      };
    });
  const target = t('dashboard.percent', { value: formatNumber(filters.target, language) });
  const drawn = ends(data);

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="dimmed">
          {t('dashboard.rates.definition', { definition: t(`dashboard.filters.definitions.${filters.definition}`) })}
        </Text>
        <ChartActions
          fileName={fileName}
          table={() => rateTableExport(t, table)}
          chart={data.length > 0 ? chartRef : undefined}
        />
      </Group>
      <SelectionNote message="dashboard.rates.selection" selection={drawn} />
      {data.length > 0 && (
        <div ref={chartRef} data-testid="on-time-rate-chart">
          <OnTimeRateChart
            data={drawn.shown}
            target={filters.target}
            targetLabel={t('dashboard.rates.target', { value: target })}
            onOpen={onOpen}
          />
        </div>
      )}
      {ranked.notReported.length > 0 && (
        <Alert color="gray" variant="light" title={t('dashboard.rates.notReportedUnits')}>
          <Text size="sm">{t('dashboard.rates.notReportedHint')}</Text>
          <List size="sm" mt={4} aria-label={t('dashboard.rates.notReportedUnits')}>
            {ranked.notReported.slice(0, NOT_REPORTED_LISTED).map((row) => (
              <List.Item key={row.unit.id}>
                <Anchor component={Link} to={table.find((line) => line.unitId === row.unit.id)?.href ?? ''} size="sm">
                  {row.unit.name}
                </Anchor>{' '}
                — {formatRate(t, language, row)}
              </List.Item>
            ))}
          </List>
          {ranked.notReported.length > NOT_REPORTED_LISTED && (
            <Text size="sm" mt={4}>
              {t('dashboard.rates.moreNotReported', {
                formatted: formatNumber(ranked.notReported.length - NOT_REPORTED_LISTED, language),
              })}
            </Text>
          )}
        </Alert>
      )}
      {/* The briefing prints on one page: charts and lists; the tables stay on screen and in the CSV. */}
      <div className="print-hidden">
        <OnTimeRateTable rows={table} title={title} />
      </div>
    </Stack>
  );
}

function BucketsPanel({
  rows,
  onOpen,
  fileName,
}: {
  rows: Parameters<typeof toBucketRows>[2];
  onOpen: (href: string) => void;
  fileName: string;
}) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const chartRef = useRef<HTMLDivElement>(null);
  const table = useMemo(() => toBucketRows(t, language, rows), [t, language, rows]);
  const withAny = withDirectives(table);
  const drawn = topBy(withAny, (row) => row.counts.open_overdue);
  const title = t('dashboard.buckets.title');
  const bucketNames = {
    done_on_time: t('directiveBuckets.done_on_time'),
    done_late: t('directiveBuckets.done_late'),
    open_within_deadline: t('directiveBuckets.open_within_deadline'),
    open_overdue: t('directiveBuckets.open_overdue'),
  };
  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="dimmed">
          {t('dashboard.buckets.periodNote')}
        </Text>
        <ChartActions
          fileName={fileName}
          table={() => bucketTableExport(t, table)}
          chart={withAny.length > 0 ? chartRef : undefined}
        />
      </Group>
      <SelectionNote message="dashboard.buckets.selection" selection={drawn} />
      {withAny.length > 0 ? (
        <div ref={chartRef} data-testid="directive-buckets-chart">
          <DirectiveBucketsChart data={drawn.shown} bucketNames={bucketNames} onOpen={onOpen} />
        </div>
      ) : (
        <Text c="dimmed">{t('dashboard.buckets.empty')}</Text>
      )}
      {table.length > 0 && (
        <div className="print-hidden">
          <DirectiveBucketsTable rows={table} title={title} />
        </div>
      )}
    </Stack>
  );
}

function TrendPanel({
  filters,
  onChange,
  units,
  from,
  to,
  language,
}: {
  filters: DashboardFilters;
  onChange: (change: Partial<DashboardFilters>) => void;
  units: { id: string; name: string }[];
  from: string | null;
  to: string | null;
  language: ReturnType<typeof useFormat>['language'];
}) {
  const { t } = useTranslation();
  const chartRef = useRef<HTMLDivElement>(null);
  const unitOptions = [...new Map(units.map((unit) => [unit.id, { value: unit.id, label: unit.name }])).values()];
  const trend = useTrend(
    filters.trendUnitId
      ? {
          unitId: filters.trendUnitId,
          indicator: filters.indicator,
          granularity: filters.granularity,
          definition: filters.definition,
          ...(from ? { from } : {}),
          ...(to ? { to } : {}),
        }
      : null,
  );
  const isRate = filters.indicator === 'on_time_rate' || filters.indicator === 'plan_task_completion_rate';
  const data = (trend.data?.buckets ?? []).map((bucket) => ({
    key: bucket.key,
    value: bucket.value,
    valueText:
      bucket.value === null
        ? t('dashboard.rates.notReported')
        : isRate
          ? formatRate(t, language, { ...bucket, rate: bucket.value })
          : formatNumber(bucket.value, language),
  }));
  const indicatorLabel = (indicator: (typeof trendIndicators)[number]) => t(`dashboard.trend.indicators.${indicator}`);
  const fileName = `${t('dashboard.export.fileTrend')}_${trend.data?.unit.shortName ?? ''}_${filters.indicator}`;

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm" wrap="wrap" className="print-hidden">
        <Select
          label={t('dashboard.trend.unit')}
          placeholder={t('dashboard.trend.unitPlaceholder')}
          data={unitOptions}
          value={filters.trendUnitId}
          onChange={(trendUnitId) => onChange({ trendUnitId })}
          searchable
          clearable
          w={{ base: '100%', xs: 260 }}
        />
        <Select
          label={t('dashboard.trend.indicator')}
          data={trendIndicators.map((indicator) => ({ value: indicator, label: indicatorLabel(indicator) }))}
          value={filters.indicator}
          onChange={(value) => {
            const indicator = TrendIndicatorSchema.safeParse(value).data;
            if (indicator) onChange({ indicator });
          }}
          allowDeselect={false}
          w={{ base: '100%', xs: 300 }}
        />
        <Select
          label={t('dashboard.trend.granularity')}
          data={GranularitySchema.options.map((granularity: Granularity) => ({
            value: granularity,
            label: t(`dashboard.trend.granularities.${granularity}`),
          }))}
          value={filters.granularity}
          onChange={(value) => {
            const granularity = GranularitySchema.safeParse(value).data;
            if (granularity) onChange({ granularity });
          }}
          allowDeselect={false}
          w={{ base: '100%', xs: 140 }}
        />
        {trend.data && (
          <ChartActions
            fileName={fileName}
            table={() => ({
              header: [t('dashboard.trend.bucket'), t('dashboard.trend.value')],
              rows: trend.data.buckets.map((bucket) => [bucket.key, bucket.value]),
            })}
            chart={chartRef}
          />
        )}
      </Group>
      {filters.trendUnitId === null ? (
        <Text c="dimmed">{t('dashboard.trend.choose')}</Text>
      ) : trend.isError ? (
        <ErrorAlert error={trend.error} onRetry={() => void trend.refetch()} />
      ) : trend.data ? (
        <>
          <div ref={chartRef} data-testid="trend-chart">
            <TrendChart
              data={data}
              isRate={isRate}
              target={filters.indicator === 'on_time_rate' ? filters.target : null}
            />
          </div>
          <TrendTable
            data={data}
            title={`${trend.data.unit.name} · ${indicatorLabel(filters.indicator as (typeof trendIndicators)[number])}`}
          />
        </>
      ) : (
        <LoadingState />
      )}
    </Stack>
  );
}

function TrendTable({ data, title }: { data: { key: string; valueText: string }[]; title: string }) {
  const { t } = useTranslation();
  const caption = t('dashboard.table.caption', { title });
  return (
    <details className="print-hidden">
      <summary>{caption}</summary>
      <Table striped withTableBorder mt="xs" maw={480} aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dashboard.trend.bucket')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('dashboard.trend.value')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.map((datum) => (
            <Table.Tr key={datum.key}>
              <Table.Th scope="row">{datum.key}</Table.Th>
              <Table.Td ta="right">{datum.valueText}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </details>
  );
}
