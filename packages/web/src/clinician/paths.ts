/** The clinicians' addresses, all under `/clinician` (the area is loaded on demand). */
export const CLINICIAN_PATHS = {
  start: '/clinician',
  /** The first time: set up the authenticator app, then keep the recovery codes. */
  setUp: '/clinician/set-up-sign-in',
  /** Every later sign-in: the code from the app, or a recovery code. */
  code: '/clinician/sign-in-code',
  choosePractice: '/clinician/choose-practice',
  patients: '/clinician/patients',
  invite: '/clinician/invite',
  practice: '/clinician/practice',
} as const;

/** One open patient invite: its code large, and its sheet to print in `language`. */
export function invitePath(inviteId: string, language?: 'nl' | 'en'): string {
  return `${CLINICIAN_PATHS.invite}/${inviteId}${language === undefined ? '' : `?sheet=${language}`}`;
}
