/**
 * The patient's side of the care team (docs/care-team.md): seeing what a practice's invite would
 * allow, agreeing to it, the running links, and ending one. A wrong code, a wrong year, an expired or
 * a used invite all give one and the same answer, and count against per-account and per-address limits.
 */
import { normaliseInviteCode } from '../auth/invite-codes.js';
import { hashToken } from '../auth/tokens.js';
import { recordAccess } from '../repositories/access-log.repository.js';
import {
  agreeOnLink,
  endLinkOfPatient,
  hasRunningLink,
  insertCareLink,
  listEndedLinksOfPatient,
  listRunningLinksOfPatient,
  type EndedLink,
} from '../repositories/care-links.repository.js';
import { findOpenInvite, takeOpenInvite } from '../repositories/patient-invites.repository.js';
import type { Account } from './accounts.service.js';
import type { RequestMeta } from './access.js';
import { CONSENT_VERSION, currentConsent, newerConsentThan, type Consent } from './consent.js';
import type { ServiceContext } from './context.js';
import { isUniqueViolation, ServiceError } from './errors.js';
import { countFailure, refuseAfterFailures } from './rate-limiter.js';

export interface InviteAnswerInput {
  code: string;
  birthYear: number;
}

/** The one answer to every invite that does not work, whichever part was wrong. */
function noSuchInvite(): ServiceError {
  const message = 'does not match an open invitation: check the code and the year of birth';
  return new ServiceError('invalid-input', 'This code and year of birth do not open an invitation.', {
    errors: [
      { path: 'code', message, code: 'invalid-link' },
      { path: 'birthYear', message, code: 'invalid-link' },
    ],
  });
}

function limitKeys(account: Account, meta: RequestMeta) {
  return [
    // The email's hash, as for sign-ins: the counter goes with the account when it is deleted.
    { key: `care-link:account:${hashToken(account.email)}`, rule: 'linkAttemptsPerAccount' as const },
    { key: `care-link:ip:${meta.ip ?? 'unknown'}`, rule: 'linkAttemptsPerIp' as const },
  ];
}

/** Refuses while this account or this address has had too many wrong invites in the window. */
async function refuseWhenGuessing(
  context: ServiceContext,
  account: Account,
  meta: RequestMeta,
): Promise<void> {
  for (const { key, rule } of limitKeys(account, meta)) {
    await refuseAfterFailures(context, key, context.config.rateLimits[rule]);
  }
}

async function countWrongInvite(context: ServiceContext, account: Account, meta: RequestMeta): Promise<void> {
  for (const { key, rule } of limitKeys(account, meta)) {
    await countFailure(context, key, context.config.rateLimits[rule]);
  }
}

export interface LinkPreview {
  practice: { name: string };
  clinician: { displayName: string | null };
  patientName: string;
  consent: Consent;
}

/** What the patient would agree to, before agreeing; changes nothing but the counters of wrong tries. */
export async function previewLink(
  context: ServiceContext,
  account: Account,
  input: InviteAnswerInput,
  meta: RequestMeta,
): Promise<LinkPreview> {
  await refuseWhenGuessing(context, account, meta);
  const code = normaliseInviteCode(input.code);
  const invite = await findOpenInvite(context.db.kysely, code, input.birthYear, context.now().toISOString());
  if (invite === undefined) {
    await countWrongInvite(context, account, meta);
    throw noSuchInvite();
  }
  return {
    practice: { name: invite.practiceName },
    clinician: { displayName: invite.clinicianDisplayName },
    patientName: invite.patientName,
    consent: currentConsent(account.locale),
  };
}

export interface PatientsLinkAnswer {
  id: string;
  practice: { name: string };
  clinician: { kind: 'clinician'; displayName: string | null } | { kind: 'former-member' };
  since: string;
  consentVersion: string;
  /** A newer consent the patient has not agreed to for this link yet; null when theirs is current. */
  newerConsentVersion: string | null;
}

function alreadyLinked(): ServiceError {
  return new ServiceError('conflict', 'You are already linked with this practice.');
}

/** Agreement counts only for the version the patient was shown, which must be the current one. */
function refuseStaleConsent(version: string): void {
  if (version !== CONSENT_VERSION) {
    throw new ServiceError(
      'conflict',
      `What clinicians may see or change has changed (now version ${CONSENT_VERSION}): show it again and ask anew.`,
    );
  }
}

/** Thrown inside the transaction so it rolls back, and counted once it has. */
class WrongInvite extends Error {}

/**
 * Links the patient with the invite's practice, with the consent they saw: the invite is used up, the
 * link stores the consent's version and time, and the access log says so, all in one transaction.
 */
