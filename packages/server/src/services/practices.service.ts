/**
 * Practices and their members (docs/care-team.md): the first practice from the command line, members
 * invited by a mailed single-use link, and admins who list and remove members. Being admin gives no
 * patient data; a practice one is no admin of is answered as not found.
 */
import type { Insertable } from 'kysely';
import { hashPassword } from '../auth/passwords.js';
import { hashToken, newToken } from '../auth/tokens.js';
import type { AccountsTable } from '../db/schema.js';
import { LINK_PATHS, linkWithToken, memberInviteMail, type MailLocale } from '../mail/messages.js';
import {
  findAccountByEmail,
  findAccountById,
  insertAccount,
  markEmailConfirmed,
  setDisplayName,
} from '../repositories/accounts.repository.js';
import { recordAudit } from '../repositories/audit.repository.js';
import {
  findMemberInvite,
  insertMemberInvite,
  takeMemberInvite,
} from '../repositories/member-invites.repository.js';
import {
  addMember,
  countAdmins,
  deleteMember,
  findPracticeName,
  insertPractice,
  listMembers,
  lockPractice,
  membershipsOf,
  rolesIn,
  setRoles,
  type Member,
  type Membership,
  type Roles,
} from '../repositories/practices.repository.js';
import { stopActingFor } from '../repositories/sessions.repository.js';
import type { RequestMeta } from './access.js';
import { mayMail } from './account-mail.js';
import {
  checkPasswordAsSignIn,
  clinicianSignIn,
  invalidLink,
  limitLinkAttempts,
  linkIsLive,
  normaliseEmail,
  refuseWeakPassword,
  startSession,
  toAccount,
  type SignedIn,
} from './accounts.service.js';
import type { SessionStanding } from './accounts.service.js';
import type { ServiceContext } from './context.js';
import {
  resetSecondFactor,
  secondFactorDemand,
  tellSecondFactorReset,
  type SecondFactorDemand,
} from './second-factor.service.js';
import { invalidInput, isUniqueViolation, ServiceError } from './errors.js';
import { isOneLine } from './text-rules.js';

/** How long an invitation to join a practice works: a colleague may be away for a week. */
export const MEMBER_INVITE_DAYS = 7;

/** What a new member account starts with; they change it under `PATCH /me`. */
const NEW_MEMBER_SETTINGS = { locale: 'nl', timeZone: 'Europe/Amsterdam' } as const;

export interface NewPractice {
  practiceId: string;
  /** The single-use link for the first admin. */
  link: string;
  /** True when it went by SMTP; otherwise it went to the log, and whoever made it passes it on. */
  mailed: boolean;
}

/** A practice's name as people see it: one line of plain text. */
function practiceName(name: string): string {
  const trimmed = name.trim();
  // Control characters (line breaks among them) have no place in a name that goes into mail subjects.
  if (trimmed.length === 0 || trimmed.length > 120 || !isOneLine(trimmed)) {
    throw invalidInput([{ path: 'name', message: 'must be one line of 1 to 120 characters' }]);
  }
  return trimmed;
}

/**
 * Stores an invite (in the caller's transaction) and returns the mail with its link; the caller
 * sends it once the transaction commits.
 */
async function issueInvite(
  trx: Parameters<typeof insertMemberInvite>[0],
  context: ServiceContext,
  invite: { practiceId: string; practiceName: string; email: string; roles: Roles; invitedBy: string | null },
  locale: MailLocale,
) {
  const token = newToken();
  const now = context.now();
  await insertMemberInvite(
    trx,
    {
      tokenHash: hashToken(token),
      practiceId: invite.practiceId,
      email: invite.email,
      roles: invite.roles,
      invitedBy: invite.invitedBy,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + MEMBER_INVITE_DAYS * 86_400_000).toISOString(),
    },
    context.db.dialect,
  );
  const link = linkWithToken(context.mail.appUrl(), LINK_PATHS.joinPractice, token);
  const mail = memberInviteMail(invite.email, locale, {
    link,
    practiceName: invite.practiceName,
    roles: invite.roles,
    days: MEMBER_INVITE_DAYS,
  });
  return { link, mail };
}

