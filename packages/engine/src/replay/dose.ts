/**
 * The dose the replay carries from week to week (docs/clinical-rules.md §3–5), and how each weekly outcome changes it. The numbers come
 * from the rules (weekly-step.ts, retro-growth.ts, treadmill.ts, return-after-gap.ts,
 * too-few-minutes.ts); this file only says which applies when, and which reason tells the person.
 */
import type { Decision, Locale } from '../codes.js';
import type { Reason } from '../output.js';
import type { ForwardProgramme } from '../programme/forward-walking.js';
import type { RetroDose } from '../programme/retro.js';
import { reason } from '../reasons.js';
import {
  floorToHalf,
  grownRetroSession,
  regressedRetroSession,
  REGRESS_SHARE,
} from '../rules/retro-growth.js';
import { RESTART_SHARE, restartDose, type Gap } from '../rules/return-after-gap.js';
import { MIN_DAILY } from '../rules/start-dose.js';
import { forwardFromWalked, retroFromWalked } from '../rules/too-few-minutes.js';
import { MIN_RETRO_SESSION } from '../rules/total-load-cap.js';
import {
  grownSpeed,
  nextLoadStep,
  regressedSpeed,
  TREADMILL_START_KMH,
  type LoadStep,
} from '../rules/treadmill.js';
import { dayTotalCeiling, grownForwardDaily, MAX_STEP_PER_WEEK } from '../rules/weekly-step.js';
import type { WeekOutcome } from '../rules/week-review.js';

export interface Dose {
  /**
   * The day's total load, forward and retro together (§3): the start, 5 minutes more after each week
   * that went well, the same after a hold, lower after a step back or a break. A day also never holds
   * more than 5 minutes over the busiest day of the week before (`dayTotalCeiling`).
   */
  dayTotal: number;
  /** The forward programme's minutes a day. */
  forwardDaily: number;
  /** The retro programme's minutes a session (before the day's caps). */
  retroSession: number;
  speedKmh: number;
  /** After a step back: no walk longer than 5 minutes. */
  shortBlocks: boolean;
}

/** What the next weekly decision needs to know about the weeks before it. */
export interface DoseMemory {
  dose: Dose;
  /** The dose of the last week that went well. */
  lastWellTolerated: Dose | null;
  regressStreak: number;
  tooFewMinutesStreak: number;
  /** What went up last on the treadmill: minutes and speed take turns. */
  lastLoadStep: LoadStep | null;
  /** Every retro day of last week had its session: only then may retro-walking grow. */
  previousRetroFull: boolean;
  /** The gap already restarted from (its last walk, or the day before the start when there was none). */
  handledGap: number | null;
}

export interface DoseProgrammes {
  locale: Locale;
  forward: ForwardProgramme;
  /** The retro programme while retro-walking is in the plan and not stopped; else null. */
  retro: RetroDose | null;
  /** Retro-walking is a goal but waits for a professional's clearance. */
  retroWaiting: boolean;
  startDaily: number;
  /** The busiest day of the week just reviewed: next week's ceiling grows from it. */
  previousBusiestDay: number;
}

export interface DoseChange {
  memory: DoseMemory;
  decision: Decision;
  reasons: Reason[];
}

export function startingMemory(startDaily: number, retro: RetroDose | null): DoseMemory {
  return {
    dose: {
      dayTotal: startDaily,
      forwardDaily: startDaily,
      retroSession: retro?.startSession ?? 0,
      speedKmh: TREADMILL_START_KMH,
      shortBlocks: false,
    },
    lastWellTolerated: null,
    regressStreak: 0,
    tooFewMinutesStreak: 0,
    lastLoadStep: null,
    previousRetroFull: false,
    handledGap: null,
  };
}

/** A day dose no larger than the busiest day of the week just reviewed (when that week had walks). */
function heldDayTotal(dayTotal: number, previousBusiestDay: number): number {
  return previousBusiestDay > 0 ? Math.min(dayTotal, previousBusiestDay) : dayTotal;
}

