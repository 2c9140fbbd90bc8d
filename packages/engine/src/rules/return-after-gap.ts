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
  /** Days in a row without a logged walk, up to (not including) the day asked about. */
  days: number;
  /** The last walk before the gap; null when nothing was logged since the plan started. */
  lastWalk: DayNumber | null;
}

/**
 * The gap that ends at `before`, counting from the plan's start at the earliest (walks before the
 * start are another episode's); null when it is shorter than 14 days.
 */
export function gapBefore(log: LogByDay, startDay: DayNumber, before: DayNumber): Gap | null {
  const index = firstOnOrAfter(log, before) - 1;
  const last = index >= 0 ? (log.days[index] ?? null) : null;
  const lastWalk = last !== null && last >= startDay ? last : null;
  const days = before - (lastWalk === null ? startDay : lastWalk + 1);
  return days >= GAP_DAYS ? { days, lastWalk } : null;
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
