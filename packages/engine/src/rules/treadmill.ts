/**
 * Retro-walking on a treadmill (docs/clinical-rules.md §4; SEED-RW): start around 3 km/h and build to
 * about 4, never above 4.0, and from 65 never above 3.5 (a product choice: older adults walk backwards
 * more slowly). Speed and minutes never go up in the same week, so the load grows by at most ~10%.
 */

export const TREADMILL_START_KMH = 3;
export const TREADMILL_MAX_KMH = 4;
export const TREADMILL_MAX_KMH_FROM_65 = 3.5;
export const OLDER_ADULT_AGE = 65;
/** One step up: 0.2 km/h on 3 km/h is under 7% more load. */
export const TREADMILL_STEP_KMH = 0.2;
/** A step back after a flare. */
export const REGRESS_KMH = 0.5;
/** SEED-RW's light incline, for active people. */
export const ACTIVE_INCLINE_PERCENT = 2;

export function treadmillMaxKmh(age: number): number {
  return age >= OLDER_ADULT_AGE ? TREADMILL_MAX_KMH_FROM_65 : TREADMILL_MAX_KMH;
}

/** What goes up in a week that progresses: the minutes or the speed, never both. */
export type LoadStep = 'minutes' | 'speed';

/**
 * Minutes and speed take turns; when one of them cannot grow, the other does.
 *
 * @example
 * nextLoadStep('minutes', true, true); // 'speed'
 * nextLoadStep('speed', false, true); // 'speed': the minutes are at their target
 */
export function nextLoadStep(
  last: LoadStep | null,
  canGrowMinutes: boolean,
  canGrowSpeed: boolean,
): LoadStep | null {
  if (canGrowSpeed && (last === 'minutes' || !canGrowMinutes)) return 'speed';
  return canGrowMinutes ? 'minutes' : null;
}

export function grownSpeed(speedKmh: number, maxKmh: number): number {
  return Math.min(maxKmh, Math.round((speedKmh + TREADMILL_STEP_KMH) * 10) / 10);
}

export function regressedSpeed(speedKmh: number): number {
  return Math.max(TREADMILL_START_KMH, Math.round((speedKmh - REGRESS_KMH) * 10) / 10);
}
