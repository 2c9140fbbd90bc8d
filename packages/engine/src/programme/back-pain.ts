/**
 * The back-pain walking programme (clinical-rules §3; SEED-BP, KNGF C.2.2, WALKBACK): where the daily
 * minutes start, how fast they grow and where they stop growing.
 */
import type { ActivityLevel } from '../codes.js';
import type { Reason } from '../output.js';
import { reason } from '../reasons.js';
import type { Intake } from '../schema.js';

/** SEED-BP's starting point: ten minutes a day, in two or three blocks. */
export const SEED_START_DAILY = 10;
/** SEED-BP's built-up day: 10 in the morning, a 5-minute break in the afternoon, 2 × 10 in the evening. */
export const TARGET_DAILY = 35;
/** Engine cap on the weekly increase of the daily total (SEED-BP "a few minutes", never a jump). */
export const MAX_STEP_PER_WEEK = 5;
/** KNGF graded activity starts at about 70% of what a person can do now. */
export const GRADED_ACTIVITY_SHARE = 0.7;
/** Below this no plan can be split into blocks; a minute each is the floor. */
export const MIN_DAILY = 2;

const STEP_BY_ACTIVITY: Record<ActivityLevel, number> = { inactive: 2, light: 3, active: 4 };
/** With a professional's assessment pending, the build-up is a minute a day slower each week. */
const GENTLE_SLOWER_BY = 1;

export interface BackPainDose {
  startDaily: number;
  targetDaily: number;
  step: number;
  exhaleSteps: 4 | 5;
  reasons: Reason[];
}

/**
 * The back-pain programme for an intake. `gentle` is true when triage advises a physiotherapist.
 *
 * @example
 * // someone who can walk 7 minutes comfortably starts at 70% of that
 * backPainDose(intakeFor({ comfortableWalkMinutes: 7 }), false).startDaily; // 5
 */
export function backPainDose(intake: Intake, gentle: boolean): BackPainDose {
  const locale = intake.locale;
  const reasons: Reason[] = [];
  const comfortable = intake.comfortableWalkMinutes;
  let startDaily: number;
  if (comfortable === undefined) {
    startDaily = SEED_START_DAILY;
    reasons.push(reason(locale, 'start.default', 'SEED-BP', { minutes: startDaily }));
  } else if (comfortable < SEED_START_DAILY) {
    startDaily = Math.max(MIN_DAILY, Math.round(comfortable * GRADED_ACTIVITY_SHARE));
    reasons.push(
      reason(locale, 'start.low-tolerance', 'KNGF-C.2.2', {
        minutes: startDaily,
        comfortable: Math.round(comfortable),
      }),
    );
  } else {
    // clinical-rules §3: someone who already walks more starts from there, not lower.
    startDaily = Math.round(comfortable);
    if (startDaily > SEED_START_DAILY) {
      reasons.push(reason(locale, 'start.current-level', 'SEED-BP', { minutes: startDaily }));
    }
  }
  const usualStep = STEP_BY_ACTIVITY[intake.activity];
  const step = gentle ? Math.max(1, usualStep - GENTLE_SLOWER_BY) : usualStep;
  const targetDaily = Math.max(TARGET_DAILY, startDaily);
  reasons.unshift(
    reason(locale, 'start.back-pain', 'SEED-BP', { minutes: startDaily, blocks: blocksFor(startDaily) }),
  );
  if (gentle) reasons.push(reason(locale, 'start.gentle', 'KNGF-C.2.2', { step }));
  else reasons.push(reason(locale, 'build-up', 'KNGF-C.2.2', { step, target: targetDaily }));
  reasons.push(reason(locale, 'target-day', 'SEED-BP'));

  // SEED-BP: the long breath out works especially well with nerve pain and muscle tension.
  const type = intake.backPain?.type;
  const exhaleSteps = type === 'nerve-pain' || type === 'muscle-tension' ? 5 : 4;
  reasons.push(reason(locale, 'breathing', 'SEED-BP', { exhale: exhaleSteps }));
  return { startDaily, targetDaily, step, exhaleSteps, reasons };
}

/** How many walks a weekday of `daily` minutes has (see {@link ./forward-day.ts}). */
export function blocksFor(daily: number): number {
  if (daily < 6) return daily >= 2 ? 2 : 1;
  if (daily < 20) return 3;
  return daily < SPLIT_EVENING_FROM_DAILY ? 3 : 4;
}

/**
 * From this many minutes a day the evening has two walks (SEED-BP's 2 × 10 at 35 a day); below it a
 * day keeps to the two or three walks SEED-BP starts with.
 */
export const SPLIT_EVENING_FROM_DAILY = 30;