/** The language of an invitation: as asked, else that of the account the address has, else Dutch. */
async function inviteLocale(context: ServiceContext, email: string, asked: MailLocale | undefined) {
  if (asked !== undefined) return asked;
  return (await findAccountByEmail(context.db.kysely, email))?.locale ?? NEW_MEMBER_SETTINGS.locale;
}

/**
 * `wandelcoach practice create`: a new practice and a single-use link that makes `adminEmail` its
 * admin (not a clinician: an admin who treats patients is invited as one too).
 */
export async function createPractice(
  context: ServiceContext,
  input: { name: string; adminEmail: string; locale?: MailLocale | undefined },
): Promise<NewPractice> {
  const name = practiceName(input.name);
  const email = normaliseEmail(input.adminEmail);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254) {
    throw invalidInput([{ path: 'adminEmail', message: 'must be an email address' }]);
  }
  const locale = await inviteLocale(context, email, input.locale);
  const practiceId = crypto.randomUUID();
  const { link, mail } = await context.db.kysely.transaction().execute(async (trx) => {
    await insertPractice(trx, { id: practiceId, name, createdAt: context.now().toISOString() });
    return issueInvite(
      trx,
      context,
      {
        practiceId,
        practiceName: name,
        email,
        roles: { isAdmin: true, isClinician: false },
        invitedBy: null,
      },
      locale,
    );
  });
  context.mail.send(mail);
  return { practiceId, link, mailed: context.config.mail !== undefined };
}

/** The practice's name when `accountId` is its admin; otherwise not found, as if there were none. */
async function practiceAdministeredBy(
  context: ServiceContext,
  accountId: string,
  practiceId: string,
): Promise<string> {
  const db = context.db.kysely;
  const roles = await rolesIn(db, practiceId, accountId);
  const name = roles?.isAdmin === true ? await findPracticeName(db, practiceId) : undefined;
  if (name === undefined) throw new ServiceError('not-found', 'No such practice.');
  return name;
}

/** An admin invites someone by email, as clinician, admin or both; the link goes by mail. */
export async function inviteMember(
  context: ServiceContext,
  adminId: string,
  practiceId: string,
  input: { email: string; clinician: boolean; admin: boolean; locale?: MailLocale | undefined },
): Promise<void> {
  const name = await practiceAdministeredBy(context, adminId, practiceId);
  if (!input.clinician && !input.admin) {
    throw invalidInput([
      { path: 'clinician', message: 'an invitation makes someone clinician, admin or both' },
    ]);
  }
  const email = normaliseEmail(input.email);
  const existing = await findAccountByEmail(context.db.kysely, email);
  if (existing !== undefined && (await rolesIn(context.db.kysely, practiceId, existing.id)) !== undefined) {
    throw new ServiceError('conflict', 'This address belongs to a member of the practice already.');
  }
  if (!(await mayMail(context, email))) {
    throw new ServiceError('rate-limited', 'Too many mails to this address. Wait a while and try again.', {
      retryAfterSeconds: context.config.rateLimits.mailsPerAddress.windowSeconds,
    });
  }
  const locale = input.locale ?? existing?.locale ?? NEW_MEMBER_SETTINGS.locale;
  const roles = { isAdmin: input.admin, isClinician: input.clinician };
  const { mail } = await context.db.kysely
    .transaction()
    .execute((trx) =>
      issueInvite(trx, context, { practiceId, practiceName: name, email, roles, invitedBy: adminId }, locale),
    );
  context.mail.send(mail);
}

export interface AcceptInvite {
  token: string;
  password: string;
  displayName?: string | undefined;
  /** The language of the join screen: a new account starts in it (Dutch when not given). */
  locale?: MailLocale | undefined;
}

/**
 * Follows an invitation: the address gets an account with this password if it has none (the link
 * came by mail, so the address is confirmed), or proves it is the person's with the account's own
 * password; either way it becomes a member and is signed in. The invite is used up.
 */
