/**
 * Accounts and sessions: sign up, sign in and out, change the password, delete everything.
 * Every sign-in, failed sign-in and deletion is written to the audit log in the same transaction.
 */
import { hashPassword, verifyAgainstNothing, verifyPassword } from '../auth/passwords.js';
import { hashToken, newToken } from '../auth/tokens.js';
import { flushErasure } from '../db/database.js';
import { toIso } from '../db/values.js';
import type { AccountRow, AccountsTable, Role } from '../db/schema.js';
import type { Insertable } from 'kysely';
import {
  deleteAccount as deleteAccountRows,
  findAccountByEmail,
  findAccountById,
  insertAccount,
  markEmailConfirmed,
  updateAccountSettings,
  updatePasswordHash,
} from '../repositories/accounts.repository.js';
import { deleteAuditFor, recordAudit } from '../repositories/audit.repository.js';
import type { Executor } from '../repositories/executor.js';
import {
  deleteOtherSessions,
  deleteSession,
  extendSession,
  findLiveSession,
  insertSession,
  type SessionRecord,
} from '../repositories/sessions.repository.js';
import type { Actor, RequestMeta } from './access.js';
import type { ServiceContext } from './context.js';
import { invalidInput, ServiceError, isUniqueViolation, type ProblemPractice } from './errors.js';
import { passwordWeakness, weaknessMessage } from '../auth/password-strength.js';
import {
  countFailure,
  failures,
  limitAttempts,
  refuseAfterFailures,
  slowDownSeconds,
} from './rate-limiter.js';
import { deleteCounter, deleteCountersFor } from '../repositories/rate-limits.repository.js';
import { deleteEmailTokensFor, takeEmailToken } from '../repositories/email-tokens.repository.js';
import { confirmationFor, mayMail, signUpTakenFor } from './account-mail.js';
import { recordAccess } from '../repositories/access-log.repository.js';
import {
  countAdmins,
  lockPractice,
  membershipsOf,
  practiceHasOthers,
} from '../repositories/practices.repository.js';
import { secondFactorDemand, type SecondFactorDemand } from './second-factor.service.js';

export interface Account {
  id: string;
  email: string;
  role: Role;
  locale: 'nl' | 'en';
  timeZone: string;
}

/** What a session has proven and for whom it acts (docs/care-team.md). */
export interface SessionStanding {
  /** The second factor was given in this session. */
  secondFactorProven: boolean;
  /** The practice a clinician acts for in this session. */
  actingPracticeId: string | null;
}

export interface NewSession {
  /** Goes to the browser in an HttpOnly cookie; never stored. */
  token: string;
  csrfToken: string;
  expiresAt: string;
}

export interface SignedIn {
  account: Account;
  session: NewSession;
  /** For a clinician: what the session still needs before it reaches patients. */
  secondFactor?: SecondFactorDemand;
}

/**
 * What sign-up did: signed in at once (no mail configured), or "check your email", the same answer
 * for a new address and a taken one (private sign-up, docs/security.md).
 */
export type SignUpResult = { signedIn: SignedIn } | { checkEmail: true };

