import { Alert, Anchor, Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IdSchema, type UnitDetail } from '@partrack/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { isApiError } from '../../../lib/api-error';
import { paths } from '../../../lib/paths';
import { useSession } from '../../../lib/session';
import { useUnit } from '../api/get-unit';
import { useUnitDirectiveTotals } from '../api/get-unit-directive-totals';
import { useUnitInspections } from '../api/get-unit-inspections';
import { useUnitOnTimeSeries } from '../api/get-unit-on-time-series';
import { useUnits } from '../api/get-units';
import { UnitDetailView } from '../components/unit-detail-view';
import { UnitHistory } from '../components/unit-history';
import { UnitPagedList } from '../components/unit-paged-list';

const CHILDREN_PAGE_SIZE = 50;

/** One unit: where it sits in the tree, what it contains, what it came from and became. */
export function UnitDetailScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  // A malformed id cannot name a unit; say so instead of sending it to the API.
  if (!IdSchema.safeParse(id).success) {
    return (
      <Stack gap="sm" align="flex-start">
        <Alert role="alert" color="yellow" variant="light" title={t('errors.codes.NOT_FOUND')} w="100%" />
        <BackToList />
      </Stack>
    );
  }
  return <UnitDetailContent id={id} />;
}

function BackToList() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={paths.units.list}>
      {t('notFound.back')}
    </Anchor>
  );
}

function UnitDetailContent({ id }: { id: string }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const query = useUnit(id);
  useDocumentTitle(`${query.data?.name ?? t('units.title')} · ${t('app.name')}`);

  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    const isMissing = isApiError(query.error) && query.error.code === 'NOT_FOUND';
    return (
      <Stack gap="sm" align="stretch">
        <ErrorAlert error={query.error} onRetry={isMissing ? undefined : () => void query.refetch()} />
        <BackToList />
      </Stack>
    );
  }
  // Keyed by id so moving to another unit starts its children again at page 1.
  const unit = query.data;
  // Inspections, figures and directives are scoped: outside the reader's scope the API would answer 404.
  const scopeId = user?.unit?.id ?? null;
  const isInScope =
    scopeId === null || unit.id === scopeId || unit.ancestors.some((ancestor) => ancestor.id === scopeId);
  return (
    <UnitDetailView
      unit={unit}
      historySection={isInScope ? <UnitHistorySection key={id} unit={unit} /> : null}
      childrenSection={<UnitChildren key={id} parentId={id} />}
    />
  );
}

function UnitHistorySection({ unit }: { unit: UnitDetail }) {
  const inspections = useUnitInspections(unit.id);
  const totals = useUnitDirectiveTotals(unit.id, unit.level);
  const series = useUnitOnTimeSeries(unit.id);
  const failed = [inspections, totals, series].find((result) => result.isError);
  if (inspections.isPending || totals.isPending || series.isPending) return <LoadingState />;
  if (failed?.error) return <ErrorAlert error={failed.error} onRetry={() => void failed.refetch()} />;
  return (
    <UnitHistory
      unitId={unit.id}
      inspections={inspections.data ?? null}
      buckets={totals.data?.directives.buckets ?? null}
      onTimeSeries={series.data ?? null}
    />
  );
}

function UnitChildren({ parentId }: { parentId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const query = useUnits({ parentId, page, pageSize: CHILDREN_PAGE_SIZE });

  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <UnitPagedList
      units={query.data.items}
      total={query.data.total}
      page={query.data.page}
      pageSize={query.data.pageSize}
      onPageChange={setPage}
      isFetching={query.isPlaceholderData}
      label={t('units.detail.children')}
      emptyMessage={t('units.detail.childrenEmpty')}
    />
  );
}
