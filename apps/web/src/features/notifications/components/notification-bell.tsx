import { ActionIcon, Box, Indicator, Paper } from '@mantine/core';
import { useClickOutside, useId } from '@mantine/hooks';
import { IconBell } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLatestNotifications } from '../api/get-notifications';
import { NotificationPanel } from './notification-panel';

/**
 * The bell in the header: the unread count, polled, on a badge and in the button's name; opening it
 * lists the newest notifications. A disclosure like the user menu, not Mantine's Popover, whose
 * positioning engine would weigh on the header. The layout loads this file after the first render.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const containerRef = useClickOutside<HTMLDivElement>(() => setIsOpen(false));
  const { data } = useLatestNotifications();
  const unread = data?.unread ?? 0;

  return (
    <Box
      ref={containerRef}
      pos="relative"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && isOpen) {
          setIsOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <Indicator
        label={unread}
        maxValue={99}
        disabled={unread === 0}
        size={18}
        offset={4}
        color="red"
        // The count is in the button's name already; read once, not twice.
        attributes={{ indicator: { 'aria-hidden': true } }}
      >
        <ActionIcon
          ref={buttonRef}
          variant="subtle"
          color="gray"
          size="lg"
          aria-label={unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')}
          aria-expanded={isOpen}
          aria-controls={isOpen ? panelId : undefined}
          onClick={() => setIsOpen((open) => !open)}
        >
          <IconBell size={20} aria-hidden />
        </ActionIcon>
      </Indicator>
      {isOpen && (
        <Paper
          id={panelId}
          withBorder
          shadow="md"
          w={360}
          maw="calc(100vw - 32px)"
          pos="absolute"
          right={0}
          top="calc(100% + 8px)"
          style={{ zIndex: 'var(--mantine-z-index-popover)' }}
        >
          <NotificationPanel onClose={() => setIsOpen(false)} />
        </Paper>
      )}
    </Box>
  );
}
