import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createSmtpMailer } from '../lib/mailer';
import { createNotificationsService } from '../modules/notifications/notifications.service';

/**
 * Runs the reminder job at start and then every REMINDER_INTERVAL_MINUTES. The job is idempotent,
 * so a restart, or two instances, never notify twice.
 */
export const remindersPlugin = fp(async (app: FastifyInstance) => {
  const { reminders } = app.config;
  if (!reminders.enabled) return;
  const mailer = reminders.smtpUrl ? createSmtpMailer(reminders.smtpUrl, reminders.mailFrom) : undefined;
  const service = createNotificationsService({ db: app.database.jobs, mailer, publicUrl: reminders.publicUrl });
  let running: Promise<unknown> | undefined;
  const run = () => {
    running ??= service
      .runReminders(app.log)
      .then((result) => app.log.info(result, 'Reminder job ran'))
      .catch((error: unknown) => app.log.error({ err: error }, 'Reminder job failed; it will run again'))
      .finally(() => {
        running = undefined;
      });
  };
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    run();
    timer = setInterval(run, reminders.intervalMinutes * 60_000);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await running;
    mailer?.close();
  });
});
