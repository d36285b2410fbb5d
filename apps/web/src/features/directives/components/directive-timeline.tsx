import { Anchor, Badge, Group, List, Stack, Text, Timeline } from '@mantine/core';
import type { DirectiveEvent, EvidenceFile } from '@partrack/contracts';
import {
  IconArrowBackUp,
  IconCalendarPlus,
  IconCircleCheck,
  IconDownload,
  IconFileText,
  IconFlag,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, useFormat } from '../../../lib/format';

export interface DirectiveTimelineProps {
  /** As the API sends it: oldest first, the way the follow-up is read. */
  events: DirectiveEvent[];
  onDownload: (file: EvidenceFile) => void;
  /** The file being fetched, if any. */
  downloadingFileId?: string | null;
}

type EventOf<T extends DirectiveEvent['type']> = Extract<DirectiveEvent, { type: T }>;

function iconOf(event: DirectiveEvent) {
  if (event.type === 'update') return event.doneOn ? IconFlag : IconFileText;
  if (event.type === 'review') return event.decision === 'accept' ? IconCircleCheck : IconArrowBackUp;
  return IconCalendarPlus;
}

function colorOf(event: DirectiveEvent): string {
  if (event.type === 'review') return event.decision === 'accept' ? 'teal' : 'red';
  if (event.type === 'extension') return event.status === 'rejected' ? 'gray' : 'grape';
  return 'blue';
}

/** The follow-up of a directive, oldest first: progress reports with evidence, reviews, extension requests. */
export function DirectiveTimeline({ events, onDownload, downloadingFileId = null }: DirectiveTimelineProps) {
  const { t } = useTranslation();
  if (events.length === 0) return <Text c="dimmed">{t('directives.timeline.empty')}</Text>;
  return (
    <Timeline
      bulletSize={26}
      lineWidth={2}
      active={events.length - 1}
      role="list"
      aria-label={t('directives.timeline.label')}
    >
      {events.map((event) => {
        const Icon = iconOf(event);
        return (
          <Timeline.Item
            key={`${event.type}-${event.id}`}
            bullet={<Icon size={14} aria-hidden />}
            color={colorOf(event)}
            title={<EventTitle event={event} />}
            role="listitem"
            data-event={event.type}
          >
            <Stack gap={4} mt={4}>
              <Text size="xs" c="dimmed">
                {t('directives.timeline.by', {
                  name: event.by?.displayName ?? t('directives.timeline.unknownPerson'),
                  at: formatDateTime(event.at),
                })}
              </Text>
              {event.type === 'update' && (
                <UpdateBody event={event} onDownload={onDownload} downloadingFileId={downloadingFileId} />
              )}
              {event.type === 'review' && event.comment && <Text size="sm">{event.comment}</Text>}
              {event.type === 'extension' && <ExtensionBody event={event} />}
            </Stack>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}

function EventTitle({ event }: { event: DirectiveEvent }) {
  const { t } = useTranslation();
  if (event.type === 'update') {
    return event.doneOn
      ? t('directives.timeline.updateDone', { date: formatDate(event.doneOn) })
      : t('directives.timeline.update');
  }
  if (event.type === 'review') {
    return event.decision === 'accept' ? t('directives.timeline.reviewAccept') : t('directives.timeline.reviewReturn');
  }
  return t('directives.timeline.extension', { date: formatDate(event.requestedDueDate) });
}

function UpdateBody({
  event,
  onDownload,
  downloadingFileId,
}: {
  event: EventOf<'update'>;
  onDownload: (file: EvidenceFile) => void;
  downloadingFileId: string | null;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
        {event.text}
      </Text>
      {event.percentDone !== null && (
        <Badge variant="light" color="blue" tt="none" radius="sm" w="fit-content">
          {t('directives.timeline.percentDone', { percent: format.number(event.percentDone) })}
        </Badge>
      )}
      {event.evidence.length > 0 && (
        <Stack gap={2}>
          <Text size="xs" fw={600} c="dimmed">
            {t('directives.timeline.evidence')}
          </Text>
          <List size="sm" spacing={2} listStyleType="none" withPadding={false}>
            {event.evidence.map((file) => (
              <List.Item key={file.id}>
                <Group gap={6} wrap="nowrap">
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    onClick={() => onDownload(file)}
                    disabled={downloadingFileId === file.id}
                    aria-label={t('directives.timeline.download', { name: file.fileName })}
                  >
                    <Group gap={4} wrap="nowrap" component="span">
                      <IconDownload size={14} aria-hidden />
                      {file.fileName}
                    </Group>
                  </Anchor>
                  <Text span size="xs" c="dimmed">
                    {t('directives.timeline.fileSize', {
                      size: format.number(Math.max(1, Math.round(file.sizeBytes / 1024))),
                    })}
                  </Text>
                </Group>
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </>
  );
}

function ExtensionBody({ event }: { event: EventOf<'extension'> }) {
  const { t } = useTranslation();
  const status = t(`directives.timeline.extensionStatus.${event.status}`);
  return (
    <>
      <Text size="sm">{t('directives.timeline.extensionReason', { reason: event.reason })}</Text>
      {event.status === 'pending' ? (
        <Badge variant="light" color="grape" tt="none" radius="sm" w="fit-content">
          {status}
        </Badge>
      ) : (
        <Text size="sm" fw={500}>
          {t('directives.timeline.decidedBy', {
            status,
            name: event.decidedBy?.displayName ?? t('directives.timeline.unknownPerson'),
            at: event.decidedAt ? formatDateTime(event.decidedAt) : '',
          })}
        </Text>
      )}
      {event.decisionComment && (
        <Text size="sm">{t('directives.timeline.decisionComment', { comment: event.decisionComment })}</Text>
      )}
    </>
  );
}
