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
import { grownForwardDaily } from '../rules/weekly-step.js';
import type { WeekOutcome } from '../rules/week-review.js';

export interface Dose {
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
}

export interface DoseChange {
  memory: DoseMemory;
  decision: Decision;
  reasons: Reason[];
}

export function startingMemory(startDaily: number, retro: RetroDose | null): DoseMemory {
  return {
    dose: {
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

function progress(memory: DoseMemory, programmes: DoseProgrammes, fullStep: boolean): DoseChange {
  const { locale, forward, retro } = programmes;
  const before = memory.dose;
  const reasons: Reason[] = [];
  const next: Dose = { ...before, shortBlocks: false };
  next.forwardDaily = grownForwardDaily(before.forwardDaily, forward.step, forward.targetDaily, fullStep);
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
    // After a week cut short retro-walking restarts from its base; it grows only after a full week.
    const grown = grownRetroSession(before.retroSession, retro.targetSession, fullStep);
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
    case 'hold':
      return { memory, decision: 'hold', reasons: [] };
  }
}

/** Returning after a gap (§3): about 60% of the last good dose, never below the start; null if no lower. */
export function restartAfterGap(memory: DoseMemory, gap: Gap, programmes: DoseProgrammes): DoseChange | null {
  const { dose } = memory;
  const lastGood = memory.lastWellTolerated ?? dose;
  const forwardDaily = restartDose(lastGood.forwardDaily, programmes.startDaily, dose.forwardDaily);
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
      dose: { forwardDaily, retroSession, speedKmh: TREADMILL_START_KMH, shortBlocks: dose.shortBlocks },
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
}

/** After two holds for too few minutes (§5): the dose moves to what was walked; null if no lower. */
export function moveToWalked(
  memory: DoseMemory,
  walked: Walked,
  programmes: DoseProgrammes,
): DoseChange | null {
  const { dose } = memory;
  const forwardDaily = forwardFromWalked(dose.forwardDaily, walked.forwardPerDay, programmes.startDaily);
  const retro = programmes.retro;
  const retroSession =
    retro === null || walked.retroPerSession === null
      ? dose.retroSession
      : retroFromWalked(dose.retroSession, walked.retroPerSession, MIN_RETRO_SESSION);
  if (forwardDaily >= dose.forwardDaily && retroSession >= dose.retroSession) return null;
  return {
    memory: { ...memory, dose: { ...dose, forwardDaily, retroSession }, tooFewMinutesStreak: 0 },
    decision: 'regress',
    reasons: [reason(programmes.locale, 'decision.moved-to-walked', 'KNGF-C.2.1', { minutes: forwardDaily })],
  };
}
