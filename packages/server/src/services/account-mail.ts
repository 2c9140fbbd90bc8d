/**
 * The mails about an account: a link to confirm its address, a link to set a new password, and the
 * note to the owner of an address someone tried to sign up with. Each link carries a fresh random
 * token, stored only as its hash, single use and short-lived. No address gets more than
 * `MAIL_LIMIT_PER_ADDRESS` mails an hour, whoever asks.
 */
import { hashToken, newToken } from '../auth/tokens.js';
import type { AccountRow, EmailTokenPurpose } from '../db/schema.js';
import {
  confirmEmailMail,
  LINK_PATHS,
  linkWithToken,
  passwordResetMail,
  signUpTakenMail,
} from '../mail/messages.js';
import { insertEmailToken } from '../repositories/email-tokens.repository.js';
import type { Executor } from '../repositories/executor.js';
import type { Mail } from '../mail/mailer.js';
import type { ServiceContext } from './context.js';
import { withinLimit } from './rate-limiter.js';

/** How long a reset link works: long enough to find the mail, short enough to be little use stolen. */
export const RESET_LINK_MINUTES = 60;
/** How long a confirmation link works: a new account may be made in the evening and confirmed next day. */
export const CONFIRM_LINK_HOURS = 24;

type Recipient = Pick<AccountRow, 'id' | 'email' | 'locale'>;

async function issueToken(
  db: Executor,
  context: ServiceContext,
  accountId: string,
  purpose: EmailTokenPurpose,
  lifetimeMs: number,
): Promise<string> {
  const token = newToken();
  const now = context.now();
  await insertEmailToken(db, {
    tokenHash: hashToken(token),
    accountId,
    purpose,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + lifetimeMs).toISOString(),
  });
  return token;
}

/**
 * Counts a mail to this address and says whether it may go. Counted for any address, with or without
 * an account, so the count itself tells nothing.
 */
export function mayMail(context: ServiceContext, email: string): Promise<boolean> {
  return withinLimit(context, `mail:${hashToken(email)}`, context.config.rateLimits.mailsPerAddress);
}

async function resetLink(db: Executor, context: ServiceContext, account: Recipient): Promise<string> {
  const token = await issueToken(db, context, account.id, 'password-reset', RESET_LINK_MINUTES * 60_000);
  return linkWithToken(context.mail.appUrl(), LINK_PATHS.resetPassword, token);
}

// Each of these issues the link's token (in the caller's transaction) and returns the mail; the
// caller sends it once that transaction has committed, so no mail carries a link that never worked.

/** A reset link, for the owner who asked for a new password. */
export async function passwordResetFor(
  db: Executor,
  context: ServiceContext,
  account: Recipient,
): Promise<Mail> {
  const link = await resetLink(db, context, account);
  return passwordResetMail(account.email, account.locale, link, RESET_LINK_MINUTES);
}

/** A confirmation link, for a new account. */
export async function confirmationFor(
  db: Executor,
  context: ServiceContext,
  account: Recipient,
): Promise<Mail> {
  const token = await issueToken(db, context, account.id, 'confirm-email', CONFIRM_LINK_HOURS * 3_600_000);
  const link = linkWithToken(context.mail.appUrl(), LINK_PATHS.confirmEmail, token);
  return confirmEmailMail(account.email, account.locale, link, CONFIRM_LINK_HOURS);
}

/** For the owner of an address that someone tried to sign up with: the note, and a reset link. */
export async function signUpTakenFor(
  db: Executor,
  context: ServiceContext,
  account: Recipient,
): Promise<Mail> {
  const link = await resetLink(db, context, account);
  return signUpTakenMail(account.email, account.locale, link, RESET_LINK_MINUTES);
}
