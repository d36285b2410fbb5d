import { Alert, Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IdSchema } from '@partrack/contracts';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { canAdminister, canEditInspections } from '../../../lib/access';
import { isApiError } from '../../../lib/api-error';
import { formatDate } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useSession } from '../../../lib/session';
import { useDeleteInspection } from '../api/delete-inspection';
import { useInspection } from '../api/get-inspection';
import { useRestoreInspection } from '../api/restore-inspection';
import { InspectionDetailView } from '../components/inspection-detail-view';

export interface InspectionDetailScreenProps {
  id: string;
  /** A message from the screen the reader came from ("created", "saved"). */
  notice?: string | null;
  onNoticeClose?: () => void;
}

function BackToList() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={paths.inspections.list}>
      {t('inspections.detail.back')}
    </Anchor>
  );
}

export function InspectionDetailScreen({ id, notice, onNoticeClose }: InspectionDetailScreenProps) {
  const { t } = useTranslation();
  // A malformed id cannot name an inspection; say so instead of sending it to the API.
  if (!IdSchema.safeParse(id).success) {
    return (
      <Stack gap="sm" align="flex-start">
        <Alert role="alert" color="yellow" variant="light" title={t('errors.codes.NOT_FOUND')} w="100%" />
        <BackToList />
      </Stack>
    );
  }
  return <InspectionDetailContent id={id} notice={notice} onNoticeClose={onNoticeClose} />;
}

function InspectionDetailContent({ id, notice, onNoticeClose }: InspectionDetailScreenProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useSession();
  const query = useInspection(id);
  const deletion = useDeleteInspection();
  const restoration = useRestoreInspection();
  const [isConfirmingDelete, setIsConfirmingDelete] = useState(false);
  const [ownNotice, setOwnNotice] = useState<string | null>(null);
  const inspection = query.data;
  useDocumentTitle(
    `${inspection ? `${inspection.unit.name} · ${formatDate(inspection.date)}` : t('inspections.title')} · ${t('app.name')}`,
  );

  if (query.isPending) return <LoadingState />;
  if (query.isError || !inspection) {
    const isMissing = isApiError(query.error) && query.error.code === 'NOT_FOUND';
    return (
      <Stack gap="sm" align="stretch">
        <ErrorAlert error={query.error} onRetry={isMissing ? undefined : () => void query.refetch()} />
        <BackToList />
      </Stack>
    );
  }

  const handleDelete = () =>
    deletion.mutate(id, {
      onSuccess: () => {
        setIsConfirmingDelete(false);
        // Only administrators still see a deleted inspection; everyone else goes back to the list.
        if (canAdminister(user)) {
          setOwnNotice(t('inspections.detail.notices.deleted'));
          void query.refetch();
        } else void navigate(paths.inspections.list, { state: { notice: 'deleted' } });
      },
    });

  const shownNotice = ownNotice ?? notice;

  return (
    <Stack gap="md">
      {shownNotice && (
        <Alert
          role="status"
          color="green"
          variant="light"
          icon={<IconCircleCheck aria-hidden />}
          withCloseButton
          closeButtonLabel={t('common.close')}
          className="print-hidden"
          onClose={() => {
            setOwnNotice(null);
            onNoticeClose?.();
          }}
        >
          {shownNotice}
        </Alert>
      )}
      {restoration.isError && <ErrorAlert error={restoration.error} title={t('forms.saveFailed')} />}
      <InspectionDetailView
        inspection={inspection}
        canEdit={canEditInspections(user)}
        canRestore={canAdminister(user)}
        onDelete={() => {
          deletion.reset();
          setIsConfirmingDelete(true);
        }}
        onRestore={() =>
          restoration.mutate(id, { onSuccess: () => setOwnNotice(t('inspections.detail.notices.restored')) })
        }
        onPrint={() => window.print()}
        isRestoring={restoration.isPending}
      />
      <Modal
        opened={isConfirmingDelete}
        onClose={() => setIsConfirmingDelete(false)}
        title={t('inspections.detail.deleteConfirm.title')}
      >
        <Stack gap="md">
          <Text size="sm">
            {t('inspections.detail.deleteConfirm.body', {
              unit: inspection.unit.name,
              date: formatDate(inspection.date),
            })}
          </Text>
          {deletion.isError && <ErrorAlert error={deletion.error} title={t('forms.saveFailed')} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setIsConfirmingDelete(false)} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button color="red" onClick={handleDelete} loading={deletion.isPending}>
              {t('inspections.detail.deleteConfirm.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
