/**
 * Where the day's walking starts (docs/clinical-rules.md §3, "Start"; SEED-BP, KNGF C.2.2). The start is
 * the day's total: forward and retro-walking together never exceed it in week 1.
 */
import type { Intake } from '../schema.js';

/** SEED-BP: ten minutes a day, in two or three blocks ("many people start too ambitiously"). */
export const SEED_START_DAILY = 10;
/** SEED-BP's built-up day: 10 in the morning, a 5-minute break in the afternoon, 2 × 10 in the evening. */
export const TARGET_DAILY = 35;
/** KNGF graded activity starts at about 70% of what a person can do now. */
export const GRADED_ACTIVITY_SHARE = 0.7;
/** Below this a day cannot be split into two walks; a minute each is the floor. */
export const MIN_DAILY = 2;
/** `comfortableWalkMinutes` counts as at most the built-up day, everywhere (§3): 600 is not a plan. */
export const MAX_COUNTED_CAPACITY = TARGET_DAILY;

/** Why the start is what it is; each has its own reason text. */
export type StartBasis = 'default' | 'low-tolerance' | 'inactive' | 'current-level' | 'prescribed';

export interface StartDose {
  /** The day's total in week 1, whole minutes. */
  minutes: number;
  basis: StartBasis;
  /** What the person can walk comfortably, as counted (at most 35); null when not given. */
  capacity: number | null;
}

/** `comfortableWalkMinutes` as the rules count it: at most 35; undefined when not given. */
export function countedCapacity(intake: Pick<Intake, 'comfortableWalkMinutes'>): number | undefined {
  const comfortable = intake.comfortableWalkMinutes;
  return comfortable === undefined ? undefined : Math.min(comfortable, MAX_COUNTED_CAPACITY);
}

/**
 * The day's total walking in week 1.
 * - not given: SEED-BP's 10;
 * - under 10 comfortable minutes: about 70% of them (KNGF graded activity), at least 2;
 * - `inactive`: 10, even when they could walk longer;
 * - `light` / `active`: what they can walk comfortably now, at most 35.
 *
 * @example
 * startingDayTotal({ comfortableWalkMinutes: 7, activity: 'light' }).minutes; // 5 (70% of 7)
 * startingDayTotal({ comfortableWalkMinutes: 600, activity: 'active' }).minutes; // 35
 */
export function startingDayTotal(intake: Pick<Intake, 'comfortableWalkMinutes' | 'activity'>): StartDose {
  const capacity = countedCapacity(intake);
  if (capacity === undefined) return { minutes: SEED_START_DAILY, basis: 'default', capacity: null };
  if (capacity < SEED_START_DAILY) {
    const minutes = Math.max(MIN_DAILY, Math.round(capacity * GRADED_ACTIVITY_SHARE));
    return { minutes, basis: 'low-tolerance', capacity };
  }
  if (intake.activity === 'inactive') return { minutes: SEED_START_DAILY, basis: 'inactive', capacity };
  return { minutes: Math.round(capacity), basis: 'current-level', capacity };
}

/**
 * The start with a clinician's start applied (§6): theirs when it is lower, the rules' otherwise.
 *
 * @example
 * prescribedStart(startingDayTotal(intake), 5).minutes; // 5 where the rules start at 10
 */
export function prescribedStart(rule: StartDose, prescribed: number | undefined): StartDose {
  if (prescribed === undefined || prescribed >= rule.minutes) return rule;
  return { ...rule, minutes: prescribed, basis: 'prescribed' };
}
