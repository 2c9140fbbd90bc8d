/**
 * Where a signed-in practice member belongs, from what `GET /session` says: the second factor first
 * (set up, or the code), then the practice to act for, then the patients; an admin who treats no
 * patients goes to the practice's members.
 */
import type { SessionAnswer } from '../api/client.js';
import { PATHS } from '../paths.js';
import { CLINICIAN_PATHS } from './paths.js';

export type Standing = Pick<SessionAnswer, 'secondFactor' | 'membership'>;

/** What a screen needs before it shows. */
export type Needs = 'second-factor-step' | 'acting-clinician' | 'admin';

export function clinicianStart(standing: Standing): string {
  const { secondFactor, membership } = standing;
  if (membership === undefined) return PATHS.home;
  switch (secondFactor) {
    case 'setup-needed':
      return CLINICIAN_PATHS.setUp;
    case 'required':
      return CLINICIAN_PATHS.code;
    case undefined:
      break;
  }
  if (!membership.clinician) return CLINICIAN_PATHS.practice;
  return membership.actingPracticeId === null ? CLINICIAN_PATHS.choosePractice : CLINICIAN_PATHS.patients;
}

/** True when the session may see a screen that needs `needs`; else it goes to {@link clinicianStart}. */
export function mayShow(standing: Standing, needs: Needs): boolean {
  const { secondFactor, membership } = standing;
  if (membership === undefined) return false;
  switch (needs) {
    case 'second-factor-step':
      return membership.clinician;
    case 'acting-clinician':
      return secondFactor === undefined && membership.clinician && membership.actingPracticeId !== null;
    case 'admin':
      // A clinician proves the second factor first, also to manage the practice.
      return secondFactor === undefined && membership.admin;
  }
}

/** Who the header says is signed in: the name they gave when they joined, else their email. */
export function signedInName(session: {
  account: { email: string };
  membership?: { displayName: string | null } | undefined;
}): string {
  const name = session.membership?.displayName?.trim() ?? '';
  return name === '' ? session.account.email : name;
}

/** A clinician of more than one practice may switch whom they act for (the practice chooser). */
export function maySwitchPractice(practices: readonly { clinician: boolean }[]): boolean {
  return practices.filter((practice) => practice.clinician).length > 1;
}
