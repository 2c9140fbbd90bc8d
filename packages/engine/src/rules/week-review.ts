/**
 * How last week went, and what that means for the next one (docs/clinical-rules.md §5; PMM, KNGF C.2.1,
 * NPRS). Pain is judged against the person's own usual level (`painNow`), and a next-morning score that
 * was never recorded is unknown, never "back to normal".
 */
import type { Locale } from '../codes.js';
import type { Reason } from '../output.js';
import { reason } from '../reasons.js';
import type { WalkLog } from '../schema.js';
import { MOSTLY_DONE, painDuringLimit, REAL_CHANGE } from './limits.js';
import type { OverDoing } from './over-doing.js';

export {
  ACCEPTABLE_PAIN_DURING,
  HIGHEST_ACCEPTABLE_PAIN,
  MAX_PAIN_RISE,
  MOSTLY_DONE,
  painDuringLimit,
  REAL_CHANGE,
} from './limits.js';

const SCALE_TOP = 10;

/**
 * A next-morning score that is a real rise over the usual level (NPRS: 2 points), or the top of the
 * scale for someone whose usual level leaves no room for 2 points more.
 */
export function isFlareMorning(painNextMorning: number, baseline: number): boolean {
  return painNextMorning >= Math.min(baseline + REAL_CHANGE, SCALE_TOP) && painNextMorning > baseline;
}

export type WeekOutcome = 'progress' | 'hold' | 'regress';

export interface WeekReview {
  outcome: WeekOutcome;
  reasons: Reason[];
  /** False when no next-morning score was recorded: the plan grows by half a step at most. */
  fullStep: boolean;
  /** The week held because fewer than 80% of the planned minutes were walked. */
  tooFewMinutes: boolean;
}

export interface WeekSummary {
  plannedMinutes: number;
  logs: readonly WalkLog[];
  /** A walk or day well above the plan (over-doing.ts), with its date as the reader writes it. */
  overDoing: (OverDoing & { date: string }) | null;
}

export interface ReviewContext {
  locale: Locale;
  /** The usual pain, 0–10 (the intake's `painNow`). */
  baseline: number;
}

function overDoingReason(locale: Locale, overDoing: WeekSummary['overDoing']): Reason[] {
  if (overDoing === null) return [];
  const params = { date: overDoing.date, walked: overDoing.walked, planned: overDoing.planned };
  return [
    overDoing.kind === 'day'
      ? reason(locale, 'decision.over-doing', 'SEED-BP', params)
      : reason(locale, 'decision.over-doing.walk', 'SEED-BP', params),
  ];
}

/**
 * Reviews a week. `partial` is for the week that is still going on: its minutes cannot be judged yet,
 * but pain signals already count.
 */
export function reviewWeek(context: ReviewContext, week: WeekSummary, partial: boolean): WeekReview {
  const { locale, baseline } = context;
  const { logs } = week;
  if (logs.length === 0) {
    return partial
      ? { outcome: 'progress', reasons: [], fullStep: true, tooFewMinutes: false }
      : {
          outcome: 'hold',
          reasons: [reason(locale, 'decision.hold.no-logs', 'KNGF-C.2.1')],
          fullStep: true,
          tooFewMinutes: false,
        };
  }

  let walked = 0;
  let maxPainDuring = 0;
  let maxMorning: number | null = null;
  let dizziness = false;
  let fall = false;
  for (const log of logs) {
    walked += log.minutes;
    if (log.painDuring > maxPainDuring) maxPainDuring = log.painDuring;
    if (log.painNextMorning !== null && (maxMorning === null || log.painNextMorning > maxMorning)) {
      maxMorning = log.painNextMorning;
    }
    if (log.dizziness) dizziness = true;
    if (log.fall) fall = true;
  }
  const coaching = partial ? [] : overDoingReason(locale, week.overDoing);

  if (maxMorning !== null && isFlareMorning(maxMorning, baseline)) {
    return {
      outcome: 'regress',
      reasons: [
        reason(locale, 'decision.regress.morning-pain', 'PMM', { pain: maxMorning, baseline }),
        ...coaching,
      ],
      fullStep: true,
      tooFewMinutes: false,
    };
  }

  const reasons: Reason[] = [];
  const limit = painDuringLimit(baseline);
  if (maxPainDuring > limit) {
    reasons.push(reason(locale, 'decision.hold.pain-during', 'PMM', { pain: maxPainDuring, limit }));
  }
  if (dizziness) reasons.push(reason(locale, 'decision.hold.dizziness', 'SEED-RW'));
  if (fall) reasons.push(reason(locale, 'decision.hold.fall', 'STEADI'));
  const done = week.plannedMinutes > 0 ? walked / week.plannedMinutes : 1;
  const tooFewMinutes = !partial && done < MOSTLY_DONE;
  if (tooFewMinutes) {
    // Rounded down: 79.5% is not "80%" next to "until you manage about 80%".
    reasons.push(reason(locale, 'decision.hold.minutes', 'KNGF-C.2.1', { percent: Math.floor(done * 100) }));
  }
  const fullStep = maxMorning !== null;
  if (reasons.length > 0)
    return { outcome: 'hold', reasons: [...reasons, ...coaching], fullStep, tooFewMinutes };

  if (partial) return { outcome: 'progress', reasons: [], fullStep: true, tooFewMinutes: false };
  if (coaching.length > 0) reasons.push(...coaching);
  else if (fullStep) reasons.push(reason(locale, 'decision.well-tolerated', 'PMM', { limit }));
  if (!fullStep) reasons.push(reason(locale, 'decision.progress.half-step', 'NPRS', { limit }));
  return { outcome: 'progress', reasons, fullStep, tooFewMinutes: false };
}