export async function acceptMemberInvite(
  context: ServiceContext,
  input: AcceptInvite,
  meta: RequestMeta,
): Promise<SignedIn> {
  await limitLinkAttempts(context, meta);
  const now = context.now();
  const tokenHash = hashToken(input.token);
  const invite = await findMemberInvite(context.db.kysely, tokenHash);
  if (!linkIsLive(invite, now)) throw invalidLink();
  const existing = await findAccountByEmail(context.db.kysely, invite.email);
  const displayName = input.displayName?.trim();
  if (invite.roles.isClinician && displayName === undefined && (existing?.display_name ?? null) === null) {
    throw invalidInput([
      { path: 'displayName', message: 'is required: patients see the name of their clinician' },
    ]);
  }
  let newRow: Insertable<AccountsTable> | undefined;
  const at = now.toISOString();
  if (existing === undefined) {
    refuseWeakPassword('password', input.password, invite.email);
    newRow = {
      id: crypto.randomUUID(),
      email: invite.email,
      password_hash: await hashPassword(input.password),
      role: 'patient',
      locale: input.locale ?? NEW_MEMBER_SETTINGS.locale,
      time_zone: NEW_MEMBER_SETTINGS.timeZone,
      created_at: at,
      updated_at: at,
      email_confirmed_at: at,
      display_name: displayName ?? null,
    };
  } else {
    await checkPasswordAsSignIn(context, existing, input.password, meta);
  }
  const accountId = existing?.id ?? newRow?.id ?? '';
  try {
    return await joinWithInvite(context, { tokenHash, newRow, accountId, displayName, now, meta });
  } catch (error) {
    // An account made with this address between the look-up above and now (a sign-up at the same
    // moment): nothing was taken or stored, and the invitation still works with that account.
    if (newRow !== undefined && isUniqueViolation(error)) {
      throw new ServiceError(
        'conflict',
        'An account with this address was made just now. Accept the invitation again with its password.',
      );
    }
    throw error;
  }
}

/** The invitation taken and the membership made, in one transaction: of two uses at once, one wins. */
async function joinWithInvite(
  context: ServiceContext,
  join: {
    tokenHash: string;
    newRow: Insertable<AccountsTable> | undefined;
    accountId: string;
    displayName: string | undefined;
    now: Date;
    meta: RequestMeta;
  },
): Promise<SignedIn> {
  const { tokenHash, newRow, accountId, displayName, now, meta } = join;
  const at = now.toISOString();
  return context.db.kysely.transaction().execute(async (trx) => {
    // Taken only now, in one statement: of two uses of the link at once, one wins.
    const taken = await takeMemberInvite(trx, tokenHash);
    if (!linkIsLive(taken, now)) throw invalidLink();
    if (newRow !== undefined) {
      await insertAccount(trx, newRow);
      await recordAudit(trx, { accountId, actorId: accountId, action: 'sign-up', ip: meta.ip, at });
    } else {
      await markEmailConfirmed(trx, accountId, at);
      if (displayName !== undefined) await setDisplayName(trx, accountId, displayName, at);
    }
    await addMember(
      trx,
      { practiceId: taken.practiceId, accountId, roles: taken.roles, at },
      context.db.dialect,
    );
    await recordAudit(trx, {
      accountId,
      actorId: accountId,
      action: 'practice-joined',
      detail: {
        practiceId: taken.practiceId,
        admin: taken.roles.isAdmin,
        clinician: taken.roles.isClinician,
      },
      ip: meta.ip,
      at,
    });
    await recordAudit(trx, { accountId, actorId: accountId, action: 'sign-in', ip: meta.ip, at });
    const row = await findAccountById(trx, accountId);
    if (row === undefined) throw invalidLink();
    const session = await startSession(trx, context, accountId);
    return { account: toAccount(row), session, ...(await clinicianSignIn(trx, accountId, at)) };
  });
}

