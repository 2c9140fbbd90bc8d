/**
 * How fast the walking grows (docs/clinical-rules.md §3, "Progress"; SEED-BP, KNGF C.2.2): a few minutes
 * a day more each week that went well, time-contingent, never a jump. The step applies to the day's
 * total, forward and retro-walking together.
 */
import type { ActivityLevel } from '../codes.js';

/** Engine cap: at most 5 minutes a day more than the busiest day of the week before. */
export const MAX_STEP_PER_WEEK = 5;
/** The forward dose's step per week by activity: SEED-BP's "a few minutes". */
export const STEP_BY_ACTIVITY: Readonly<Record<ActivityLevel, number>> = { inactive: 2, light: 3, active: 4 };
/** While a professional should assess the person, the build-up is a minute a day slower. */
export const GENTLE_SLOWER_BY = 1;

/** The forward dose's weekly step; `gentle` while a physiotherapist should look first. */
export function weeklyStep(activity: ActivityLevel, gentle: boolean): number {
  const usual = STEP_BY_ACTIVITY[activity];
  return gentle ? Math.max(1, usual - GENTLE_SLOWER_BY) : usual;
}

/**
 * The most any one day of plan week `week` may hold, forward and retro together: the day's dose (what
 * the decisions made of the start), and never more than 5 minutes above the busiest day of the week
 * before. After a week without any walk planned (a pause, a plan not open yet), the start.
 *
 * @example
 * dayTotalCeiling(1, 10, 10, 0); // 10: week 1 holds the start
 * dayTotalCeiling(2, 15, 10, 10); // 15
 * dayTotalCeiling(3, 30, 10, 0); // 10: after a paused week, from the start again
 */
export function dayTotalCeiling(
  week: number,
  dayDose: number,
  start: number,
  previousBusiestDay: number,
): number {
  if (week === 1 || previousBusiestDay <= 0) return Math.min(dayDose, start);
  return Math.min(dayDose, previousBusiestDay + MAX_STEP_PER_WEEK);
}

/**
 * The forward dose after a week that went well: one step, or half a step (rounded down to whole
 * minutes) when no next-morning pain was recorded (§5), never above `target`.
 */
export function grownForwardDaily(current: number, step: number, target: number, fullStep: boolean): number {
  const grow = fullStep ? step : Math.floor(step / 2);
  return Math.max(current, Math.min(target, current + grow));
}
