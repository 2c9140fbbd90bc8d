/**
 * The coaching content: one catalogue per locale, and the source each piece of it rests on.
 * The sources do not depend on the language, so they live here once rather than in each catalogue.
 */
import type { Cue, Locale } from '../codes.js';
import type { Source } from '../sources.js';
import { en } from './en.js';
import { nl } from './nl.js';
import type { ContentCatalogue, FaqItem } from './types.js';

export { COMMON_MISTAKES, FAQ_ITEMS, RECOVERY_MOMENTS, SPOKEN_CUES } from './types.js';
export type { CommonMistake, ContentCatalogue, FaqItem, RecoveryMoment, SpokenCue } from './types.js';

/**
 * The coaching content in `locale`.
 *
 * @example
 * contentFor('nl').purposes.retro; // 'Achteruitlopen'
 */
export function contentFor(locale: Locale): ContentCatalogue {
  switch (locale) {
    case 'nl':
      return nl;
    case 'en':
      return en;
  }
}

/** Which source each part of the content rests on, so a card can cite it in any language. */
export interface ContentSources {
  cues: Readonly<Record<Cue, Source>>;
  commonMistakes: Source;
  recoveryMoments: Source;
  whyWalkingHelps: Source;
  faq: Readonly<Record<FaqItem, Source>>;
  stopNow: Source;
  breathing: Source;
}

export const CONTENT_SOURCES: Readonly<ContentSources> = {
  cues: {
    // forward walking technique and the mistakes it coaches against
    'relaxed-arm-swing': 'SEED-BP',
    'let-hips-move': 'SEED-BP',
    'calm-breathing': 'SEED-BP',
    'relaxed-tempo': 'SEED-BP',
    'small-steps-soft-landing': 'SEED-BP',
    'vary-tempo-and-surface': 'SEED-BP',
    'take-breaks-early': 'SEED-BP',
    // retro-walking posture
    'active-core': 'SEED-RW',
    'small-steps': 'SEED-RW',
    'toes-first': 'SEED-RW',
    'knees-soft': 'SEED-RW',
    // retro-walking safety
    'hold-handrails-safety-key': 'SEED-RW',
    'rail-or-flat-path': 'SEED-RW',
    'companion-spotter': 'SEED-RW',
    // supervision follows from STEADI's fall-risk questions, not from the article alone
    'with-professional': 'STEADI',
    'stop-if-dizzy-or-pain': 'SEED-RW',
  },
  commonMistakes: 'SEED-BP',
  recoveryMoments: 'SEED-BP',
  whyWalkingHelps: 'SEED-BP',
  faq: {
    'is-walking-safe-with-back-pain': 'SEED-BP',
    'when-will-i-notice': 'SEED-BP',
    'walking-or-running': 'SEED-BP',
    'does-tempo-matter': 'SEED-BP',
    // the 5/10-and-settled-by-morning rule is the pain-monitoring model
    'walk-when-it-hurts': 'PMM',
    'why-retro-walking': 'SEED-RW',
    'retro-walking-safety': 'SEED-RW',
    // one walk much longer than usual raises injury risk
    'missed-a-day': 'SPIKE',
  },
  stopNow: 'SEED-RW',
  breathing: 'SEED-BP',
};
