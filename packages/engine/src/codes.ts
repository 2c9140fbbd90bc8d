/**
 * The fixed vocabularies of the plan contract (`shared/spec/plan-contract.md`). Each list is the single
 * source for its union type, the zod schema and the property tests' generators.
 */

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const GOALS = ['back-pain', 'retro-walking'] as const;
export type Goal = (typeof GOALS)[number];

export const BACK_PAIN_TYPES = ['nerve-pain', 'arthrosis', 'muscle-tension', 'chronic', 'unknown'] as const;
export type BackPainType = (typeof BACK_PAIN_TYPES)[number];

export const ACTIVITY_LEVELS = ['inactive', 'light', 'active'] as const;
export type ActivityLevel = (typeof ACTIVITY_LEVELS)[number];

/** Red flags that send a person to the emergency department at once (KNGF B.1.3, NICE 1.1.1, CES). */
export const EMERGENCY_FLAGS = [
  'saddle-numbness',
  'bladder-bowel-change',
  'both-legs-weak-or-numb',
  'worsening-weakness',
  'major-trauma',
] as const;
/** Red flags that need a GP to look first (KNGF B.1.3, NICE 1.1.1). */
export const GP_FLAGS = [
  'cancer-history',
  'weight-loss',
  'fever-or-ill',
  'steroids-or-immunosuppressed',
  'osteoporosis-minor-fall',
  'night-pain-worsening',
  'leg-giving-way',
  'unsure',
] as const;
export const RED_FLAGS = [...EMERGENCY_FLAGS, ...GP_FLAGS] as const;
export type EmergencyFlag = (typeof EMERGENCY_FLAGS)[number];
export type GpFlag = (typeof GP_FLAGS)[number];
export type RedFlag = (typeof RED_FLAGS)[number];

/** SEED-BP's situations in which walking goes with difficulty and a professional should guide it. */
export const NEEDS_GUIDANCE = [
  'severe-nerve-pain',
  'stiff-si-joints',
  'weak-hips',
  'movement-insecurity',
  'breathing-stays-high',
] as const;
export type NeedsGuidance = (typeof NEEDS_GUIDANCE)[number];

/** STEADI's three key questions. */
export const FALL_RISKS = ['fell-past-year', 'unsteady', 'worried-about-falling'] as const;
export type FallRisk = (typeof FALL_RISKS)[number];

export const IMPAIRMENTS = ['balance', 'vision', 'dizziness'] as const;
export type Impairment = (typeof IMPAIRMENTS)[number];

export const CONDITIONS = [
  'recent-surgery',
  'stroke',
  'multiple-sclerosis',
  'knee-oa',
  'plantar-fasciitis',
] as const;
export type Condition = (typeof CONDITIONS)[number];

/**
 * The product's own risk-factor questions for persistent back pain (KNGF B.2, NICE 1.1.2). Leg pain and
 * high pain (NPRS 7 or more) are read from `backPain.legPain` and `painNow`, so they are not asked twice.
 * Not the STarT Back items.
 */
export const RISK_FACTORS = [
  'earlier-episodes',
  'high-disability',
  'poor-general-health',
  'stress',
  'fear-of-moving',
  'low-mood',
  'passive-coping',
  'catastrophising',
  'work-problems',
] as const;
export type RiskFactor = (typeof RISK_FACTORS)[number];

export const CLEARED_BY = ['gp', 'physio'] as const;
export type ClearedByWhom = (typeof CLEARED_BY)[number];

export const TRIAGE_LEVELS = ['emergency', 'gp-soon', 'routine-assessment', 'self-manage'] as const;
export type TriageLevel = (typeof TRIAGE_LEVELS)[number];

export const WALK_KINDS = ['forward', 'retro'] as const;
export type WalkKind = (typeof WALK_KINDS)[number];

export const PARTS_OF_DAY = ['morning', 'afternoon', 'evening', 'any'] as const;
export type PartOfDay = (typeof PARTS_OF_DAY)[number];

export const DECISIONS = ['start', 'progress', 'hold', 'regress', 'stop-retro', 'pause'] as const;
export type Decision = (typeof DECISIONS)[number];

/** What a session is for; the web app titles its cards with it. */
export const SESSION_PURPOSES = [
  'calm-start',
  'walking-break',
  'sleep',
  'long-walk',
  'daily-walk',
  'warm-up',
  'retro',
] as const;
export type SessionPurpose = (typeof SESSION_PURPOSES)[number];

/** Short coaching cues; their text lives in the content catalogue. */
export const CUES = [
  // forward walking technique (SEED-BP)
  'relaxed-arm-swing',
  'let-hips-move',
  'calm-breathing',
  'relaxed-tempo',
  'small-steps-soft-landing',
  'vary-tempo-and-surface',
  'take-breaks-early',
  // retro-walking posture (SEED-RW)
  'active-core',
  'small-steps',
  'toes-first',
  'knees-soft',
  // retro-walking safety (SEED-RW)
  'hold-handrails-safety-key',
  'rail-or-flat-path',
  'companion-spotter',
  'with-professional',
  'stop-if-dizzy-or-pain',
] as const;
export type Cue = (typeof CUES)[number];
