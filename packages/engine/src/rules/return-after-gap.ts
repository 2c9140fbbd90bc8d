/**
 * Returning after a gap (docs/clinical-rules.md §3): after 14 days or more without a logged walk, the
 * plan starts again at the last dose that went well before the gap, reduced to about 60% (the rules give
 * 50–70%), once per gap and never below the starting dose, and builds up from there.
 */
import type { DayNumber } from '../dates.js';
import { firstOnOrAfter, type LogByDay } from '../log-by-day.js';

export const GAP_DAYS = 14;
export const RESTART_SHARE = 0.6;

export interface Gap {
  /** Days in a row without a logged walk. */
  days: number;
  /** The first of those days: what tells one gap from another. */
  from: DayNumber;
  /** The last walk before the gap; null when nothing was logged since the plan started. */
  lastWalk: DayNumber | null;
}

/**
 * The latest stretch of 14 days or more without a logged walk that reaches into the week from
 * `weekStart` to `before` (not included): one that ended in that week with a walk, or one still going
 * at its end. Counted from the plan's start at the earliest (walks before it are another episode's);
 * null when there is none.
 *
 * @example
 * // walks until 18 November, none from 19 November to 2 December, walking again on 3 December
 * gapIn(log, start, dayNumber('2026-11-30'), dayNumber('2026-12-07')); // { days: 14, from: 19 Nov, lastWalk: 18 Nov }
 */
export function gapIn(
  log: LogByDay,
  startDay: DayNumber,
  weekStart: DayNumber,
  before: DayNumber,
): Gap | null {
  let previous = startDay - 1; // as if a walk on the day before the start
  let found: Gap | null = null;
  const { days } = log;
  const consider = (next: DayNumber) => {
    const length = next - previous - 1;
    if (length >= GAP_DAYS && next - 1 >= weekStart) {
      found = { days: length, from: previous + 1, lastWalk: previous >= startDay ? previous : null };
    }
  };
  for (let i = firstOnOrAfter(log, startDay); i < days.length; i++) {
    const day = days[i] ?? before;
    if (day >= before) break;
    if (day === previous) continue;
    consider(day);
    previous = day;
  }
  consider(before);
  return found;
}

/**
 * The dose to restart at: about 60% of the last dose that went well, never below the start, and never
 * above what the plan has now.
 *
 * @example
 * restartDose(30, 10, 30); // 18
 * restartDose(12, 10, 12); // 10
 */
export function restartDose(lastGood: number, start: number, current: number): number {
  return Math.min(current, Math.max(start, Math.round(lastGood * RESTART_SHARE)));
}
