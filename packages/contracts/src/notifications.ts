import { z } from 'zod';
import { IdSchema } from './dates';
import { PageQuerySchema, pageOf } from './pagination';

/** What partrack tells people about directives (issue 5, "Reminders"). */
export const NotificationKindSchema = z.enum([
  'new_directive',
  'due_soon',
  'overdue',
  'answer_returned',
  'extension_decided',
]);
export type NotificationKind = z.infer<typeof NotificationKindSchema>;

export const NotificationSchema = z.object({
  id: IdSchema,
  kind: NotificationKindSchema,
  directiveId: IdSchema,
  /** Vietnamese, ready to show; the SPA may build its own text from kind and directive. */
  message: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  readAt: z.iso.datetime({ offset: true }).nullable(),
});
export type Notification = z.infer<typeof NotificationSchema>;

export const NotificationListSchema = pageOf(NotificationSchema).extend({ unread: z.number().int().min(0) });
export type NotificationList = z.infer<typeof NotificationListSchema>;

export const ListNotificationsQuerySchema = PageQuerySchema.extend({
  unreadOnly: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
});
export type ListNotificationsQuery = z.infer<typeof ListNotificationsQuerySchema>;

/** What marking notifications read answers: how many were unread and now are read. */
export const MarkedReadSchema = z.object({ marked: z.number().int().min(0) });
export type MarkedRead = z.infer<typeof MarkedReadSchema>;
