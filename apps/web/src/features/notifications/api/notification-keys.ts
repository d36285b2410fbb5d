import type { ListNotificationsQuery } from '@partrack/contracts';

/** Query of the notification list as the SPA sends it. */
export type NotificationsQuery = Partial<ListNotificationsQuery>;

/** Query keys of the notifications feature; invalidate `all` after marking anything read. */
export const notificationKeys = {
  all: ['notifications'] as const,
  lists: () => [...notificationKeys.all, 'list'] as const,
  list: (query: NotificationsQuery) => [...notificationKeys.lists(), query] as const,
};
