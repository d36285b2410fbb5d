import type { NotificationList } from '@partrack/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { notificationKeys } from './notification-keys';

/**
 * Shows notifications as read at once in every cached list, so the bell's count drops as the reader
 * clicks; the mutations then ask the API again whatever happened, so a failure puts back what is true.
 */
export async function markCachedRead(queryClient: QueryClient, ids: readonly string[] | 'all'): Promise<void> {
  await queryClient.cancelQueries({ queryKey: notificationKeys.lists() });
  const now = new Date().toISOString();
  queryClient.setQueriesData<NotificationList>({ queryKey: notificationKeys.lists() }, (list) => {
    if (!list) return list;
    let newlyRead = 0;
    const items = list.items.map((item) => {
      if (item.readAt !== null || (ids !== 'all' && !ids.includes(item.id))) return item;
      newlyRead += 1;
      return { ...item, readAt: now };
    });
    return { ...list, items, unread: ids === 'all' ? 0 : Math.max(0, list.unread - newlyRead) };
  });
}
