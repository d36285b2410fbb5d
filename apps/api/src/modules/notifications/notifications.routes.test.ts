import { type AddressInfo, createServer } from 'node:net';
import { DirectiveListSchema, NotificationListSchema, todayInVietnam } from '@partrack/contracts';
import pino from 'pino';
import { SMTPServer } from 'smtp-server';
import { afterAll, describe, expect, it } from 'vitest';
import { createSmtpMailer } from '../../lib/mailer';
import { authHeaders } from '../../testing/auth';
import { useTestApp } from '../../testing/test-app';
import { createUsersRepository } from '../users/users.repository';
import { createNotificationsService, isoWeekOf } from './notifications.service';

const context = useTestApp({ demoData: true });
const silent = pino({ level: 'silent' });

const service = () => createNotificationsService({ db: context().database.db });

async function mine(username: string, query = '') {
  const response = await context().app.inject({
    method: 'GET',
    url: `/api/v1/notifications?pageSize=200${query}`,
    headers: await authHeaders(context(), username),
  });
  expect(response.statusCode, response.body).toBe(200);
  return NotificationListSchema.parse(response.json());
}

describe('isoWeekOf', () => {
  it('names ISO weeks, which start on Monday', () => {
    expect(isoWeekOf('2026-11-23')).toBe('2026-W48');
    expect(isoWeekOf('2026-11-22')).toBe('2026-W47');
    expect(isoWeekOf('2021-01-03')).toBe('2020-W53');
  });
});

describe('the reminder job', () => {
  it('tells unit officers of their overdue directives, and running it twice adds nothing', async () => {
    const first = await service().runReminders(silent);
    expect(first.added).toBeGreaterThan(0);
    const second = await service().runReminders(silent);
    expect(second.added).toBe(0);

    const kienan = await mine('kienan');
    const overdue = DirectiveListSchema.parse(
      (
        await context().app.inject({
          method: 'GET',
          url: '/api/v1/directives?bucket=open_overdue&pageSize=200',
          headers: await authHeaders(context(), 'kienan'),
        })
      ).json(),
    );
    const overdueIds = overdue.items
      .filter((item) => item.stage === 'open')
      .map((item) => item.id)
      .sort();
    expect(
      kienan.items
        .filter((item) => item.kind === 'overdue')
        .map((item) => item.directiveId)
        .sort(),
    ).toEqual(overdueIds);
    expect(kienan.items.find((item) => item.kind === 'overdue')?.message).toMatch(/^Quá hạn từ \d{2}\/\d{2}\/\d{4}: /);
    expect(kienan.unread).toBe(kienan.total);
  });

  it('repeats overdue reminders once a week', async () => {
    const nextWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const before = (await mine('gialam')).items.filter((item) => item.kind === 'overdue').length;
    expect(before).toBeGreaterThan(0);
    await service().runReminders(silent, nextWeek);
    const after = (await mine('gialam')).items.filter((item) => item.kind === 'overdue').length;
    expect(after).toBe(before * 2);
  });

  it('reminds of a directive due within seven days, and of a returned answer', async () => {
    const { items } = DirectiveListSchema.parse(
      (
        await context().app.inject({
          method: 'GET',
          url: '/api/v1/directives?stage=open&pageSize=200',
          headers: await authHeaders(context(), 'kienan'),
        })
      ).json(),
    );
    const target = items[0];
    if (!target) throw new Error('no open directive');
    await context().app.inject({
      method: 'POST',
      url: `/api/v1/directives/${target.id}/updates`,
      headers: await authHeaders(context(), 'kienan'),
      payload: { text: 'Xong', doneOn: todayInVietnam() },
    });
    await context().app.inject({
      method: 'POST',
      url: `/api/v1/directives/${target.id}/review`,
      headers: await authHeaders(context(), 'noivu'),
      payload: { decision: 'return', comment: 'Chưa đủ' },
    });
    await service().runReminders(silent);
    const returned = (await mine('kienan')).items.filter((item) => item.kind === 'answer_returned');
    expect(returned.map((item) => item.directiveId)).toEqual([target.id]);
  });

  it("keeps each user's notifications their own", async () => {
    const kienan = await mine('kienan');
    const someone = kienan.items[0];
    const response = await context().app.inject({
      method: 'POST',
      url: `/api/v1/notifications/${someone?.id}/read`,
      headers: await authHeaders(context(), 'gialam'),
    });
    expect(response.json()).toEqual({ marked: 0 });
    expect((await mine('kienan')).unread).toBe(kienan.unread);
    const mark = await context().app.inject({
      method: 'POST',
      url: '/api/v1/notifications/read-all',
      headers: await authHeaders(context(), 'kienan'),
    });
    expect(mark.json()).toEqual({ marked: kienan.unread });
    expect((await mine('kienan')).unread).toBe(0);
  });
});

/** A message's text as written: soft line breaks removed, =XX bytes decoded as UTF-8. */
function decodeQuotedPrintable(message: string): string {
  const bytes = message
    .replaceAll('%', '%25')
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => `%${hex}`);
  return decodeURIComponent(bytes);
}

describe('reminder e-mail', () => {
  const received: { to: string[]; body: string }[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let body = '';
      stream.on('data', (chunk: Buffer) => {
        body += chunk.toString('utf8');
      });
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), body });
        callback();
      });
    },
  });
  const listening = new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => smtp.listen(port, '127.0.0.1', () => resolve(port)));
    });
  });
  afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

  it('e-mails each new notification once to users with an address, through a real SMTP server', async () => {
    const port = await listening;
    const users = createUsersRepository(context().database.db);
    const gialam = await users.findByUsername('gialam');
    if (!gialam) throw new Error('no gialam');
    await users.update(gialam, { email: 'gialam@example.gov.vn' });
    const mailer = createSmtpMailer(`smtp://127.0.0.1:${port}`, 'partrack <no-reply@partrack.local>');
    const withMail = createNotificationsService({
      db: context().database.db,
      mailer,
      publicUrl: 'https://partrack.example.gov.vn',
    });
    try {
      const first = await withMail.runReminders(silent);
      const unread = (await mine('gialam')).total;
      expect(first.emailed).toBe(unread);
      expect(received.every((mail) => mail.to.join() === 'gialam@example.gov.vn')).toBe(true);
      // The body travels quoted-printable: soft line breaks may fall anywhere in the link.
      expect(decodeQuotedPrintable(received[0]?.body ?? '')).toMatch(
        /\nhttps:\/\/partrack\.example\.gov\.vn\/directives\/[0-9a-f-]{36}\r?\n/,
      );
      const second = await withMail.runReminders(silent);
      expect(second.emailed).toBe(0);
      expect(received).toHaveLength(unread);
    } finally {
      mailer.close();
    }
  });
});