/** The practices the account belongs to, with its roles in each. */
export function practicesOf(context: ServiceContext, accountId: string): Promise<Membership[]> {
  return membershipsOf(context.db.kysely, accountId);
}

/** A member's roles anywhere and whom the session acts for, for the app's start. */
export interface MemberStanding {
  clinician: boolean;
  admin: boolean;
  actingPracticeId: string | null;
  /** The name the member goes by (given when they joined); null when none was given. */
  displayName: string | null;
}

/**
 * What `GET /session` tells beyond the account: for a member of a practice, as what, and whom the
 * session acts for; for a clinician, what the second factor still needs. The app opens the practice's
 * screens for members and the patient's own for everyone else. Nothing for anyone else.
 */
export async function sessionStanding(
  context: ServiceContext,
  accountId: string,
  standing: SessionStanding,
): Promise<{ membership?: MemberStanding; secondFactor?: SecondFactorDemand }> {
  const db = context.db.kysely;
  const memberships = await membershipsOf(db, accountId);
  if (memberships.length === 0) return {};
  const secondFactor = standing.secondFactorProven ? undefined : await secondFactorDemand(db, accountId);
  const account = await findAccountById(db, accountId);
  return {
    membership: {
      clinician: memberships.some((m) => m.isClinician),
      admin: memberships.some((m) => m.isAdmin),
      actingPracticeId: standing.actingPracticeId,
      displayName: account?.display_name ?? null,
    },
    ...(secondFactor !== undefined && { secondFactor }),
  };
}

/** For the practice's admin only: who its members are. */
export async function membersOf(
  context: ServiceContext,
  adminId: string,
  practiceId: string,
): Promise<Member[]> {
  await practiceAdministeredBy(context, adminId, practiceId);
  return listMembers(context.db.kysely, practiceId);
}

/**
 * For the practice's admin only: removes a member. A clinician's access ends with the next request
 * (every clinician request checks the membership); the last admin stays, or nobody could manage it.
 */
export async function removeMember(
  context: ServiceContext,
  adminId: string,
  practiceId: string,
  memberId: string,
): Promise<void> {
  await practiceAdministeredBy(context, adminId, practiceId);
  await context.db.kysely.transaction().execute(async (trx) => {
    await lockPractice(trx, practiceId, context.db.dialect);
    const roles = await rolesIn(trx, practiceId, memberId);
    if (roles === undefined) throw new ServiceError('not-found', 'No such member.');
    if (roles.isAdmin && (await countAdmins(trx, practiceId)) <= 1) {
      throw new ServiceError('conflict', 'This is the practice’s last admin; make someone else admin first.');
    }
    await deleteMember(trx, practiceId, memberId);
    await stopActingFor(trx, memberId, practiceId);
    await recordAudit(trx, {
      accountId: memberId,
      actorId: adminId,
      action: 'practice-left',
      detail: { practiceId },
      ip: null,
      at: context.now().toISOString(),
    });
  });
}

/**
 * For the practice's admin only: sets a member's roles, the admin's own too (a small practice's admin
 * is often its physiotherapist). The last admin stays admin; a new clinician needs a name patients will
 * see; a member no longer clinician stops acting for the practice at once.
 */