export interface SignUpInput {
  email: string;
  password: string;
  locale: 'nl' | 'en';
  timeZone: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function toAccount(row: Pick<AccountRow, 'id' | 'email' | 'role' | 'locale' | 'time_zone'>): Account {
  return { id: row.id, email: row.email, role: row.role, locale: row.locale, timeZone: row.time_zone };
}

/** Emails are compared without regard to case or surrounding spaces. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function startSession(
  db: Executor,
  context: ServiceContext,
  accountId: string,
): Promise<NewSession> {
  const now = context.now();
  const session: NewSession = {
    token: newToken(),
    csrfToken: newToken(),
    expiresAt: new Date(now.getTime() + context.config.sessionDays * DAY_MS).toISOString(),
  };
  await insertSession(db, {
    tokenHash: hashToken(session.token),
    accountId,
    csrfToken: session.csrfToken,
    createdAt: now.toISOString(),
    expiresAt: session.expiresAt,
  });
  return session;
}

/** A password too easy to guess is refused, saying why (docs/security.md). */
export function refuseWeakPassword(path: string, password: string, email: string): void {
  const reason = passwordWeakness(password, email);
  if (reason !== null) {
    throw invalidInput([{ path, message: weaknessMessage(reason), code: 'weak-password', reason }]);
  }
}

/** One address's failed attempts at one account's password (the email's hash), wherever it typed it. */
function signInPairKey(accountHash: string, ip: string | null | undefined): string {
  return `sign-in:pair:${accountHash}:${ip ?? 'unknown'}`;
}

export async function signUp(
  context: ServiceContext,
  input: SignUpInput,
  meta: RequestMeta,
): Promise<SignUpResult> {
  const email = normaliseEmail(input.email);
  const limits = context.config.rateLimits;
  await limitAttempts(context, `sign-up:ip:${meta.ip ?? 'unknown'}`, limits.signUpPerIp);
  // Per email too: trying one address again and again only probes whether it has an account.
  await limitAttempts(context, `sign-up:account:${hashToken(email)}`, limits.signUpPerAccount);
  refuseWeakPassword('password', input.password, email);
  if (context.config.mail !== undefined) {
    await signUpPrivately(context, { ...input, email }, meta);
    return { checkEmail: true };
  }
  return { signedIn: await signUpAndSignIn(context, { ...input, email }, meta) };
}

function newAccountRow(
  input: SignUpInput,
  passwordHash: string,
  at: string,
  confirmedAt: string | null,
): Insertable<AccountsTable> {
  return {
    id: crypto.randomUUID(),
    email: input.email,
    password_hash: passwordHash,
    role: 'patient',
    locale: input.locale,
    time_zone: input.timeZone,
    created_at: at,
    updated_at: at,
    email_confirmed_at: confirmedAt,
  };
}

/** Without mail: a taken address is said to be taken, and a new account is signed in at once. */
async function signUpAndSignIn(
  context: ServiceContext,
  input: SignUpInput,
  meta: RequestMeta,
): Promise<SignedIn> {
  const { email } = input;
  const conflict = () => new ServiceError('conflict', 'There is already an account with this email address.');
  if ((await findAccountByEmail(context.db.kysely, email)) !== undefined) throw conflict();

  const at = context.now().toISOString();
  // Nothing to confirm the address with: the person is trusted with the address they typed.
  const row = newAccountRow(input, await hashPassword(input.password), at, at);
  try {
    return await context.db.kysely.transaction().execute(async (trx) => {
      await insertAccount(trx, row);
      await recordAudit(trx, { accountId: row.id, actorId: row.id, action: 'sign-up', ip: meta.ip, at });
      return { account: toAccount(row), session: await startSession(trx, context, row.id) };
    });
  } catch (error) {
    // Two sign-ups with one email at the same moment: the database's unique key decides.
    if (isUniqueViolation(error)) throw conflict();
    throw error;
  }
}

/**
 * With mail: the answer, and its timing, are the same for a new address and a taken one. Both hash
 * the password (the slow part), both write a little and queue one mail: a confirmation link for the
 * new account, which cannot be used until it is followed; for a taken address, a note to its owner
 * with a reset link. The mail goes out after the answer.
 */
async function signUpPrivately(
  context: ServiceContext,
  input: SignUpInput,
  meta: RequestMeta,
): Promise<void> {
  const { email } = input;
  const existing = await findAccountByEmail(context.db.kysely, email);
  const passwordHash = await hashPassword(input.password);
  const mailAllowed = await mayMail(context, email);
  const at = context.now().toISOString();
  let owner: AccountRow | undefined = existing;
  if (owner === undefined) {
    const row = newAccountRow(input, passwordHash, at, null);
    try {
      const mail = await context.db.kysely.transaction().execute(async (trx) => {
        await insertAccount(trx, row);
        await recordAudit(trx, { accountId: row.id, actorId: row.id, action: 'sign-up', ip: meta.ip, at });
        return mailAllowed
          ? confirmationFor(trx, context, { id: row.id, email, locale: input.locale })
          : undefined;
      });
      if (mail !== undefined) context.mail.send(mail);
      return;
    } catch (error) {
      // Two sign-ups with one address at the same moment: the other one made it, so this one is taken.
      if (!isUniqueViolation(error)) throw error;
      owner = await findAccountByEmail(context.db.kysely, email);
      if (owner === undefined) throw error;
    }
  }
  const taken = owner;
  const mail = await context.db.kysely.transaction().execute(async (trx) => {
    // On the owner's record, so they can see it in their export; no address of the other person's.
    await recordAudit(trx, {
      accountId: taken.id,
      actorId: null,
      action: 'sign-up-address-taken',
      ip: meta.ip,
      at,
    });
    return mailAllowed ? signUpTakenFor(trx, context, taken) : undefined;
  });
  if (mail !== undefined) context.mail.send(mail);
}

export async function signIn(
  context: ServiceContext,
  input: { email: string; password: string },
  meta: RequestMeta,
): Promise<SignedIn> {
  const email = normaliseEmail(input.email);
  const limits = context.config.rateLimits;
  const ip = meta.ip ?? 'unknown';
  const account = hashToken(email);
  // The policy (docs/security.md): slow the guesser down, never lock the owner out.
  // 1. One address trying many accounts.
  await limitAttempts(context, `sign-in:ip:${ip}`, limits.signInPerIp);
  // 2. One address guessing one account: it waits out the window.
  const pairKey = signInPairKey(account, meta.ip);
  await refuseAfterFailures(context, pairKey, limits.signInPerAccountAndIp);
  // 3. Many addresses guessing one account: one attempt per wait, a growing one; the owner, with
  //    the right password, gets in at their first attempt after it.
  const failureKey = `sign-in:failures:${account}`;
  const failed = await failures(context, failureKey, limits.signInPerAccount);
  if (failed >= limits.signInPerAccount.limit) {
    const wait = slowDownSeconds(limits.signInSlowSeconds, failed, limits.signInPerAccount.limit);
    await limitAttempts(context, `sign-in:slow:${account}`, { limit: 1, windowSeconds: wait });
  }

  const row = await findAccountByEmail(context.db.kysely, email);
  const valid =
    row === undefined
      ? await verifyAgainstNothing(input.password)
      : await verifyPassword(row.password_hash, input.password);
  const at = context.now().toISOString();
  if (row === undefined || !valid) {
    await countFailure(context, pairKey, limits.signInPerAccountAndIp);
    await countFailure(context, failureKey, limits.signInPerAccount);
    await recordAudit(context.db.kysely, {
      accountId: row?.id ?? null,
      actorId: null,
      action: 'sign-in-failed',
      // Not the email itself: an unknown address typed by mistake may be someone else's.
      detail: row === undefined ? { reason: 'unknown-email' } : { reason: 'wrong-password' },
      ip: meta.ip,
      at,
    });
    throw new ServiceError('not-signed-in', 'The email address or password is not right.');
  }
  // This address is known good for this account again.
  await deleteCounter(context.db.kysely, pairKey);
  if (row.email_confirmed_at === null) await refuseUntilConfirmed(context, row, meta, at);
  return context.db.kysely.transaction().execute(async (trx) => {
    await recordAudit(trx, { accountId: row.id, actorId: row.id, action: 'sign-in', ip: meta.ip, at });
    const session = await startSession(trx, context, row.id);
    return { account: toAccount(row), session, ...(await clinicianSignIn(trx, row.id, at)) };
  });
}

/**
 * A clinician's sign-in goes into the access log too (NEN 7513), acting for no practice yet, and
 * the answer says what the second factor still needs. Nothing for anyone else.
 */
export async function clinicianSignIn(
  trx: Executor,
  accountId: string,
  at: string,
): Promise<{ secondFactor?: SecondFactorDemand }> {
  const demand = await secondFactorDemand(trx, accountId);
  if (demand === undefined) return {};
  await recordAccess(trx, {
    at,
    actorId: accountId,
    practiceId: null,
    patientId: null,
    resource: 'session',
    action: 'sign-in',
  });
  return { secondFactor: demand };
}

/**
 * Checks the password of a known account where a mailed link asks for it (joining a practice): a
 * wrong one counts as a failed sign-in, from this address and for the account, as at `POST /session`.
 */
export async function checkPasswordAsSignIn(
  context: ServiceContext,
  row: AccountRow,
  password: string,
  meta: RequestMeta,
): Promise<void> {
  const limits = context.config.rateLimits;
  const account = hashToken(row.email);
  const pairKey = signInPairKey(account, meta.ip);
  await refuseAfterFailures(context, pairKey, limits.signInPerAccountAndIp);
  if (await verifyPassword(row.password_hash, password)) {
    await deleteCounter(context.db.kysely, pairKey);
    return;
  }
  await countFailure(context, pairKey, limits.signInPerAccountAndIp);
  await countFailure(context, `sign-in:failures:${account}`, limits.signInPerAccount);
  await recordAudit(context.db.kysely, {
    accountId: row.id,
    actorId: null,
    action: 'sign-in-failed',
    detail: { reason: 'wrong-password' },
    ip: meta.ip,
    at: context.now().toISOString(),
  });
  throw invalidInput([
    { path: 'password', message: 'is not the password of the account with this email address' },
  ]);
}

/**
 * The right password for an account whose address is not confirmed yet: no session until the mailed
 * link is followed. The link is sent again (within the mail limit), since the first may be lost.
 * Only said to whoever knows the password, so it tells a stranger nothing.
 */
async function refuseUntilConfirmed(
  context: ServiceContext,
  row: AccountRow,
  meta: RequestMeta,
  at: string,
): Promise<never> {
  const mailAllowed = await mayMail(context, row.email);
  const mail = await context.db.kysely.transaction().execute(async (trx) => {
    await recordAudit(trx, {
      accountId: row.id,
      actorId: row.id,
      action: 'sign-in-unconfirmed',
      ip: meta.ip,
      at,
    });
    return mailAllowed ? confirmationFor(trx, context, row) : undefined;
  });
  if (mail !== undefined) context.mail.send(mail);
  throw new ServiceError(
    'email-not-confirmed',
    'Confirm your email address first: open the link in the mail we sent you. We have sent it again.',
  );
}

/** Every use of a mailed link counts against the per-address sign-in limit: a token guesser waits. */
export function limitLinkAttempts(context: ServiceContext, meta: RequestMeta): Promise<void> {
  return limitAttempts(
    context,
    `email-link:ip:${meta.ip ?? 'unknown'}`,
    context.config.rateLimits.signInPerIp,
  );
}

/** True when a mailed link's stored row is there and has not expired at `now`. */
export function linkIsLive<T extends { expiresAt: Date | string }>(row: T | undefined, now: Date): row is T {
  return row !== undefined && new Date(toIso(row.expiresAt)).getTime() > now.getTime();
}

/** A link that was used, has expired, or never was: one answer, naming the field. */
export function invalidLink(): ServiceError {
  return invalidInput([
    {
      path: 'token',
      code: 'invalid-link',
      message: 'this link has been used, has expired or is not complete; ask for a new one',
    },
  ]);
}

/**
 * Follows a confirmation link: the address is the person's, the account can be used, and the
 * person is signed in.
 */
export async function confirmEmail(
  context: ServiceContext,
  input: { token: string },
  meta: RequestMeta,
): Promise<SignedIn> {
  await limitLinkAttempts(context, meta);
  const now = context.now();
  const at = now.toISOString();
  return context.db.kysely.transaction().execute(async (trx) => {
    const token = await takeEmailToken(trx, hashToken(input.token), 'confirm-email');
    if (!linkIsLive(token, now)) throw invalidLink();
    const row = await findAccountById(trx, token.accountId);
    if (row === undefined) throw invalidLink();
    await markEmailConfirmed(trx, row.id, at);
    await deleteEmailTokensFor(trx, row.id, 'confirm-email');
    await recordAudit(trx, {
      accountId: row.id,
      actorId: row.id,
      action: 'email-confirmed',
      ip: meta.ip,
      at,
    });
    return { account: toAccount(row), session: await startSession(trx, context, row.id) };
  });
}

export async function signOut(context: ServiceContext, token: string): Promise<void> {
  await deleteSession(context.db.kysely, hashToken(token));
}

/**
 * The signed-in account for a session token, or undefined. A session in use is extended once it
 * is half way to expiry, so an active person is not signed out, at one write per half period.
 */
export async function authenticate(
  context: ServiceContext,
  token: string,
): Promise<
  { account: Account; csrfToken: string; standing: SessionStanding; planVersion: number } | undefined
> {
  const now = context.now();
  const session: SessionRecord | undefined = await findLiveSession(
    context.db.kysely,
    hashToken(token),
    now.toISOString(),
  );
  if (session === undefined) return undefined;
  const periodMs = context.config.sessionDays * DAY_MS;
  if (new Date(toIso(session.expiresAt)).getTime() - now.getTime() < periodMs / 2) {
    await extendSession(
      context.db.kysely,
      session.tokenHash,
      new Date(now.getTime() + periodMs).toISOString(),
    );
  }
  return {
    account: session.account,
    csrfToken: session.csrfToken,
    planVersion: session.planVersion,
    standing: {
      secondFactorProven: session.secondFactorAt !== null,
      actingPracticeId: session.actingPracticeId,
    },
  };
}

/**
 * The signed-in account, once `password` proves it is theirs. A stolen session must not make a
 * password guesser: wrong passwords here count as failed sign-ins from this address, and the same
 * per-address limit applies (docs/security.md).
 */
async function accountWithPassword(
  context: ServiceContext,
  actor: Actor,
  field: 'currentPassword' | 'password',
  password: string,
  meta: RequestMeta,
): Promise<AccountRow> {
  const row = await findAccountById(context.db.kysely, actor.id);
  if (row === undefined) throw new ServiceError('not-signed-in', 'Please sign in again.');
  const rule = context.config.rateLimits.signInPerAccountAndIp;
  const pairKey = signInPairKey(hashToken(row.email), meta.ip);
  await refuseAfterFailures(context, pairKey, rule);
  if (!(await verifyPassword(row.password_hash, password))) {
    await countFailure(context, pairKey, rule);
    throw invalidInput([{ path: field, message: 'is not your current password' }]);
  }
  return row;
}

/** The account's language and time zone, as the person set them (on any device). */
export async function changeAccount(
  context: ServiceContext,
  actor: Actor,
  changes: { locale?: 'nl' | 'en' | undefined; timeZone?: string | undefined },
): Promise<Account> {
  await updateAccountSettings(context.db.kysely, actor.id, changes, context.now().toISOString());
  const row = await findAccountById(context.db.kysely, actor.id);
  if (row === undefined) throw new ServiceError('not-signed-in', 'Please sign in again.');
  return toAccount(row);
}

/** Changes the password and signs out every other session (a stolen one among them). */
export async function changePassword(
  context: ServiceContext,
  actor: Actor,
  token: string,
  input: { currentPassword: string; newPassword: string },
  meta: RequestMeta,
): Promise<void> {
  const row = await accountWithPassword(context, actor, 'currentPassword', input.currentPassword, meta);
  refuseWeakPassword('newPassword', input.newPassword, row.email);
  const hash = await hashPassword(input.newPassword);
  const at = context.now().toISOString();
  await context.db.kysely.transaction().execute(async (trx) => {
    await updatePasswordHash(trx, actor.id, hash, at);
    await deleteOtherSessions(trx, actor.id, hashToken(token));
    // A reset link mailed before the change would undo it.
    await deleteEmailTokensFor(trx, actor.id, 'password-reset');
    await recordAudit(trx, {
      accountId: actor.id,
      actorId: actor.id,
      action: 'password-changed',
      ip: meta.ip,
      at,
    });
  });
}

/**
 * Deletes the account and everything about the person. What remains is one audit row saying that
 * an account with this (random) id was deleted and when: no email, no address, no health data.
 */
export async function deleteAccount(
  context: ServiceContext,
  actor: Actor,
  password: string,
  meta: RequestMeta,
): Promise<void> {
  const row = await accountWithPassword(context, actor, 'password', password, meta);
  const at = context.now().toISOString();
  await context.db.kysely.transaction().execute(async (trx) => {
    await refuseLeavingPracticeWithoutAdmin(context, trx, actor.id);
    await eraseAccount(trx, { id: actor.id, email: row.email }, actor.id, at);
  });
  // Nor in this process's memory (another process never serves it: the session is gone, and its
  // kept answer ages out as others are kept).
  context.todayCache?.forget(actor.id);
  // Only once the answer is certain: nothing deleted may stay readable in the database's files.
  await flushErasure(context.db);
}

/**
 * The only admin of a practice that has other members or linked patients may not go: nobody could
 * manage it after them. Alone in a practice with nobody linked, they may. Each practice is locked
 * first, as a change of roles locks it, so two admins leaving at once cannot both pass. Every such
 * practice is named at once (`practices` in the problem), so the person does not learn of them one
 * refusal at a time.
 */
async function refuseLeavingPracticeWithoutAdmin(
  context: ServiceContext,
  trx: Executor,
  accountId: string,
): Promise<void> {
  const relyingOnThem: ProblemPractice[] = [];
  for (const membership of await membershipsOf(trx, accountId)) {
    if (!membership.isAdmin) continue;
    await lockPractice(trx, membership.practiceId, context.db.dialect);
    if ((await countAdmins(trx, membership.practiceId)) > 1) continue;
    if (await practiceHasOthers(trx, membership.practiceId, accountId)) {
      relyingOnThem.push({ practiceId: membership.practiceId, name: membership.practiceName });
    }
  }
  if (relyingOnThem.length === 0) return;
  const names = relyingOnThem.map((practice) => practice.name).join(', ');
  throw new ServiceError(
    'last-admin',
    `You are the only admin of ${names}. Make another member admin first (or, once no patients are linked, remove the other members), then delete your account.`,
    { practices: relyingOnThem },
  );
}

/**
 * Every row about an account, in the caller's transaction, and then the one audit row that says an
 * account with this (random) id was deleted, by whom (the person, or nobody: housekeeping).
 */
export async function eraseAccount(
  trx: Executor,
  account: { id: string; email: string },
  actorId: string | null,
  at: string,
  detail?: Readonly<Record<string, unknown>>,
): Promise<void> {
  await deleteAccountRows(trx, account.id);
  await deleteAuditFor(trx, account.id);
  // The counters keyed by the hash of the email go too: a hash of a known address is the address.
  await deleteCountersFor(trx, hashToken(account.email));
  await recordAudit(trx, {
    accountId: account.id,
    actorId,
    action: 'account-deleted',
    ...(detail !== undefined && { detail }),
    ip: null,
    at,
  });
}
