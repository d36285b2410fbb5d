import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IdSchema, type Inspection, UpdateInspectionBodySchema } from '@partrack/contracts';
import { IconRefresh } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { useUnitSearch } from '../../../components/use-unit-search';
import { isApiError } from '../../../lib/api-error';
import { formatDate, useFormat } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useInspectionToEdit } from '../api/get-inspection';
import { useUpdateInspection } from '../api/update-inspection';
import { InspectionForm } from '../components/inspection-form';
import { UnsavedChangesGuard } from '../components/unsaved-changes-guard';
import { toFormValues } from '../utils/inspection-form-values';

export function EditInspectionScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  if (!IdSchema.safeParse(id).success) {
    return (
      <Stack gap="sm" align="flex-start">
        <Alert role="alert" color="yellow" variant="light" title={t('errors.codes.NOT_FOUND')} w="100%" />
        <Anchor component={Link} to={paths.inspections.list}>
          {t('inspections.detail.back')}
        </Anchor>
      </Stack>
    );
  }
  return <EditInspectionContent id={id} />;
}

/**
 * Edits an inspection under optimistic concurrency: the form starts from the version on the server and
 * sends that version back (`If-Match`). When someone else saved in between, the API answers 412 and the
 * reader is told so, and may load the latest version, knowingly discarding what they typed.
 */
function EditInspectionContent({ id }: { id: string }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const navigate = useNavigate();
  const query = useInspectionToEdit(id);
  const mutation = useUpdateInspection();
  // The version being edited, pinned: a later refetch must not quietly move the If-Match forward.
  const [baseline, setBaseline] = useState<Inspection | null>(null);
  const [isDirty, setIsDirty] = useState(false);
  const [isReloading, setIsReloading] = useState(false);
  const isLeavingRef = useRef(false);
  useDocumentTitle(`${t('inspections.form.editTitle')} · ${t('app.name')}`);

  useEffect(() => {
    if (baseline === null && query.data && query.isFetchedAfterMount && !query.isFetching) setBaseline(query.data);
  }, [baseline, query.data, query.isFetchedAfterMount, query.isFetching]);

  // Computed once per version: each call gives the rows new keys.
  const initialValues = useMemo(() => (baseline ? toFormValues(baseline, language) : null), [baseline, language]);
  const isConflict = isApiError(mutation.error) && mutation.error.code === 'PRECONDITION_FAILED';

  const reloadLatest = async () => {
    setIsReloading(true);
    try {
      const fresh = await query.refetch();
      if (fresh.data) {
        mutation.reset();
        setIsDirty(false);
        setBaseline(fresh.data);
      }
    } finally {
      setIsReloading(false);
    }
  };

  if (query.isError) {
    const isMissing = isApiError(query.error) && query.error.code === 'NOT_FOUND';
    return (
      <Stack gap="sm">
        <ErrorAlert error={query.error} onRetry={isMissing ? undefined : () => void query.refetch()} />
        <Anchor component={Link} to={paths.inspections.list}>
          {t('inspections.detail.back')}
        </Anchor>
      </Stack>
    );
  }
  if (baseline === null || initialValues === null) return <LoadingState />;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('inspections.form.editTitle')}</Title>
        <Text c="dimmed">
          {t('inspections.detail.heading', { unit: baseline.unit.name, date: formatDate(baseline.date) })}
        </Text>
      </Stack>
      {isConflict && (
        <Alert role="alert" color="orange" variant="light" title={t('inspections.form.conflict.title')}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('inspections.form.conflict.body')}</Text>
            <Button
              color="orange"
              leftSection={<IconRefresh size={16} aria-hidden />}
              loading={isReloading}
              onClick={() => void reloadLatest()}
            >
              {t('inspections.form.conflict.reload')}
            </Button>
          </Stack>
        </Alert>
      )}
      <InspectionForm
        // A new version starts a new form: its values become the ones there is nothing to lose from.
        key={baseline.version}
        initialValues={initialValues}
        schema={UpdateInspectionBodySchema}
        useUnitSearch={useUnitSearch}
        submitLabel={t('inspections.form.submitEdit')}
        requireChanges
        onDirtyChange={setIsDirty}
        isSubmitting={mutation.isPending}
        error={isConflict ? null : mutation.error}
        onCancel={() => void navigate(paths.inspections.detail(id))}
        onSubmit={(body) =>
          mutation.mutate(
            { id, version: baseline.version, body },
            {
              onSuccess: () => {
                isLeavingRef.current = true;
                void navigate(paths.inspections.detail(id), { state: { notice: 'saved' } });
              },
            },
          )
        }
      />
      <UnsavedChangesGuard when={isDirty} isLeavingRef={isLeavingRef} />
    </Stack>
  );
}
