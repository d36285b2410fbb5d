import {
  type ListNotificationsQuery,
  type Notification,
  type NotificationList,
  todayInVietnam,
} from '@partrack/contracts';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/database';
import type { Mailer } from '../../lib/mailer';
import type { AuthenticatedContext } from '../../lib/request-context';
import { createNotificationsRepository, type NotificationRow } from './notifications.repository';

export function toNotificationDto(row: NotificationRow): Notification {
  return {
    id: row.id,
    kind: row.kind,
    directiveId: row.directiveId,
    message: row.message,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}

/** ISO 8601 week of a `YYYY-MM-DD` date, e.g. `2026-W48`: overdue reminders repeat once per week. */
export function isoWeekOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export type ReminderRun = { added: number; emailed: number; emailFailures: number };

export function createNotificationsService({ db, mailer, publicUrl }: { db: Db; mailer?: Mailer; publicUrl?: string }) {
  const repo = createNotificationsRepository(db);

  return {
    async list(context: AuthenticatedContext, query: ListNotificationsQuery): Promise<NotificationList> {
      const { rows, total, unread } = await repo.list(context.user.id, query);
      return { items: rows.map(toNotificationDto), total, unread, page: query.page, pageSize: query.pageSize };
    },

    markRead: (context: AuthenticatedContext, ids: string[] | 'all') => repo.markRead(context.user.id, ids),

    /**
     * The reminder job: adds due notifications (idempotent), then e-mails those not yet sent when a
     * mailer is configured. A failed e-mail stays unsent and is tried again on the next run.
     */
    async runReminders(log: FastifyBaseLogger, today = todayInVietnam()): Promise<ReminderRun> {
      const added = await db.transaction((tx) => createNotificationsRepository(tx).generate(today, isoWeekOf(today)));
      let emailed = 0;
      let emailFailures = 0;
      if (mailer) {
        for (const { notification, email, displayName } of await repo.unsent(200)) {
          try {
            const link = publicUrl ? `\n\n${publicUrl.replace(/\/$/, '')}/directives/${notification.directiveId}` : '';
            await mailer.send({
              to: email as string,
              subject: `[partrack] ${notification.message.slice(0, 120)}`,
              text: `Kính gửi ${displayName},\n\n${notification.message}${link}\n\n— partrack`,
            });
            await repo.markEmailed(notification.id);
            emailed += 1;
          } catch (error) {
            emailFailures += 1;
            log.warn({ err: error, notificationId: notification.id }, 'Reminder e-mail failed; it will be retried');
          }
        }
      }
      return { added, emailed, emailFailures };
    },
  };
}
