/**
 * How retro-walking grows (docs/clinical-rules.md §4; SEED-RW): from a few minutes for beginners or about
 * 20 for active people, by at most ~10% a week on what the previous full week actually had; after a week
 * cut short it starts again from at most its starting dose.
 */

/** SEED-RW: at most about 10% more a week. */
export const WEEKLY_GROWTH = 1.1;
/** Half the usual growth, for a week without any next-morning score (§5). */
export const HALF_WEEKLY_GROWTH = 1.05;
/** About three quarters of the dose after a flare (§5: 70–80%). */
export const REGRESS_SHARE = 0.75;

/** Half minutes are the finest unit a person can follow on a timer. */
export function floorToHalf(minutes: number): number {
  return Math.floor(minutes * 2 + 1e-9) / 2;
}

/** The finest step a timer shows: a short session grows by at least this, or it would never grow. */
export const SMALLEST_STEP = 0.5;

/**
 * The session length next week, after a week that went well: ~10% more, and at least half a minute
 * (10% of a 3-minute session rounds to nothing), in half minutes; without morning scores ~5%, which
 * may be nothing. Never above `target`. A clinician may prescribe a slower `weeklyGrowth` (§6): then the
 * session grows by that share only, in half minutes, without the half-minute floor.
 *
 * @example
 * grownRetroSession(5, 10, true); // 5.5
 * grownRetroSession(3.5, 10, true); // 4
 * grownRetroSession(5, 10, false); // 5: 5% of 5 minutes is less than half a minute
 * grownRetroSession(10, 20, true, 1.05); // 10.5
 */
export function grownRetroSession(
  current: number,
  target: number,
  fullStep: boolean,
  weeklyGrowth: number = WEEKLY_GROWTH,
): number {
  const share = fullStep ? weeklyGrowth : 1 + (weeklyGrowth - 1) / 2;
  const grown =
    fullStep && weeklyGrowth >= WEEKLY_GROWTH
      ? Math.max(floorToHalf(current * WEEKLY_GROWTH), current + SMALLEST_STEP)
      : floorToHalf(current * (weeklyGrowth >= WEEKLY_GROWTH ? HALF_WEEKLY_GROWTH : share));
  return Math.max(current, Math.min(target, grown));
}

/**
 * What next week grows from (SEED-RW "on what the previous week had"): the shortest session last week
 * actually planned when every retro day had one, so that no week's total rises more than 10%; after a
 * week cut short (a stop, a pause, no room) at most the starting session.
 */
export function retroSessionAfterWeek(
  dose: number,
  plannedSessions: readonly number[],
  retroDays: number,
  startSession: number,
): number {
  if (plannedSessions.length < retroDays) return Math.min(dose, startSession);
  return Math.min(dose, ...plannedSessions);
}

/**
 * After a step back (§5): the session of the last week that went well when shorter, else about three
 * quarters of the current one; never under `floor` (the shortest session worth doing).
 */
export function regressedRetroSession(current: number, earlier: number | null, floor: number): number {
  if (earlier !== null && earlier > 0 && earlier < current) return earlier;
  return Math.max(Math.min(floor, current), floorToHalf(current * REGRESS_SHARE));
}
