import { Box, Button, Divider, Group, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useId } from '@mantine/hooks';
import type { Notification } from '@partrack/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { useFormat } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useLatestNotifications } from '../api/get-notifications';
import { useMarkAllNotificationsRead } from '../api/mark-all-notifications-read';
import { useMarkNotificationRead } from '../api/mark-notification-read';

export interface NotificationPanelProps {
  /** Called when the reader follows a notification, so the bell closes behind them. */
  onClose: () => void;
}

/**
 * The newest notifications, unread ones highlighted. Each names its kind in the reader's language and
 * shows the API's message below it: that message quotes the directive (Vietnamese in either language,
 * like every recorded text) with the dates that held when it was sent, which the SPA cannot rebuild.
 */
export function NotificationPanel({ onClose }: NotificationPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { data, error, isPending, refetch } = useLatestNotifications();
  const markRead = useMarkNotificationRead();
  const markAllRead = useMarkAllNotificationsRead();
  const unread = data?.unread ?? 0;

  const open = (notification: Notification) => {
    if (notification.readAt === null) markRead.mutate(notification.id);
    onClose();
  };

  return (
    <Stack gap={0}>
      <Group justify="space-between" wrap="nowrap" px="sm" py="xs">
        <Text id={headingId} fw={600}>
          {t('notifications.title')}
        </Text>
        <Button
          variant="subtle"
          size="compact-sm"
          disabled={unread === 0}
          loading={markAllRead.isPending}
          onClick={() => markAllRead.mutate()}
        >
          {t('notifications.markAllRead')}
        </Button>
      </Group>
      {markAllRead.isError && (
        <Text role="alert" size="xs" c="red" px="sm" pb="xs">
          {t('notifications.markAllReadFailed')}
        </Text>
      )}
      <Divider />
      {isPending ? (
        <Box px="sm">
          <LoadingState />
        </Box>
      ) : !data ? (
        <Box p="sm">
          <ErrorAlert error={error} onRetry={() => void refetch()} />
        </Box>
      ) : data.items.length === 0 ? (
        <Text size="sm" c="dimmed" px="sm" py="md">
          {t('notifications.empty')}
        </Text>
      ) : (
        <Box
          component="ul"
          aria-labelledby={headingId}
          m={0}
          p={0}
          mah={420}
          style={{ listStyle: 'none', overflowY: 'auto' }}
        >
          {data.items.map((notification) => (
            <li key={notification.id}>
              <NotificationLink notification={notification} onOpen={() => open(notification)} />
            </li>
          ))}
        </Box>
      )}
    </Stack>
  );
}

function NotificationLink({ notification, onOpen }: { notification: Notification; onOpen: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const isUnread = notification.readAt === null;
  return (
    <UnstyledButton
      component={Link}
      to={paths.directives.detail(notification.directiveId)}
      onClick={onOpen}
      data-unread={isUnread || undefined}
      display="block"
      w="100%"
      px="sm"
      py="xs"
      bg={isUnread ? 'var(--mantine-color-blue-light)' : undefined}
      style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
    >
      <Group gap={6} wrap="nowrap">
        {isUnread && <Box w={8} h={8} bg="blue" style={{ borderRadius: '50%', flex: 'none' }} aria-hidden />}
        <Text size="sm" fw={isUnread ? 700 : 500}>
          {isUnread && <VisuallyHidden>{t('notifications.unread')}: </VisuallyHidden>}
          {t(`notifications.kinds.${notification.kind}`)}
        </Text>
      </Group>
      <Text size="sm" lineClamp={3}>
        {notification.message}
      </Text>
      <Text size="xs" c="dimmed">
        {format.dateTimeMinutes(notification.createdAt)}
      </Text>
    </UnstyledButton>
  );
}
