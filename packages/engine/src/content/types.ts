/**
 * The shape of the coaching content: every text a person reads or hears that is not tied to one
 * decision. One catalogue per locale implements it, so a missing text is a type error.
 */
import type { BackPainType, Cue, SessionPurpose } from '../codes.js';

export const COMMON_MISTAKES = [
  'too-fast',
  'too-long-strides',
  'pushing-off-hard',
  'hard-soles',
  'no-surface-variation',
  'breaks-too-late',
] as const;
export type CommonMistake = (typeof COMMON_MISTAKES)[number];

export const RECOVERY_MOMENTS = [
  'after-sitting',
  'between-tasks',
  'after-training',
  'during-stress',
  'before-sleep',
] as const;
export type RecoveryMoment = (typeof RECOVERY_MOMENTS)[number];

export const FAQ_ITEMS = [
  'is-walking-safe-with-back-pain',
  'when-will-i-notice',
  'walking-or-running',
  'does-tempo-matter',
  'walk-when-it-hurts',
  'why-retro-walking',
  'retro-walking-safety',
  'missed-a-day',
] as const;
export type FaqItem = (typeof FAQ_ITEMS)[number];

/** Texts spoken during a guided walk; `{minutes}` and `{steps}` are filled in by the player. */
export const SPOKEN_CUES = [
  'start-forward',
  'start-retro',
  'halfway',
  'last-minute',
  'finished',
  'paused',
  'resumed',
  'breathe-in',
  'breathe-out',
  'supervision-reminder',
] as const;
export type SpokenCue = (typeof SPOKEN_CUES)[number];

export interface ContentCatalogue {
  /** Each cue as a short label for a card and a sentence to speak during the walk. */
  cues: Record<Cue, { label: string; spoken: string }>;
  /** A card title for each kind of session. */
  purposes: Record<SessionPurpose, string>;
  commonMistakes: Record<CommonMistake, { title: string; tip: string }>;
  recoveryMoments: Record<RecoveryMoment, string>;
  /** Why walking helps, per type of back complaint. */
  whyWalkingHelps: Record<BackPainType, { title: string; points: string[] }>;
  faq: Record<FaqItem, { question: string; answer: string }>;
  /** What to do at once when a walk is stopped for dizziness or pain, and when to call someone. */
  stopNow: {
    title: string;
    dizzy: string[];
    pain: string[];
    callSomeone: string[];
  };
  spoken: Record<SpokenCue, string>;
}
