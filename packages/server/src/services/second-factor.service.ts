/**
 * Clinicians' second factor (docs/care-team.md): setting up TOTP, confirming it with a first code
 * (which hands out the recovery codes), and proving it once per session. A proof marks the session,
 * picks the practice when the clinician has only one, and is written to the access log. A lost phone
 * is reset by a practice admin or the installation's operator (`resetSecondFactor`).
 */
import { acceptedStep, newTotpSecret, otpauthUrl } from '../auth/totp.js';
import { hashRecoveryCode, newRecoveryCodes } from '../auth/recovery-codes.js';
import { hashToken } from '../auth/tokens.js';
import { secondFactorResetMail, type SecondFactorResetter } from '../mail/messages.js';
import { recordAccess } from '../repositories/access-log.repository.js';
import { recordAudit } from '../repositories/audit.repository.js';
import type { Executor } from '../repositories/executor.js';
import {
  clinicianPracticeIds,
  isClinicianAnywhere,
  isClinicianOf,
} from '../repositories/practices.repository.js';
import {
  confirmSecondFactor,
  deleteConfirmedSecondFactor,
  findSecondFactor,
  replaceRecoveryCodes,
  storeUnconfirmedSecret,
  useRecoveryCode,
  useStep,
} from '../repositories/second-factors.repository.js';
import {
  deleteOtherSessions,
  markSecondFactorProven,
  setActingPractice,
} from '../repositories/sessions.repository.js';
import { mayMail } from './account-mail.js';
import type { ServiceContext } from './context.js';
import { invalidInput, ServiceError } from './errors.js';
import { countFailure, refuseAfterFailures } from './rate-limiter.js';

/** What a clinician's sign-in still needs: the code, or setting the factor up first. */
export type SecondFactorDemand = 'required' | 'setup-needed';

/** The signed-in clinician and the session they use (its token, to mark it). */
export interface ClinicianSession {
  account: { id: string; email: string };
  sessionToken: string;
}

/** Undefined for an account that is no clinician anywhere: patients and admins need no second factor. */
export async function secondFactorDemand(
  db: Executor,
  accountId: string,
): Promise<SecondFactorDemand | undefined> {
  if (!(await isClinicianAnywhere(db, accountId))) return undefined;
  const factor = await findSecondFactor(db, accountId);
  return factor?.confirmed === true ? 'required' : 'setup-needed';
}

/**
 * A new secret for the authenticator app, replacing one not confirmed yet. A confirmed factor is not
 * replaced here: that would let a stolen session swap the clinician's phone for another.
 */
export async function setUpSecondFactor(
  context: ServiceContext,
  session: ClinicianSession,
): Promise<{ secret: string; otpauthUrl: string }> {
  const db = context.db.kysely;
  if (!(await isClinicianAnywhere(db, session.account.id))) {
    throw new ServiceError('not-a-clinician', 'Only clinicians of a practice set up a second factor.');
  }
  const secret = newTotpSecret();
  if (!(await storeUnconfirmedSecret(db, session.account.id, secret, context.now().toISOString()))) {
    throw new ServiceError('conflict', 'The second factor is set up already.');
  }
  return { secret, otpauthUrl: otpauthUrl(secret, session.account.email) };
}

function failureKey(accountId: string): string {
  return `second-factor:failures:${accountId}`;
}

/** A wrong code counts against the account's limit, from wherever it was typed. */
async function wrongCode(context: ServiceContext, accountId: string, path: string): Promise<never> {
  await countFailure(context, failureKey(accountId), context.config.rateLimits.secondFactorPerAccount);
  throw invalidInput([{ path, message: 'is not right, or was used already' }]);
}

/**
 * Marks the session proven, acting for the clinician's one practice when there is only one, and
 * writes the proof to the access log.
 */
async function proveSession(trx: Executor, session: ClinicianSession, at: string): Promise<void> {
  const practices = await clinicianPracticeIds(trx, session.account.id);
  const only = practices.length === 1 ? practices[0] : undefined;
  await markSecondFactorProven(trx, hashToken(session.sessionToken), at, only);
  await recordAccess(trx, {
    at,
    actorId: session.account.id,
    practiceId: only ?? null,
    patientId: null,
    resource: 'session',
    action: 'sign-in',
  });
}

/**
 * The first code from the app confirms the secret; the session counts as proven, and the ten
 * recovery codes are returned, to be shown this once (only their hashes are kept).
 */
