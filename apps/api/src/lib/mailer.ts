import nodemailer from 'nodemailer';

export type Mail = { to: string; subject: string; text: string };

/** Sends e-mail; partrack only builds one when SMTP_URL is configured. */
export type Mailer = { send(mail: Mail): Promise<void>; close(): void };

export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({ from, ...mail });
    },
    close: () => transport.close(),
  };
}
