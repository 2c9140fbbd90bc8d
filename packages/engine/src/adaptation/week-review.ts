/**
 * How last week went, and what that means for the next one (clinical-rules §5; PMM, KNGF C.2.1, NPRS).
 */
import type { Locale } from '../codes.js';
import type { DayNumber } from '../dates.js';
import type { LogByDay } from '../log-by-day.js';
import type { Reason } from '../output.js';
import { reason } from '../reasons.js';
import type { WalkLog } from '../schema.js';

/** PMM: pain during walking up to 5/10 is acceptable… */
export const ACCEPTABLE_PAIN_DURING = 5;
/** …and not more than 2 points above the usual level. */
export const MAX_PAIN_RISE = 2;
/** NPRS: 2 points is a real change; less is within the noise of a day. */
export const REAL_CHANGE = 2;
/** KNGF C.2.1 / clinical-rules §5: "mostly done" means at least 80% of the planned minutes. */
export const MOSTLY_DONE = 0.8;

/** A next-morning score that is a real rise over the usual level (NPRS): a flare. */
export function isFlareMorning(painNextMorning: number, baseline: number): boolean {
  return painNextMorning >= baseline + REAL_CHANGE;
}

export type WeekOutcome = 'progress' | 'hold' | 'regress';

export interface WeekReview {
  outcome: WeekOutcome;
  reasons: Reason[];
}

export interface WeekSummary {
  plannedMinutes: number;
  logs: readonly WalkLog[];
}

/**
 * Reviews a week. `partial` is for the week that is still going on: its minutes cannot be judged yet,
 * but pain signals already count.
 */
export function reviewWeek(
  locale: Locale,
  baseline: number,
  week: WeekSummary,
  partial: boolean,
): WeekReview {
  const { logs } = week;
  if (logs.length === 0) {
    return partial
      ? { outcome: 'progress', reasons: [] }
      : { outcome: 'hold', reasons: [reason(locale, 'decision.hold.no-logs', 'KNGF-C.2.1')] };
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

  if (maxMorning !== null && isFlareMorning(maxMorning, baseline)) {
    return {
      outcome: 'regress',
      reasons: [reason(locale, 'decision.regress.morning-pain', 'PMM', { pain: maxMorning, baseline })],
    };
  }

  const reasons: Reason[] = [];
  if (maxPainDuring > ACCEPTABLE_PAIN_DURING || maxPainDuring > baseline + MAX_PAIN_RISE) {
    reasons.push(reason(locale, 'decision.hold.pain-during', 'PMM', { pain: maxPainDuring }));
  }
  if (dizziness) reasons.push(reason(locale, 'decision.hold.dizziness', 'SEED-RW'));
  if (fall) reasons.push(reason(locale, 'decision.hold.fall', 'STEADI'));
  const done = week.plannedMinutes > 0 ? walked / week.plannedMinutes : 1;
  if (!partial && done < MOSTLY_DONE) {
    reasons.push(reason(locale, 'decision.hold.minutes', 'KNGF-C.2.1', { percent: Math.round(done * 100) }));
  }
  if (reasons.length > 0) return { outcome: 'hold', reasons };

  if (partial) return { outcome: 'progress', reasons: [] };
  reasons.push(reason(locale, 'decision.well-tolerated', 'PMM'));
  if (maxMorning === null) reasons.push(reason(locale, 'decision.morning-unknown', 'NPRS'));
  return { outcome: 'progress', reasons };
}

/**
 * The day by which elevated morning pain had run on for more than a week without a calm morning in
 * between, or null if it never did: a flare lasting over 1–2 weeks means a professional should look
 * (clinical-rules §5). Computed once per replay over the log (sorted by day) before `before`.
 */
export function longFlareDay(log: LogByDay, baseline: number, before: DayNumber): DayNumber | null {
  // The log is sorted by day; each morning counts once, with its worst score.
  const { entries, days } = log;
  let flareStart: DayNumber | null = null;
  let index = 0;
  while (index < entries.length) {
    const day = days[index] ?? before;
    if (day >= before) break;
    let worst: number | null = null;
    for (; index < entries.length && days[index] === day; index++) {
      const morning = entries[index]?.painNextMorning ?? null;
      if (morning !== null && (worst === null || morning > worst)) worst = morning;
    }
    if (worst === null) continue;
    if (!isFlareMorning(worst, baseline)) {
      flareStart = null;
      continue;
    }
    flareStart ??= day;
    if (day - flareStart >= LONG_FLARE_DAYS) return day;
  }
  return null;
}

/** "More than 1–2 weeks": flaring mornings spread over eight days or more. */
export const LONG_FLARE_DAYS = 7;
