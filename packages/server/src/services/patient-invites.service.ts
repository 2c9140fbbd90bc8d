/**
 * A clinician invites a patient (docs/care-team.md): a short code and the patient's year of birth,
 * valid 14 days, single use. The code is given by hand or by QR code; nothing is mailed.
 */
import { newInviteCode } from '../auth/invite-codes.js';
import {
  insertPatientInvite,
  listOpenInvites,
  type PatientInvite,
} from '../repositories/patient-invites.repository.js';
import type { ServiceContext } from './context.js';
import { invalidInput, isUniqueViolation } from './errors.js';

export const INVITE_DAYS = 14;
export const EARLIEST_BIRTH_YEAR = 1900;
/** Two invites drawing the same code among 25^8 is rare; a few draws more make it never matter. */
const CODE_DRAWS = 5;

export interface InviteInput {
  patientName: string;
  birthYear: number;
}

export interface InviteAnswer extends PatientInvite {
  /** For the QR code: the app's page that takes the code from the fragment (never sent to a server). */
  link: string;
}

/** The clinician and the practice they act for (`requireClinician`). */
export interface ActingClinician {
  accountId: string;
  practiceId: string;
}

function withLink(context: ServiceContext, invite: PatientInvite): InviteAnswer {
  const base = context.mail.appUrl().replace(/\/+$/, '');
  return { ...invite, link: `${base}/link#code=${invite.code}` };
}

export async function createPatientInvite(
  context: ServiceContext,
  clinician: ActingClinician,
  input: InviteInput,
): Promise<InviteAnswer> {
  const now = context.now();
  // The upper bound moves with the clock, so it is checked here rather than in the request schema.
  if (input.birthYear > now.getUTCFullYear()) {
    throw invalidInput([{ path: 'birthYear', message: `must be ${now.getUTCFullYear()} or earlier` }]);
  }
  const createdAt = now.toISOString();
  const expiresAt = new Date(now.getTime() + INVITE_DAYS * 24 * 60 * 60 * 1000).toISOString();
  for (let draw = 1; ; draw++) {
    const invite: PatientInvite = {
      id: crypto.randomUUID(),
      code: newInviteCode(),
      patientName: input.patientName,
      birthYear: input.birthYear,
      createdAt,
      expiresAt,
    };
    try {
      await insertPatientInvite(context.db.kysely, {
        ...invite,
        practiceId: clinician.practiceId,
        clinicianId: clinician.accountId,
      });
      return withLink(context, invite);
    } catch (error) {
      if (!isUniqueViolation(error) || draw >= CODE_DRAWS) throw error;
    }
  }
}

/** The practice's invites not yet used and not expired, newest first. */
export async function listPatientInvites(
  context: ServiceContext,
  clinician: ActingClinician,
): Promise<InviteAnswer[]> {
  const invites = await listOpenInvites(context.db.kysely, clinician.practiceId, context.now().toISOString());
  return invites.map((invite) => withLink(context, invite));
}
