/**
 * A real SMTP server on loopback for the tests (the `smtp-server` package), which keeps every mail it
 * receives, parsed (`mailparser`), so a test can read it and follow its link. Used by the server's
 * suites and by the browser suites' global setup. Only 127.0.0.1 is ever listened on.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** The envelope's recipients, lower case. */
  to: string[];
  from: string;
  subject: string;
  text: string;
  /** Milliseconds since 1970, when it arrived. */
  receivedAt: number;
}

export interface LoopbackMailbox {
  /** `smtp://127.0.0.1:PORT`, for SMTP_URL. */
  url: string;
  received: ReceivedMail[];
  /** The first mail to `to` (received after `since`, if given) that matches; waits for it up to `timeoutMs`. */
  waitFor(
    to: string,
    options?: { since?: number; matching?: (mail: ReceivedMail) => boolean; timeoutMs?: number },
  ): Promise<ReceivedMail>;
  close(): Promise<void>;
}

/**
 * Starts the SMTP server. With `folder`, each mail is also written there as JSON (one file a mail),
 * for readers in other processes (the browser suites' workers).
 */
export async function startLoopbackMailbox(options: { folder?: string } = {}): Promise<LoopbackMailbox> {
  const received: ReceivedMail[] = [];
  const waiting = new Set<() => void>();
  if (options.folder !== undefined) mkdirSync(options.folder, { recursive: true });
  const server = new SMTPServer({
    // Loopback only, no TLS: nothing leaves the machine, and a test certificate would only be refused.
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const mail: ReceivedMail = {
            to: session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()),
            from: session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address,
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            receivedAt: Date.now(),
          };
          received.push(mail);
          if (options.folder !== undefined) {
            const name = `${String(mail.receivedAt)}-${String(received.length).padStart(5, '0')}.json`;
            // Written aside and renamed into place: a reader in another process polling the folder
            // must never see half a file (rename is atomic within one file system).
            const aside = path.join(options.folder, `${name}.part`);
            writeFileSync(aside, JSON.stringify(mail));
            renameSync(aside, path.join(options.folder, name));
          }
          for (const wake of waiting) wake();
          callback();
        })
        .catch((error: unknown) => {
          callback(error instanceof Error ? error : new Error(String(error)));
        });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${String(port)}`,
    received,
    waitFor(to, { since = 0, matching = () => true, timeoutMs = 10_000 } = {}) {
      const address = to.toLowerCase();
      const find = () =>
        received.find((mail) => mail.receivedAt >= since && mail.to.includes(address) && matching(mail));
      return new Promise((resolve, reject) => {
        const check = () => {
          const mail = find();
          if (mail === undefined) return;
          clearTimeout(timer);
          waiting.delete(check);
          resolve(mail);
        };
        const timer = setTimeout(() => {
          waiting.delete(check);
          reject(new Error(`no mail to ${to} arrived within ${String(timeoutMs)} ms`));
        }, timeoutMs);
        waiting.add(check);
        check();
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}

/** The first link in a mail's text that goes to `path` on the app, or an error saying what was there. */
export function linkIn(mail: ReceivedMail, pathName: string): URL {
  for (const word of mail.text.split(/\s+/)) {
    if (!/^https?:\/\//.test(word)) continue;
    const url = new URL(word);
    if (url.pathname === pathName) return url;
  }
  throw new Error(`no link to ${pathName} in the mail "${mail.subject}":\n${mail.text}`);
}
