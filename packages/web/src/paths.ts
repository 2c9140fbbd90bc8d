/**
 * Every screen's address. Back and Forward move between them, a reload stays, and each can be
 * bookmarked; the server and the service worker answer all of them with the app.
 */
export const PATHS = {
  home: '/',
  signUp: '/sign-up',
  signIn: '/sign-in',
  /** "Forgot your password?": ask for a reset link. */
  forgotPassword: '/forgot-password',
  /** Where a reset link leads (`#token=…`): choose a new password. */
  resetPassword: '/reset-password',
  /** After a sign-up on a server that sends mail: look in the mailbox. */
  checkEmail: '/check-email',
  /** Where a confirmation link leads (`#token=…`): confirm and sign in. */
  confirmEmail: '/confirm-email',
  intake: '/intake',
  outcome: '/outcome',
  today: '/today',
  plan: '/plan',
  progress: '/progress',
  settings: '/settings',
  /** The clinicians' area (loaded on demand, `src/clinician/`): where a practice's member starts. */
  clinician: '/clinician',
  /** Where a mailed practice invitation leads (`#token=…`): join the practice, then the clinicians' area. */
  joinPractice: '/join-practice',
  /** Where a physiotherapist's link leads (`#code=…`, also as a QR code): code and year of birth. */
  link: '/link',
  /** What linking would allow, read before agreeing; reached from `/link` only. */
  linkConsent: '/link/consent',
  /** The practices that follow the person's plan: agree again, or stop a link. */
  careTeam: '/care-team',
  /** Who looked at or changed the person's data. */
  accessLog: '/access-log',
  /** The questions about pain and daily activities, when due (start, week 6, week 12). */
  checkIn: '/check-in',
} as const;

/** Addresses the clinicians' area answers (`src/clinician/`), loaded on demand. */
export function inClinicianArea(path: string): boolean {
  return path === PATHS.clinician || path.startsWith(`${PATHS.clinician}/`) || path === PATHS.joinPractice;
}

/** A step of the questions: `/intake/safety`. */
export function intakeStepPath(step: string): string {
  return `${PATHS.intake}/${step}`;
}

/** The guided walk for one of today's walks (by its place in the day): full screen, nothing else. */
export function walkPath(index: number): string {
  return `/walk/${String(index)}`;
}

export interface LogFrom {
  /** Minutes the guided walk measured. */
  walked?: number;
  /** Stopped with the stop button: the log asks why first. */
  stopped?: boolean;
}

/** The log after one of today's walks, with what the guided walk measured. */
export function logPath(index: number, from: LogFrom = {}): string {
  const query = new URLSearchParams();
  if (from.walked !== undefined) query.set('walked', String(from.walked));
  if (from.stopped === true) query.set('stopped', '1');
  const search = query.toString();
  return `/log/${String(index)}${search === '' ? '' : `?${search}`}`;
}

/** What `logPath` put in the address; anything else in it is ignored. */
export function readLogFrom(search: string): LogFrom {
  const query = new URLSearchParams(search);
  const walked = Number(query.get('walked'));
  return {
    ...(query.has('walked') && Number.isFinite(walked) && walked >= 0 && walked <= 300 && { walked }),
    stopped: query.get('stopped') === '1',
  };
}

/** The screens with the tab bar: the person's own pages between walks. */
export const TABS = [PATHS.today, PATHS.plan, PATHS.progress, PATHS.settings] as const;