export async function confirmSecondFactorSetup(
  context: ServiceContext,
  session: ClinicianSession,
  code: string,
): Promise<{ recoveryCodes: string[] }> {
  const accountId = session.account.id;
  await refuseAfterFailures(context, failureKey(accountId), context.config.rateLimits.secondFactorPerAccount);
  const factor = await findSecondFactor(context.db.kysely, accountId);
  if (factor === undefined) {
    throw new ServiceError(
      'conflict',
      'Set up the second factor first (POST /api/v1/clinician/second-factor/setup).',
    );
  }
  if (factor.confirmed) throw new ServiceError('conflict', 'The second factor is set up already.');
  const now = context.now();
  const step = acceptedStep(factor.secret, code, now.getTime(), factor.lastStep);
  if (step === null) return wrongCode(context, accountId, 'code');
  const at = now.toISOString();
  const recoveryCodes = newRecoveryCodes();
  await context.db.kysely.transaction().execute(async (trx) => {
    if (!(await confirmSecondFactor(trx, accountId, step, at))) {
      throw new ServiceError('conflict', 'The second factor is set up already.');
    }
    await replaceRecoveryCodes(trx, accountId, recoveryCodes.map(hashRecoveryCode));
    await proveSession(trx, session, at);
  });
  return { recoveryCodes };
}

export type SecondFactorProof = { code: string } | { recoveryCode: string };

/**
 * Proves the second factor for this session with a code from the app (each accepted once) or an
 * unused recovery code. Wrong codes are limited per account.
 */
export async function verifySecondFactor(
  context: ServiceContext,
  session: ClinicianSession,
  proof: SecondFactorProof,
): Promise<void> {
  const accountId = session.account.id;
  await refuseAfterFailures(context, failureKey(accountId), context.config.rateLimits.secondFactorPerAccount);
  const factor = await findSecondFactor(context.db.kysely, accountId);
  if (factor === undefined || !factor.confirmed) {
    throw new ServiceError(
      'conflict',
      'Set up the second factor first (POST /api/v1/clinician/second-factor/setup).',
    );
  }
  const now = context.now();
  const at = now.toISOString();
  const proven = await context.db.kysely.transaction().execute(async (trx) => {
    if ('code' in proof) {
      const step = acceptedStep(factor.secret, proof.code, now.getTime(), factor.lastStep);
      // Moved only when newer than the stored step: of two requests with one code, one wins.
      if (step === null || !(await useStep(trx, accountId, step))) return false;
    } else if (!(await useRecoveryCode(trx, accountId, hashRecoveryCode(proof.recoveryCode), at))) {
      return false;
    }
    await proveSession(trx, session, at);
    return true;
  });
  if (!proven) await wrongCode(context, accountId, 'code' in proof ? 'code' : 'recoveryCode');
}

/** The practice this session acts for; only one the account is a clinician of (else not found). */
export async function chooseActingPractice(
  context: ServiceContext,
  session: ClinicianSession,
  practiceId: string,
): Promise<void> {
  const db = context.db.kysely;
  if (!(await isClinicianOf(db, session.account.id, practiceId))) {
    throw new ServiceError('not-found', 'You are no clinician of such a practice.');
  }
  await setActingPractice(db, hashToken(session.sessionToken), practiceId);
}

/** Who resets a second factor: an admin acting for one of the member's practices, or the operator. */
export type SecondFactorReset = { adminId: string; practiceId: string } | 'operator';

/**
 * Removes the account's confirmed second factor and its recovery codes and ends all its sessions, so
 * a stolen session loses its proof too; the next sign-in asks to set up the app again. Written to the
 * member's audit trail and, by an admin, to the access log (`second-factor` `reset`, the admin acting
 * for the practice), in the caller's transaction. False, with nothing changed, when none was confirmed.
 */
export async function resetSecondFactor(
  trx: Executor,
  context: ServiceContext,
  accountId: string,
  by: SecondFactorReset,
): Promise<boolean> {
  if (!(await deleteConfirmedSecondFactor(trx, accountId))) return false;
  await deleteOtherSessions(trx, accountId);
  const at = context.now().toISOString();
  const byAdmin = by === 'operator' ? undefined : by;
  await recordAudit(trx, {
    accountId,
    actorId: byAdmin?.adminId ?? null,
    action: 'second-factor-reset',
    detail: byAdmin === undefined ? { by: 'operator' } : { practiceId: byAdmin.practiceId },
    ip: null,
    at,
  });
  if (byAdmin !== undefined) {
    await recordAccess(trx, {
      at,
      actorId: byAdmin.adminId,
      practiceId: byAdmin.practiceId,
      patientId: null,
      resource: 'second-factor',
      action: 'reset',
    });
  }
  return true;
}

/**
 * Tells the member, in their language, who reset their sign-in code and to contact the practice if
 * they did not ask for it; after the change committed. Within the mails-per-address limit only: the
 * reset itself is never refused for a mail.
 */
export async function tellSecondFactorReset(
  context: ServiceContext,
  member: { email: string; locale: 'nl' | 'en' },
  by: SecondFactorResetter,
): Promise<void> {
  if (!(await mayMail(context, member.email))) return;
  context.mail.send(secondFactorResetMail(member.email, member.locale, by));
}