export async function changeMemberRoles(
  context: ServiceContext,
  adminId: string,
  target: { practiceId: string; memberId: string },
  change: { clinician?: boolean | undefined; admin?: boolean | undefined; displayName?: string | undefined },
): Promise<Member> {
  const { practiceId, memberId } = target;
  await practiceAdministeredBy(context, adminId, practiceId);
  const at = context.now().toISOString();
  return context.db.kysely.transaction().execute(async (trx) => {
    await lockPractice(trx, practiceId, context.db.dialect);
    const roles = await rolesIn(trx, practiceId, memberId);
    if (roles === undefined) throw new ServiceError('not-found', 'No such member.');
    const next: Roles = {
      isAdmin: change.admin ?? roles.isAdmin,
      isClinician: change.clinician ?? roles.isClinician,
    };
    if (roles.isAdmin && !next.isAdmin && (await countAdmins(trx, practiceId)) <= 1) {
      throw new ServiceError('conflict', 'This is the practice’s last admin; make someone else admin first.');
    }
    const account = await findAccountById(trx, memberId);
    if (account === undefined) throw new ServiceError('not-found', 'No such member.');
    const displayName = change.displayName?.trim();
    if (
      next.isClinician &&
      !roles.isClinician &&
      displayName === undefined &&
      account.display_name === null
    ) {
      throw invalidInput([
        { path: 'displayName', message: 'is required: patients see the name of their clinician' },
      ]);
    }
    // A name is the member's own, shown to their patients of every practice they work for: an admin
    // gives one to a member who has none, or changes their own, never renames a colleague.
    if (displayName !== undefined && account.display_name !== null && memberId !== adminId) {
      throw invalidInput([
        {
          path: 'displayName',
          message: 'is the member’s own: an admin can only name a member who has no name yet',
        },
      ]);
    }
    if (displayName !== undefined) await setDisplayName(trx, memberId, displayName, at);
    await setRoles(trx, { practiceId, accountId: memberId, roles: next }, context.db.dialect);
    if (!next.isClinician) await stopActingFor(trx, memberId, practiceId);
    await recordAudit(trx, {
      accountId: memberId,
      actorId: adminId,
      action: 'practice-roles-changed',
      detail: { practiceId, admin: next.isAdmin, clinician: next.isClinician },
      ip: null,
      at,
    });
    const member = (await listMembers(trx, practiceId)).find((m) => m.accountId === memberId);
    if (member === undefined) throw new ServiceError('not-found', 'No such member.');
    return member;
  });
}

/**
 * For the practice's admin only: resets a member's second factor when they lost their phone and
 * recovery codes (`resetSecondFactor`: the factor and every session go; the next sign-in sets the
 * app up again), and tells them by mail. Never the admin's own: a stolen admin session must not be
 * able to drop the admin's second factor; another admin, or the operator, does that.
 */
export async function resetMemberSecondFactor(
  context: ServiceContext,
  adminId: string,
  practiceId: string,
  memberId: string,
): Promise<void> {
  const practiceName = await practiceAdministeredBy(context, adminId, practiceId);
  const db = context.db.kysely;
  const [member, admin] = await Promise.all([findAccountById(db, memberId), findAccountById(db, adminId)]);
  const reset = await db.transaction().execute(async (trx) => {
    if (member === undefined || (await rolesIn(trx, practiceId, memberId)) === undefined) {
      throw new ServiceError('not-found', 'No such member.');
    }
    if (memberId === adminId) {
      throw new ServiceError(
        'own-second-factor',
        'You cannot reset your own sign-in code: a stolen session could otherwise drop it. Ask another admin of the practice, or the operator of this installation (wandelcoach practice reset-second-factor).',
      );
    }
    return resetSecondFactor(trx, context, memberId, { adminId, practiceId });
  });
  if (!reset || member === undefined) {
    throw new ServiceError('conflict', 'This member has not set up the authenticator app: nothing to reset.');
  }
  await tellSecondFactorReset(context, member, {
    adminName: admin?.display_name ?? admin?.email ?? '',
    practiceName,
  });
}

/** What `wandelcoach practice reset-second-factor` found at the address. */
export type OperatorReset = 'reset' | 'no-account' | 'no-second-factor';

/**
 * The operator's reset (the command line, for a practice's last admin locked out): any account, by
 * its address. The member is told by mail, as after an admin's reset.
 */
export async function resetSecondFactorByEmail(
  context: ServiceContext,
  email: string,
): Promise<OperatorReset> {
  const account = await findAccountByEmail(context.db.kysely, normaliseEmail(email));
  if (account === undefined) return 'no-account';
  const reset = await context.db.kysely
    .transaction()
    .execute((trx) => resetSecondFactor(trx, context, account.id, 'operator'));
  if (!reset) return 'no-second-factor';
  await tellSecondFactorReset(context, account, 'operator');
  return 'reset';
}
