import { MarkedReadSchema } from '@partrack/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { markCachedRead } from './mark-cached-read';
import { notificationKeys } from './notification-keys';

export function markNotificationRead(id: string) {
  return apiRequest(MarkedReadSchema, `/api/v1/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' });
}

/** Marks one notification read: the reader opened it. */
export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    onMutate: (id) => markCachedRead(queryClient, [id]),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
