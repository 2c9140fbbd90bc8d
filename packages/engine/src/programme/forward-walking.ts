/**
 * The forward-walking programme (docs/clinical-rules.md §3; SEED-BP, KNGF C.2.2, WALKBACK). Every plan
 * has it: for back pain it is the whole programme, and with retro-walking it stays the main part
 * (SEED-RW: walking backwards adds to fitness but does not replace ordinary walking).
 */
import type { Reason } from '../output.js';
import { reason } from '../reasons.js';
import { SEED_START_DAILY, TARGET_DAILY, type StartDose } from '../rules/start-dose.js';
import { atMostRule } from '../rules/prescription-bounds.js';
import { weeklyStep } from '../rules/weekly-step.js';
import type { Intake } from '../schema.js';

export interface ForwardProgramme {
  /** Minutes a day more after each week that went well. */
  step: number;
  /** Where the build-up stops: SEED-BP's built-up day. */
  targetDaily: number;
  exhaleSteps: 4 | 5;
  /** Why it starts and grows as it does, for the start decision. */
  reasons: Reason[];
}

/** How many walks a weekday of `daily` minutes has (see {@link ./forward-day.ts}). */
export function blocksFor(daily: number): number {
  if (daily < 6) return daily >= 2 ? 2 : 1;
  if (daily < 20) return 3;
  return daily < SPLIT_EVENING_FROM_DAILY ? 3 : 4;
}

/** What a clinician prescribed for forward walking (docs/clinical-rules.md §6). */
export interface PrescribedForward {
  step?: number | undefined;
  target?: number | undefined;
}

/**
 * From this many minutes a day the evening has two walks (SEED-BP's 2 × 10 at 35 a day); below it a
 * day keeps to the two or three walks SEED-BP starts with.
 */
export const SPLIT_EVENING_FROM_DAILY = 30;

function startReasons(intake: Intake, start: StartDose): Reason[] {
  const locale = intake.locale;
  const minutes = start.minutes;
  const reasons = [
    intake.goals.includes('back-pain')
      ? reason(locale, 'start.back-pain', 'SEED-BP', { minutes, blocks: blocksFor(minutes) })
      : reason(locale, 'start.forward-main', 'SEED-RW', { minutes, blocks: blocksFor(minutes) }),
  ];
  const comfortable = Math.round(start.capacity ?? 0);
  switch (start.basis) {
    case 'default':
      reasons.push(reason(locale, 'start.default', 'SEED-BP', { minutes }));
      break;
    case 'low-tolerance': {
      // "About 0 minutes, so a little below that: 2" is no sentence to give anyone.
      const capacity = Math.round((start.capacity ?? 0) * 2) / 2;
      reasons.push(
        minutes >= capacity
          ? reason(locale, 'start.very-low', 'KNGF-C.2.2', { minutes })
          : reason(locale, 'start.low-tolerance', 'KNGF-C.2.2', { minutes, comfortable: capacity }),
      );
      break;
    }
    case 'inactive':
      if (comfortable > SEED_START_DAILY)
        reasons.push(reason(locale, 'start.inactive', 'SEED-BP', { minutes, comfortable }));
      break;
    case 'prescribed':
      // A clinician's start: their own line says who and why (§6).
      break;
    case 'current-level':
      if ((intake.comfortableWalkMinutes ?? 0) > TARGET_DAILY) {
        reasons.push(reason(locale, 'start.capped', 'SEED-BP', { minutes }));
      } else if (minutes > SEED_START_DAILY) {
        reasons.push(reason(locale, 'start.current-level', 'SEED-BP', { minutes }));
      }
      break;
  }
  return reasons;
}

/**
 * The forward programme for an intake. `gentle` is true while a physiotherapist should look first: the
 * build-up is then a minute a day slower.
 *
 * @example
 * forwardProgramme(intakeFor({ activity: 'light' }), startingDayTotal(intake), false).step; // 3
 */
export function forwardProgramme(
  intake: Intake,
  start: StartDose,
  gentle: boolean,
  prescribed: PrescribedForward = {},
): ForwardProgramme {
  const locale = intake.locale;
  // A clinician's step and target are ceilings on the rules' own (§6).
  const step = atMostRule(weeklyStep(intake.activity, gentle), prescribed.step).value;
  const targetDaily = atMostRule(TARGET_DAILY, prescribed.target).value;
  const reasons = startReasons(intake, start);
  if (start.minutes >= targetDaily)
    reasons.push(reason(locale, 'start.at-target', 'SEED-BP', { target: targetDaily }));
  else if (step === 0) {
    // The clinician's own line says that the plan does not grow for now.
  } else if (gentle) reasons.push(reason(locale, 'start.gentle', 'KNGF-C.2.2', { step }));
  else reasons.push(reason(locale, 'build-up', 'KNGF-C.2.2', { step, target: targetDaily }));
  if (intake.goals.includes('back-pain')) reasons.push(reason(locale, 'target-day', 'SEED-BP'));

  // SEED-BP: the long breath out works especially well with nerve pain and muscle tension.
  const type = intake.backPain?.type;
  const exhaleSteps = type === 'nerve-pain' || type === 'muscle-tension' ? 5 : 4;
  reasons.push(reason(locale, 'breathing', 'SEED-BP', { exhale: exhaleSteps }));
  return { step, targetDaily, exhaleSteps, reasons };
}
