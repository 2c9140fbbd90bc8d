/**
 * How a mail leaves the server: through SMTP (nodemailer) when `SMTP_URL` is set, or else into the
 * server's log, so a local install without a mail server can still follow a reset link.
 */
import { createTransport } from 'nodemailer';
import type { Logger } from 'pino';
import type { MailSettings } from '../config.js';

export interface Mail {
  to: string;
  subject: string;
  /** Plain text only: no HTML to render wrongly, no images that report the mail was opened. */
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
  /** Lets go of open connections. */
  close(): void;
}

/** Sends through the SMTP server of `SMTP_URL`, from `MAIL_FROM`. */
export function smtpMailer(settings: MailSettings): Mailer {
  const url = new URL(settings.smtpUrl);
  // A mail server that does not answer must not hold a send (and so a stop) for minutes.
  for (const [name, ms] of [
    ['connectionTimeout', '10000'],
    ['greetingTimeout', '10000'],
    ['socketTimeout', '20000'],
  ] as const) {
    if (!url.searchParams.has(name)) url.searchParams.set(name, ms);
  }
  const transport = createTransport(url.href, { from: settings.from });
  return {
    async send(mail) {
      await transport.sendMail({ to: mail.to, subject: mail.subject, text: mail.text });
    },
    close() {
      transport.close();
    },
  };
}

/**
 * Writes each mail to the log, as one line a person can read the link from. This is the one place
 * an email address and a link's token reach the log, and only on a server without SMTP, where there
 * is no other way to deliver them (docs/security.md).
 */
export function logMailer(logger: Logger): Mailer {
  return {
    send(mail) {
      // At `warn`: whoever runs the server must see it, also with the request lines turned off.
      logger.warn(
        { mail: { to: mail.to, subject: mail.subject, text: mail.text } },
        'mail not sent (no SMTP_URL set): here it is',
      );
      return Promise.resolve();
    },
    close() {
      // Nothing is held open.
    },
  };
}