function progress(memory: DoseMemory, programmes: DoseProgrammes, fullStep: boolean): DoseChange {
  const { locale, forward, retro } = programmes;
  const before = memory.dose;
  const reasons: Reason[] = [];
  const next: Dose = { ...before, shortBlocks: false };
  next.forwardDaily = grownForwardDaily(before.forwardDaily, forward.step, forward.targetDaily, fullStep);
  // The day's load grows by the weekly step, up to the most a built-up day can hold.
  const fullestDay = forward.targetDaily + (retro?.targetSession ?? 0);
  next.dayTotal = Math.min(fullestDay, Math.max(before.dayTotal, before.dayTotal + MAX_STEP_PER_WEEK));
  if (next.forwardDaily > before.forwardDaily) {
    reasons.push(
      reason(locale, 'decision.progress.forward', 'KNGF-C.2.2', {
        from: before.forwardDaily,
        to: next.forwardDaily,
      }),
    );
  } else if (before.forwardDaily >= forward.targetDaily) {
    reasons.push(reason(locale, 'decision.target-reached', 'SEED-BP', { target: forward.targetDaily }));
  }
  let lastLoadStep = memory.lastLoadStep;
  if (retro !== null) {
    // What next week's retro day can hold: forward walking keeps at least as much (§3 "Order"), so a
    // session grows only as far as the day allows, and no message promises more than the plan shows.
    const ceiling = dayTotalCeiling(2, next.dayTotal, programmes.startDaily, programmes.previousBusiestDay);
    const room = floorToHalf(Math.min(next.forwardDaily, Math.floor(ceiling / 2)));
    // After a week cut short retro-walking restarts from its base; it grows only after a full week.
    const grown = Math.min(
      grownRetroSession(before.retroSession, retro.targetSession, fullStep, retro.weeklyGrowth),
      Math.max(room, before.retroSession),
    );
    const canGrowMinutes = memory.previousRetroFull && grown > before.retroSession;
    const maxKmh = retro.treadmill?.maxKmh ?? 0;
    const canGrowSpeed = memory.previousRetroFull && fullStep && before.speedKmh < maxKmh;
    const step = nextLoadStep(memory.lastLoadStep, canGrowMinutes, canGrowSpeed);
    if (step === 'minutes') {
      next.retroSession = grown;
      reasons.push(
        reason(locale, 'decision.progress.retro', 'SEED-RW', { from: before.retroSession, to: grown }),
      );
    } else if (step === 'speed') {
      next.speedKmh = grownSpeed(before.speedKmh, maxKmh);
      reasons.push(
        reason(locale, 'decision.progress.speed', 'SEED-RW', { from: before.speedKmh, to: next.speedKmh }),
      );
    } else if (before.retroSession >= retro.targetSession) {
      reasons.push(
        reason(locale, 'decision.retro-target-reached', 'SEED-RW', { target: retro.targetSession }),
      );
    }
    if (step !== null) lastLoadStep = step;
  } else if (programmes.retroWaiting) {
    reasons.push(reason(locale, 'decision.retro-waiting', 'SEED-RW'));
  }
  const changed =
    next.forwardDaily !== before.forwardDaily ||
    next.retroSession !== before.retroSession ||
    next.speedKmh !== before.speedKmh;
  // Nothing left to build: the day's load stays too, so that "hold" is what the plan shows.
  if (!changed) next.dayTotal = before.dayTotal;
  return {
    memory: { ...memory, dose: next, lastWellTolerated: before, lastLoadStep, tooFewMinutesStreak: 0 },
    decision: changed ? 'progress' : 'hold',
    reasons,
  };
}

function regress(memory: DoseMemory, programmes: DoseProgrammes): DoseChange {
  const { locale, retro } = programmes;
  const before = memory.dose;
  const earlier = memory.lastWellTolerated;
  const reasons: Reason[] = [];
  const next: Dose = { ...before, shortBlocks: true };
  // The day's load steps back too, so that no day of the week after is longer than before.
  next.dayTotal = heldDayTotal(
    earlier !== null && earlier.dayTotal < before.dayTotal
      ? earlier.dayTotal
      : Math.max(MIN_DAILY, Math.round(before.dayTotal * REGRESS_SHARE)),
    programmes.previousBusiestDay,
  );
  if (earlier !== null && earlier.forwardDaily < before.forwardDaily) {
    next.forwardDaily = earlier.forwardDaily;
    reasons.push(reason(locale, 'decision.regress.to-earlier', 'KNGF-C.2.1', { minutes: next.forwardDaily }));
  } else {
    next.forwardDaily = Math.max(MIN_DAILY, Math.round(before.forwardDaily * REGRESS_SHARE));
    reasons.push(reason(locale, 'decision.regress.reduced', 'KNGF-C.2.1', { minutes: next.forwardDaily }));
  }
  if (retro !== null) {
    next.retroSession = regressedRetroSession(
      before.retroSession,
      earlier?.retroSession ?? null,
      MIN_RETRO_SESSION,
    );
    reasons.push(reason(locale, 'decision.regress.retro', 'KNGF-C.2.1', { minutes: next.retroSession }));
    if (retro.treadmill) next.speedKmh = regressedSpeed(before.speedKmh);
  }
  reasons.push(reason(locale, 'decision.regress.shorter-blocks', 'KNGF-C.2.1'));
  return { memory: { ...memory, dose: next, tooFewMinutesStreak: 0 }, decision: 'regress', reasons };
}

/** Turns a week's review into next week's dose; the decision says what actually changed. */
export function applyOutcome(
  memory: DoseMemory,
  outcome: WeekOutcome,
  fullStep: boolean,
  programmes: DoseProgrammes,
): DoseChange {
  switch (outcome) {
    case 'progress':
      return progress(memory, programmes, fullStep);
    case 'regress':
      return regress(memory, programmes);
    case 'hold': {
      // "Stays the same": no day longer than the busiest of the week just reviewed, even where that
      // week was held below the day's dose by the weekly step.
      const { dose } = memory;
      const dayTotal = heldDayTotal(dose.dayTotal, programmes.previousBusiestDay);
      return { memory: { ...memory, dose: { ...dose, dayTotal } }, decision: 'hold', reasons: [] };
    }
  }
}

