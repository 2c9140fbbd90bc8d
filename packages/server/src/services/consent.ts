/**
 * What a patient agrees to when linking with a practice (docs/care-team.md), in structured form and in
 * the words shown before they agree. The version is stored on every link: a change to what clinicians
 * may see or change is a new version, and a patient's agreement counts only for the version they saw.
 */

/** Bump on any change of meaning below; a link made under an older version keeps that version. */
export const CONSENT_VERSION = 'care-team-1';

/** What every clinician of the practice may read while the link runs. */
export const CONSENT_READS = ['intake', 'triage', 'plan', 'walks', 'progress', 'decisions'] as const;
/** What they may change: nothing yet. Changing the plan comes with a later version, asked anew. */
export const CONSENT_CHANGES = [] as const;
/** What a later version will ask to change, said now so nobody is surprised. */
export const CONSENT_LATER = ['plan'] as const;
/** What they never see. */
export const CONSENT_NEVER = ['email', 'password', 'other-data'] as const;

export type ConsentRead = (typeof CONSENT_READS)[number];
export type ConsentLater = (typeof CONSENT_LATER)[number];
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
      'They cannot change anything yet. A later version will let them adjust your plan; you will be asked again before that.',
    never: 'They never see your email address, your password or anything else you keep in Wandelcoach.',
    revoke:
      'You can end this at any moment, and their access stops at once. Every look at your data is written down, and you can read who looked.',
  },
  nl: {
    read: 'Elke behandelaar van deze praktijk mag je intake en de veiligheidscheck, je plan, de wandelingen die je vastlegt, je voortgang en de beslissingen over je weken lezen.',
    change:
      'Ze kunnen nog niets veranderen. Een latere versie laat hen je plan aanpassen; dan vragen we je eerst opnieuw.',
    never: 'Ze zien nooit je e-mailadres, je wachtwoord of iets anders dat je in Wandelcoach bewaart.',
    revoke:
      'Je kunt dit op elk moment stoppen, en hun toegang stopt meteen. Elke keer dat iemand je gegevens bekijkt wordt vastgelegd, en je kunt lezen wie er keek.',
  },
};

export interface Consent {
  version: string;
  seeAndChange: {
    read: ConsentRead[];
    change: never[];
    later: ConsentLater[];
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