export async function acceptLink(
  context: ServiceContext,
  account: Account,
  input: InviteAnswerInput & { consentVersion: string },
  meta: RequestMeta,
): Promise<PatientsLinkAnswer> {
  refuseStaleConsent(input.consentVersion);
  await refuseWhenGuessing(context, account, meta);
  const code = normaliseInviteCode(input.code);
  const at = context.now().toISOString();
  const id = crypto.randomUUID();
  try {
    await context.db.kysely.transaction().execute(async (trx) => {
      const invite = await takeOpenInvite(trx, code, input.birthYear, at);
      if (invite === undefined) {
        // The same request twice (a double tap): the first one linked, so say that.
        if (await hasRunningLink(trx, account.id, { inviteCode: code })) throw alreadyLinked();
        throw new WrongInvite();
      }
      if (await hasRunningLink(trx, account.id, { practiceId: invite.practiceId })) throw alreadyLinked();
      await insertCareLink(trx, {
        id,
        patientId: account.id,
        practiceId: invite.practiceId,
        clinicianId: invite.clinicianId,
        patientName: invite.patientName,
        inviteCode: code,
        consentVersion: CONSENT_VERSION,
        consentedAt: at,
      });
      await recordAccess(trx, {
        at,
        actorId: account.id,
        practiceId: invite.practiceId,
        patientId: account.id,
        resource: 'care-link',
        action: 'consent',
      });
    });
  } catch (error) {
    if (error instanceof WrongInvite) {
      await countWrongInvite(context, account, meta);
      throw noSuchInvite();
    }
    // Two invites of one practice accepted at once: the index allows one running link.
    if (isUniqueViolation(error)) throw alreadyLinked();
    throw error;
  }
  const link = (await listRunningLinksOfPatient(context.db.kysely, account.id)).find((one) => one.id === id);
  if (link === undefined) throw new Error('a link just made could not be read back');
  return answerFor(link);
}

function answerFor(link: Awaited<ReturnType<typeof listRunningLinksOfPatient>>[number]): PatientsLinkAnswer {
  return {
    id: link.id,
    practice: { name: link.practiceName },
    clinician:
      link.clinician === null
        ? { kind: 'former-member' }
        : { kind: 'clinician', displayName: link.clinician.displayName },
    since: link.since,
    consentVersion: link.consentVersion,
    newerConsentVersion: newerConsentThan(link.consentVersion),
  };
}

/** How many ended links the care team shows: enough to remember, never a growing answer. */
export const ENDED_LINKS_SHOWN = 20;

/** A link that has ended, as its patient sees it: which practice, from when to when, and who ended it. */
export interface EndedLinkAnswer {
  practice: { name: string };
  since: string;
  endedAt: string;
  endedBy: 'you' | 'practice';
}

export interface CareTeamAnswer {
  links: PatientsLinkAnswer[];
  ended: EndedLinkAnswer[];
}

function endedAnswerFor(link: EndedLink): EndedLinkAnswer {
  return {
    practice: { name: link.practiceName },
    since: link.consentedAt,
    endedAt: link.endedAt,
    endedBy: whoEnded(link.endedBy),
  };
}

function whoEnded(endedBy: EndedLink['endedBy']): EndedLinkAnswer['endedBy'] {
  switch (endedBy) {
    case 'patient':
      return 'you';
    case 'clinician':
      return 'practice';
  }
}

/**
 * The patient's running links, with today's names, and the last links that ended, so a link a
 * practice ended does not just vanish from the patient's view.
 */
export async function listCareTeam(context: ServiceContext, account: Account): Promise<CareTeamAnswer> {
  const db = context.db.kysely;
  return {
    links: (await listRunningLinksOfPatient(db, account.id)).map(answerFor),
    ended: (await listEndedLinksOfPatient(db, account.id, ENDED_LINKS_SHOWN)).map(endedAnswerFor),
  };
}

/** The patient ends a link: from the next request on, no clinician of that practice reaches the record. */
export async function revokeLink(context: ServiceContext, account: Account, linkId: string): Promise<void> {
  const at = context.now().toISOString();
  await context.db.kysely.transaction().execute(async (trx) => {
    const ended = await endLinkOfPatient(trx, account.id, linkId, at);
    if (ended === undefined) throw new ServiceError('not-found', 'You have no running link with this id.');
    await recordAccess(trx, {
      at,
      actorId: account.id,
      practiceId: ended.practiceId,
      patientId: account.id,
      resource: 'care-link',
      action: 'revoke',
    });
  });
}

/**
 * The patient agrees to the current consent for a running link made under an older one (what it
 * allows reaches the practice from the next request on). Agreeing again to the version the link has
 * changes nothing but is written to the access log too: it is what the patient did.
 */
export async function agreeToConsent(
  context: ServiceContext,
  account: Account,
  linkId: string,
  consentVersion: string,
): Promise<PatientsLinkAnswer> {
  refuseStaleConsent(consentVersion);
  const at = context.now().toISOString();
  await context.db.kysely.transaction().execute(async (trx) => {
    const agreed = await agreeOnLink(trx, account.id, linkId, CONSENT_VERSION);
    if (agreed === undefined) throw new ServiceError('not-found', 'You have no running link with this id.');
    await recordAccess(trx, {
      at,
      actorId: account.id,
      practiceId: agreed.practiceId,
      patientId: account.id,
      resource: 'care-link',
      action: 'consent',
    });
  });
  const link = (await listRunningLinksOfPatient(context.db.kysely, account.id)).find(
    (one) => one.id === linkId,
  );
  if (link === undefined) throw new ServiceError('not-found', 'You have no running link with this id.');
  return answerFor(link);
}
