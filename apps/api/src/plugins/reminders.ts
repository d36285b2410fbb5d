import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createSmtpMailer } from '../lib/mailer';
import { createNotificationsService } from '../modules/notifications/notifications.service';
import { runEvery } from './interval-job';

/**
 * Runs the reminder job at start and then every REMINDER_INTERVAL_MINUTES. The job is idempotent,
 * so a restart, or two instances, never notify twice.
 */
export const remindersPlugin = fp(async (app: FastifyInstance) => {
  const { reminders } = app.config;
  if (!reminders.enabled) return;
  const mailer = reminders.smtpUrl ? createSmtpMailer(reminders.smtpUrl, reminders.mailFrom) : undefined;
  const service = createNotificationsService({ db: app.database.jobs, mailer, publicUrl: reminders.publicUrl });
  runEvery(app, {
    intervalMs: reminders.intervalMinutes * 60_000,
    job: () => service.runReminders(app.log).then((result) => app.log.info(result, 'Reminder job ran')),
    failure: 'Reminder job failed; it will run again',
    stop: () => mailer?.close(),
  });
});
