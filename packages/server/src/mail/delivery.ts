/**
 * Mails go out after the answer: a slow or absent mail server must not make a request slow, and must
 * not make the answer's timing tell whether an address has an account. Failures are logged by kind
 * only (the error of a mail server can quote the address).
 */
import type { Logger } from 'pino';
import { describeError } from '../http/middleware/request-log.js';
import type { Mail, Mailer } from './mailer.js';

export class MailDelivery {
  private readonly underway = new Set<Promise<void>>();

  constructor(
    private readonly mailer: Mailer,
    private readonly logger: Logger,
    /** The address links in mails start with, e.g. `https://wandelcoach.example.nl`. */
    readonly appUrl: () => string,
  ) {}

  /** Sends in the background; returns at once. */
  send(mail: Mail): void {
    const sending = this.mailer.send(mail).catch((error: unknown) => {
      this.logger.error({ error: describeError(error) }, 'a mail could not be sent');
    });
    this.underway.add(sending);
    void sending.finally(() => this.underway.delete(sending));
  }

  /** Resolves once every mail handed over so far has been sent (or has failed). */
  async settled(): Promise<void> {
    while (this.underway.size > 0) await Promise.all(this.underway);
  }

  /** Waits for the mails under way, then lets go of the mail server. */
  async close(): Promise<void> {
    await this.settled();
    this.mailer.close();
  }
}
