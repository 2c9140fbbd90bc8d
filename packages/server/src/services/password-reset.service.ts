/**
 * "Forgot your password?": a reset link by mail, and a new password with it. The request is answered
 * the same whether or not the address has an account; following the link (single use, an hour) sets
 * the new password, confirms the address, and ends every session of the account.
 */
import { hashPassword } from '../auth/passwords.js';
import { hashToken } from '../auth/tokens.js';
import {
  findAccountByEmail,
  findAccountById,
  markEmailConfirmed,
  updatePasswordHash,
} from '../repositories/accounts.repository.js';
import { recordAudit } from '../repositories/audit.repository.js';
import {
  deleteEmailTokensFor,
  findEmailToken,
  takeEmailToken,
} from '../repositories/email-tokens.repository.js';
import { deleteOtherSessions } from '../repositories/sessions.repository.js';
import type { RequestMeta } from './access.js';
import { passwordResetFor, mayMail } from './account-mail.js';
import {
  invalidLink,
  limitLinkAttempts,
  linkIsLive,
  normaliseEmail,
  refuseWeakPassword,
} from './accounts.service.js';
import type { ServiceContext } from './context.js';
import { limitAttempts } from './rate-limiter.js';

/**
 * Mails a reset link to the address if it has an account. Says nothing either way: the caller answers
 * the same in both cases, and the mail leaves after the answer, so the time does not tell either.
 */
export async function requestPasswordReset(
  context: ServiceContext,
  input: { email: string },
  meta: RequestMeta,
): Promise<void> {
  // As sign-in's: one address asking for many accounts' links is refused after a while.
  await limitAttempts(
    context,
    `password-reset:ip:${meta.ip ?? 'unknown'}`,
    context.config.rateLimits.signInPerIp,
  );
  const email = normaliseEmail(input.email);
  const row = await findAccountByEmail(context.db.kysely, email);
  // Counted for every address, so an inbox cannot be flooded and the count tells nothing.
  const mailAllowed = await mayMail(context, email);
  if (row === undefined || !mailAllowed) return;
  const at = context.now().toISOString();
  const mail = await context.db.kysely.transaction().execute(async (trx) => {
    await recordAudit(trx, {
      accountId: row.id,
      actorId: null,
      action: 'password-reset-requested',
      ip: meta.ip,
      at,
    });
    return passwordResetFor(trx, context, row);
  });
  context.mail.send(mail);
}

/**
 * Sets a new password with a reset link's token. A password too easy to guess is refused without
 * using the link up, so the person can try another.
 */
export async function resetPassword(
  context: ServiceContext,
  input: { token: string; password: string },
  meta: RequestMeta,
): Promise<void> {
  await limitLinkAttempts(context, meta);
  const now = context.now();
  const tokenHash = hashToken(input.token);
  const found = await findEmailToken(context.db.kysely, tokenHash, 'password-reset');
  if (!linkIsLive(found, now)) throw invalidLink();
  const row = await findAccountById(context.db.kysely, found.accountId);
  if (row === undefined) throw invalidLink();
  refuseWeakPassword('password', input.password, row.email);
  const hash = await hashPassword(input.password);
  const at = now.toISOString();
  await context.db.kysely.transaction().execute(async (trx) => {
    // Taken only now, in one statement: of two uses of the link at once, one wins.
    if (!linkIsLive(await takeEmailToken(trx, tokenHash, 'password-reset'), now)) throw invalidLink();
    await updatePasswordHash(trx, row.id, hash, at);
    // The link came by mail, so the address is the person's.
    await markEmailConfirmed(trx, row.id, at);
    // Every other link of the account stops working, and every session ends, wherever it is.
    await deleteEmailTokensFor(trx, row.id);
    await deleteOtherSessions(trx, row.id);
    await recordAudit(trx, { accountId: row.id, actorId: row.id, action: 'password-reset', ip: meta.ip, at });
  });
}
