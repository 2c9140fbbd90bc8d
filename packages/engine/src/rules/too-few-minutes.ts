/**
 * Nobody is held at a dose they cannot reach (docs/clinical-rules.md §5): after two holds in a row for
 * too few minutes (under 80% of the plan), the dose moves to what the person actually walked, never
 * below the starting dose and never above the dose they could not reach. Retro-walking's starting dose
 * is itself whatever fits the day (total-load-cap.ts), so its floor is the shortest session the plan
 * gives.
 */
import { floorToHalf } from './retro-growth.js';

/** Holds in a row for too few minutes before the dose moves to what was walked. */
export const HOLDS_BEFORE_MOVING = 2;

/**
 * The forward dose after the second hold: the minutes walked per planned day.
 *
 * @example
 * forwardFromWalked(20, 11.4, 10); // 11
 * forwardFromWalked(12, 4, 10); // 10: never below the start
 */
export function forwardFromWalked(current: number, walkedPerDay: number, start: number): number {
  return Math.min(current, Math.max(start, Math.round(walkedPerDay)));
}

/** The retro session after the second hold: the minutes walked backwards per planned session. */
export function retroFromWalked(current: number, walkedPerSession: number, shortest: number): number {
  return Math.min(current, Math.max(shortest, floorToHalf(walkedPerSession)));
}
