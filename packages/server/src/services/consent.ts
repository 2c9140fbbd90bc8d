/**
 * What a patient agrees to when linking with a practice (docs/care-team.md), in structured form and in
 * the words shown before they agree. The version is stored on every link: a change to what clinicians
 * may see or change is a new version, and a patient's agreement counts only for the version they saw.
 */

/**
 * Bump on any change of meaning below; a link made under an older version keeps that version, and
 * what it allowed, until the patient agrees to the newer one (`POST /me/care-team/{linkId}/consent`).
 */
export const CONSENT_VERSION = 'care-team-2';

/**
 * Every version ever shown, oldest first. `care-team-1` let clinicians read only; `care-team-2` also
 * lets them change the plan (with a reason the patient sees), record clearances and supervised sessions.
 */
export const CONSENT_VERSIONS = ['care-team-1', 'care-team-2'] as const;

/** The versions under which a practice's clinicians may change the record (§ "Consent versions"). */
const VERSIONS_ALLOWING_CHANGES: ReadonlySet<string> = new Set(['care-team-2']);

/** True when a link agreed under `version` lets the practice's clinicians change the record. */
export function consentAllowsChanges(version: string): boolean {
  return VERSIONS_ALLOWING_CHANGES.has(version);
}

/** The newer version a link's patient has not agreed to yet; null when theirs is the current one. */
export function newerConsentThan(version: string): string | null {
  return version === CONSENT_VERSION ? null : CONSENT_VERSION;
}

/** What every clinician of the practice may read while the link runs. */
export const CONSENT_READS = ['intake', 'triage', 'plan', 'walks', 'progress', 'decisions'] as const;
/** What they may change: the plan (each change with a reason), clearances, supervised sessions. */
export const CONSENT_CHANGES = ['plan', 'clearances', 'supervised-sessions'] as const;
/** What a later version will ask to change, said now so nobody is surprised: nothing at present. */
export const CONSENT_LATER = [] as const;
/** What they never see. */
export const CONSENT_NEVER = ['email', 'password', 'other-data'] as const;

export type ConsentRead = (typeof CONSENT_READS)[number];
export type ConsentChange = (typeof CONSENT_CHANGES)[number];
export type ConsentNever = (typeof CONSENT_NEVER)[number];

export interface ConsentWords {
  read: string;
  change: string;
  never: string;
  revoke: string;
}

/** The words of this version, in the languages of the app. */
export const CONSENT_WORDS: Readonly<Record<'nl' | 'en', ConsentWords>> = {
  en: {
    read: 'Every clinician of this practice may read your intake and its safety check, your plan, the walks you log, your progress and the decisions about your weeks.',
    change:
      'They may adjust your plan, always with a reason you can read in the plan; record that they cleared something (your GP’s approval, walking backwards after dizziness or without supervision, or a warning sign after care); and log a walk they supervised, which counts as one of your walks.',
    never: 'They never see your email address, your password or anything else you keep in Wandelcoach.',
    revoke:
      'You can end this at any moment, and their access stops at once. Every look at your data and every change is written down, and you can read who did it.',
  },
  nl: {
    read: 'Elke behandelaar van deze praktijk mag je intake en de veiligheidscheck, je plan, de wandelingen die je vastlegt, je voortgang en de beslissingen over je weken lezen.',
    change:
      'Ze mogen je plan aanpassen, altijd met een reden die je in je plan kunt lezen; vastleggen dat ze iets hebben vrijgegeven (akkoord van je huisarts, achteruitlopen na duizeligheid of zonder begeleiding, of een waarschuwingsteken na zorg); en een wandeling vastleggen die zij begeleidden, die meetelt als een van jouw wandelingen.',
    never: 'Ze zien nooit je e-mailadres, je wachtwoord of iets anders dat je in Wandelcoach bewaart.',
    revoke:
      'Je kunt dit op elk moment stoppen, en hun toegang stopt meteen. Elke keer dat iemand je gegevens bekijkt of verandert wordt vastgelegd, en je kunt lezen wie dat was.',
  },
};

export interface Consent {
  version: string;
  seeAndChange: {
    read: ConsentRead[];
    change: ConsentChange[];
    later: string[];
    never: ConsentNever[];
  };
  locale: 'nl' | 'en';
  words: ConsentWords;
}

/** The consent as shown to a patient, in their language. */
export function currentConsent(locale: 'nl' | 'en'): Consent {
  return {
    version: CONSENT_VERSION,
    seeAndChange: {
      read: [...CONSENT_READS],
      change: [...CONSENT_CHANGES],
      later: [...CONSENT_LATER],
      never: [...CONSENT_NEVER],
    },
    locale,
    words: CONSENT_WORDS[locale],
  };
}
