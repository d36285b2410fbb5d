import { Alert, Anchor, Button, Divider, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { type DirectiveDetail, type DirectiveEvent, IdSchema, todayInVietnam } from '@partrack/contracts';
import { IconCalendarPlus, IconCircleCheck } from '@tabler/icons-react';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { isApiError } from '../../../lib/api-error';
import { paths } from '../../../lib/paths';
import { useSession } from '../../../lib/session';
import { useDecideExtension } from '../api/decide-extension';
import { useDownloadEvidence } from '../api/download-evidence';
import { useDirective } from '../api/get-directive';
import { useReportProgress } from '../api/report-progress';
import { useRequestExtension } from '../api/request-extension';
import { useReviewDirective } from '../api/review-directive';
import { DecideExtensionForm } from '../components/decide-extension-form';
import { DirectiveDetailView } from '../components/directive-detail-view';
import { DirectiveTimeline } from '../components/directive-timeline';
import { ReportProgressForm } from '../components/report-progress-form';
import { RequestExtensionForm } from '../components/request-extension-form';
import { ReviewForm } from '../components/review-form';

export interface DirectiveDetailScreenProps {
  id: string;
  /** What to show when the directive does not exist for this reader (the API says 404 outside their scope). */
  notFound: ReactNode;
}

export function DirectiveDetailScreen({ id, notFound }: DirectiveDetailScreenProps) {
  // A malformed id cannot name a directive; say so instead of sending it to the API.
  if (!IdSchema.safeParse(id).success) return notFound;
  return <DirectiveDetailContent id={id} notFound={notFound} />;
}

function DirectiveDetailContent({ id, notFound }: DirectiveDetailScreenProps) {
  const { t } = useTranslation();
  const { user } = useSession();
  const query = useDirective(id);
  const directive = query.data;
  useDocumentTitle(`${t('directives.detail.heading')} · ${t('app.name')}`);

  if (query.isPending) return <LoadingState />;
  if (query.isError || !directive) {
    if (isApiError(query.error) && query.error.code === 'NOT_FOUND') return notFound;
    return (
      <Stack gap="sm" align="stretch">
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        <Anchor component={Link} to={paths.directives.list}>
          {t('directives.detail.back')}
        </Anchor>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <DirectiveDetailView directive={directive} viewerRole={user?.role ?? 'unit_officer'} />
      <Divider />
      <TimelineSection directive={directive} />
      <Actions directive={directive} />
    </Stack>
  );
}

function TimelineSection({ directive }: { directive: DirectiveDetail }) {
  const { t } = useTranslation();
  const headingId = useId();
  const download = useDownloadEvidence();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="md">
      <Stack gap={2}>
        <Title order={2} id={headingId}>
          {t('directives.timeline.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('directives.timeline.order')}
        </Text>
      </Stack>
      {download.isError && <ErrorAlert error={download.error} title={t('directives.timeline.downloadFailed')} />}
      <DirectiveTimeline
        events={directive.timeline}
        onDownload={(file) => download.mutate({ directiveId: directive.id, file })}
        downloadingFileId={download.isPending ? (download.variables?.file.id ?? null) : null}
      />
    </Stack>
  );
}

function ActionCard({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" radius="md">
      <Stack gap="md">
        <Title order={2} id={headingId} fz="h3">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

function pendingExtensionOf(timeline: DirectiveEvent[]) {
  return timeline.findLast(
    (event): event is Extract<DirectiveEvent, { type: 'extension' }> =>
      event.type === 'extension' && event.status === 'pending',
  );
}

/**
 * The forms the API's `can` flags allow this reader now, and nothing else. Each success replaces the
 * directive with the API's answer (new stage, bucket and flags) and refreshes every list.
 */
function Actions({ directive }: { directive: DirectiveDetail }) {
  const { t } = useTranslation();
  const { can } = directive;
  const report = useReportProgress(directive.id);
  const review = useReviewDirective(directive.id);
  const requestExtension = useRequestExtension(directive.id);
  const decideExtension = useDecideExtension(directive.id);
  const [notice, setNotice] = useState<string | null>(null);
  const [isRequestingExtension, setIsRequestingExtension] = useState(false);
  // Bumped after each success, so the forms start empty again.
  const [round, setRound] = useState(0);
  const today = todayInVietnam();
  const pendingExtension = can.decideExtension ? pendingExtensionOf(directive.timeline) : undefined;

  const done = (message: string) => {
    setNotice(message);
    setRound((value) => value + 1);
  };
  const hasAnyAction = can.report || can.review || can.requestExtension || (can.decideExtension && pendingExtension);

  if (!hasAnyAction && !notice) return null;
  return (
    <Stack gap="md">
      {notice && (
        <Alert
          role="status"
          color="green"
          variant="light"
          icon={<IconCircleCheck aria-hidden />}
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setNotice(null)}
        >
          {notice}
        </Alert>
      )}
      {can.review && (
        <ActionCard title={t('directives.review.title')}>
          <ReviewForm
            key={round}
            directive={directive}
            submitting={review.isPending ? (review.variables?.decision ?? null) : null}
            error={review.error}
            onSubmit={(body) =>
              review.mutate(body, {
                onSuccess: () =>
                  done(
                    body.decision === 'accept'
                      ? t('directives.detail.notices.accepted')
                      : t('directives.detail.notices.returned'),
                  ),
              })
            }
          />
        </ActionCard>
      )}
      {can.decideExtension && pendingExtension && (
        <ActionCard title={t('directives.decide.title')}>
          <DecideExtensionForm
            key={round}
            extension={pendingExtension}
            dueDate={directive.dueDate}
            submitting={decideExtension.isPending ? (decideExtension.variables?.body.decision ?? null) : null}
            error={decideExtension.error}
            onSubmit={(input) =>
              decideExtension.mutate(input, {
                onSuccess: () =>
                  done(
                    input.body.decision === 'approve'
                      ? t('directives.detail.notices.extensionApproved')
                      : t('directives.detail.notices.extensionRejected'),
                  ),
              })
            }
          />
        </ActionCard>
      )}
      {can.report && (
        <ActionCard title={t('directives.report.title')}>
          <ReportProgressForm
            key={round}
            today={today}
            inspectionDate={directive.inspection.date}
            reportedDoneOn={directive.reportedDoneOn}
            isSubmitting={report.isPending}
            error={report.error}
            onSubmit={(input) =>
              report.mutate(input, {
                onSuccess: () =>
                  done(
                    input.body.doneOn
                      ? t('directives.detail.notices.reportedDone')
                      : t('directives.detail.notices.reported'),
                  ),
              })
            }
          />
        </ActionCard>
      )}
      {can.requestExtension &&
        (isRequestingExtension ? (
          <ActionCard title={t('directives.extension.title')}>
            <RequestExtensionForm
              key={round}
              currentDueDate={directive.extendedDueDate ?? directive.dueDate}
              today={today}
              isSubmitting={requestExtension.isPending}
              error={requestExtension.error}
              onCancel={() => {
                requestExtension.reset();
                setIsRequestingExtension(false);
              }}
              onSubmit={(body) =>
                requestExtension.mutate(body, {
                  onSuccess: () => {
                    setIsRequestingExtension(false);
                    done(t('directives.detail.notices.extensionRequested'));
                  },
                })
              }
            />
          </ActionCard>
        ) : (
          <Button
            variant="default"
            w="fit-content"
            leftSection={<IconCalendarPlus size={16} aria-hidden />}
            onClick={() => {
              setNotice(null);
              setIsRequestingExtension(true);
            }}
          >
            {t('directives.extension.open')}
          </Button>
        ))}
    </Stack>
  );
}
