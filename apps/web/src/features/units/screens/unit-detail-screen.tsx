import { Alert, Anchor, Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IdSchema } from '@partrack/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { isApiError } from '../../../lib/api-error';
import { paths } from '../../../lib/paths';
import { useUnit } from '../api/get-unit';
import { useUnits } from '../api/get-units';
import { UnitDetailView } from '../components/unit-detail-view';
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
  return <UnitDetailView unit={query.data} childrenSection={<UnitChildren key={id} parentId={id} />} />;
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
