import { MarkedReadSchema } from '@partrack/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { markCachedRead } from './mark-cached-read';
import { notificationKeys } from './notification-keys';

export function markAllNotificationsRead() {
  return apiRequest(MarkedReadSchema, '/api/v1/notifications/read-all', { method: 'POST' });
}

/** Marks every notification of the reader read, the ones beyond the bell's list too. */
export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllNotificationsRead,
    onMutate: () => markCachedRead(queryClient, 'all'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
