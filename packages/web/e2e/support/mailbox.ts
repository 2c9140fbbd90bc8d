/**
 * The mail the second server sent, as the loopback SMTP server of the global setup received it: one
 * JSON file per mail in the folder WANDELCOACH_E2E_MAILBOX names. Tests wait for a mail to a person
 * and follow its link, as the person would.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import { linkIn, type ReceivedMail } from '../../../../scripts/loopback-mailbox.js';
import { MAILBOX_VARIABLE } from './global-setup.js';

export type { ReceivedMail };

function received(): ReceivedMail[] {
  const folder = process.env[MAILBOX_VARIABLE];
  if (folder === undefined) throw new Error(`${MAILBOX_VARIABLE} is not set: the global setup did not run`);
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as ReceivedMail);
}

/**
 * The mails to `to` so far, oldest first; waits until there are at least `count` (a mail leaves the
 * server just after its answer).
 */
export async function mailsTo(to: string, count = 1): Promise<ReceivedMail[]> {
  const address = to.toLowerCase();
  const mine = () => received().filter((mail) => mail.to.includes(address));
  await expect
    .poll(() => mine().length, { message: `${count} mail(s) to ${to}`, timeout: 10_000 })
    .toBeGreaterThanOrEqual(count);
  return mine();
}

/** The newest mail to `to`, once there are `count`. */
export async function lastMailTo(to: string, count = 1): Promise<ReceivedMail> {
  const mails = await mailsTo(to, count);
  const last = mails[mails.length - 1];
  if (last === undefined) throw new Error(`no mail to ${to}`);
  return last;
}

/** The address of the link in the mail that leads to one of the app's screens. */
export function linkTo(mail: ReceivedMail, pathName: string): string {
  return linkIn(mail, pathName).href;
}
