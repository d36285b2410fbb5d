import { NotificationListSchema } from '@partrack/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { type NotificationsQuery, notificationKeys } from './notification-keys';

/** How many of the newest notifications the bell lists. */
export const LATEST_NOTIFICATIONS = 10;
/** Reminders come from a job that runs every few minutes: asking once a minute is enough. */
export const NOTIFICATIONS_POLL_MS = 60_000;

const latestQuery: NotificationsQuery = { page: 1, pageSize: LATEST_NOTIFICATIONS };

export function getNotifications(query: NotificationsQuery, signal?: AbortSignal) {
  return apiRequest(NotificationListSchema, '/api/v1/notifications', { params: query, signal });
}

export function getLatestNotificationsQueryOptions() {
  return queryOptions({
    queryKey: notificationKeys.list(latestQuery),
    queryFn: ({ signal }) => getNotifications(latestQuery, signal),
    staleTime: 0,
    refetchInterval: NOTIFICATIONS_POLL_MS,
    // Coming back to the tab is when a reader looks for news; the app turns this off for other queries.
    refetchOnWindowFocus: true,
  });
}

/** The newest notifications with the unread count, polled while the app is open. */
export function useLatestNotifications() {
  return useQuery(getLatestNotificationsQueryOptions());
}
