import { Code, SimpleGrid, Stack, Text } from '@mantine/core';
import type { AuditEvent } from '@partrack/contracts';
import { useTranslation } from 'react-i18next';
import { toJsonText } from '../utils/describe-audit-event';

/** What an event changed: the record before and after, side by side, and the event's chain hash. */
export function AuditChange({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" py="xs">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <JsonBlock title={t('audit.details.before')} value={event.before} />
        <JsonBlock title={t('audit.details.after')} value={event.after} />
      </SimpleGrid>
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {event.hash === null
          ? t('audit.details.unsealed', { seq: event.seq })
          : t('audit.details.hash', { seq: event.seq, hash: event.hash })}
      </Text>
    </Stack>
  );
}

function JsonBlock({ title, value }: { title: string; value: unknown }) {
  const { t } = useTranslation();
  const text = toJsonText(value);
  return (
    <Stack gap={4} component="section" aria-label={title}>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      {text === null ? (
        <Text size="sm" c="dimmed">
          {t('audit.details.none')}
        </Text>
      ) : (
        <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {text}
        </Code>
      )}
    </Stack>
  );
}