/** Returning after a gap (§3): about 60% of the last good dose, never below the start; null if no lower. */
export function restartAfterGap(memory: DoseMemory, gap: Gap, programmes: DoseProgrammes): DoseChange | null {
  const { dose } = memory;
  const lastGood = memory.lastWellTolerated ?? dose;
  const forwardDaily = restartDose(lastGood.forwardDaily, programmes.startDaily, dose.forwardDaily);
  const dayTotal = restartDose(lastGood.dayTotal, programmes.startDaily, dose.dayTotal);
  const retro = programmes.retro;
  const retroSession =
    retro === null
      ? dose.retroSession
      : Math.min(
          dose.retroSession,
          Math.max(
            Math.min(retro.startSession, dose.retroSession),
            floorToHalf(lastGood.retroSession * RESTART_SHARE),
          ),
        );
  if (forwardDaily >= dose.forwardDaily && retroSession >= dose.retroSession) return null;
  return {
    memory: {
      ...memory,
      dose: {
        dayTotal,
        forwardDaily,
        retroSession,
        speedKmh: TREADMILL_START_KMH,
        shortBlocks: dose.shortBlocks,
      },
      tooFewMinutesStreak: 0,
    },
    decision: 'regress',
    reasons: [
      reason(programmes.locale, 'decision.return-after-gap', 'SEED-BP', {
        days: gap.days,
        minutes: forwardDaily,
      }),
    ],
  };
}

export interface Walked {
  /** Forward minutes walked per day that had forward walks planned. */
  forwardPerDay: number;
  /** Retro minutes walked per planned retro session; null when none was planned. */
  retroPerSession: number | null;
  /** All minutes walked per day with walks planned. */
  totalPerDay: number;
  /** The share of the planned minutes walked. */
  share: number;
}

/**
 * After two holds for too few minutes (§5): the dose moves to what was walked. Null when it cannot go
 * lower: the dose is at the start already (never below it).
 */
export function moveToWalked(
  memory: DoseMemory,
  walked: Walked,
  programmes: DoseProgrammes,
): DoseChange | null {
  const { dose } = memory;
  const { locale, startDaily } = programmes;
  const forwardDaily = forwardFromWalked(dose.forwardDaily, walked.forwardPerDay, startDaily);
  const dayTotal = forwardFromWalked(dose.dayTotal, walked.totalPerDay, startDaily);
  const retro = programmes.retro;
  const retroSession =
    retro === null || walked.retroPerSession === null
      ? dose.retroSession
      : retroFromWalked(dose.retroSession, walked.retroPerSession, MIN_RETRO_SESSION);
  if (forwardDaily >= dose.forwardDaily && retroSession >= dose.retroSession && dayTotal >= dose.dayTotal)
    return null;
  const percent = Math.floor(walked.share * 100);
  // Say what was walked only when the plan is set to it; at the start, say so instead.
  const atStart = forwardDaily === startDaily && Math.round(walked.forwardPerDay) < startDaily;
  return {
    memory: { ...memory, dose: { ...dose, dayTotal, forwardDaily, retroSession }, tooFewMinutesStreak: 0 },
    decision: 'regress',
    reasons: [
      atStart
        ? reason(locale, 'decision.moved-to-start', 'KNGF-C.2.1', { percent, minutes: forwardDaily })
        : reason(locale, 'decision.moved-to-walked', 'KNGF-C.2.1', { percent, minutes: forwardDaily }),
    ],
  };
}

/** A person who cannot reach even the start after two holds: not held in silence (§5). */
export function startTooMuch(memory: DoseMemory, walked: Walked, programmes: DoseProgrammes): DoseChange {
  return {
    memory: { ...memory, tooFewMinutesStreak: 0 },
    decision: 'hold',
    reasons: [
      reason(programmes.locale, 'decision.start-too-much', 'KNGF-C.2.1', {
        percent: Math.floor(walked.share * 100),
        minutes: programmes.startDaily,
      }),
    ],
  };
}

/** When a paused plan goes on (a GP's clearance): from its start, or lower, and building up again. */
export function resumeAfterPause(memory: DoseMemory, programmes: DoseProgrammes): DoseMemory {
  const { dose } = memory;
  const start = programmes.startDaily;
  const retroStart = programmes.retro?.startSession ?? dose.retroSession;
  return {
    ...memory,
    dose: {
      dayTotal: Math.min(dose.dayTotal, start),
      forwardDaily: Math.min(dose.forwardDaily, start),
      retroSession: Math.min(dose.retroSession, retroStart),
      speedKmh: TREADMILL_START_KMH,
      shortBlocks: dose.shortBlocks,
    },
    previousRetroFull: false,
  };
}
