/**
 * The day's total load (docs/clinical-rules.md §3 "Order when rules meet", §4): forward and retro-walking
 * of one day are dosed together. On a retro-walking day the caps come first (the day's ceiling and the
 * single-walk cap), then forward walking as the main part (at least as many minutes as the retro
 * session), and the retro session gets what is left: it shrinks to fit, or waits when even a short
 * session does not fit.
 */
import { floorToHalf } from './retro-growth.js';

/** A retro-walking session shorter than this is not worth the set-up; it waits instead (product choice). */
export const MIN_RETRO_SESSION = 3;

export interface RetroDayInput {
  /** The most the day may hold, forward and retro together (weekly-step.ts). */
  ceiling: number;
  /** The forward programme's dose for a day. */
  forwardDaily: number;
  /** The retro session the retro programme asks for today. */
  retroWanted: number;
  /** The longest any single walk may be today (spike-cap.ts). */
  singleWalkCap: number;
}

export interface RetroDaySplit {
  /** Forward minutes today, whole minutes. */
  forward: number;
  /** Retro minutes today, in half minutes; 0 when it waits. */
  retro: number;
}

/**
 * Splits a retro-walking day: the retro session is at most the single-walk cap, at most half the day's
 * ceiling and at most the forward dose, so that forward walking is never the smaller part; forward walking
 * fills the rest of the ceiling up to its own dose.
 *
 * @example
 * // week 1 of a 10-minute start with a beginner's 5 minutes of retro-walking
 * splitRetroDay({ ceiling: 10, forwardDaily: 10, retroWanted: 5, singleWalkCap: 10 }); // { forward: 5, retro: 5 }
 * // an active beginner who can walk only a minute: no room yet
 * splitRetroDay({ ceiling: 2, forwardDaily: 2, retroWanted: 20, singleWalkCap: 10 }); // { forward: 2, retro: 0 }
 */
export function splitRetroDay(input: RetroDayInput): RetroDaySplit {
  const forwardDose = Math.min(input.forwardDaily, input.ceiling);
  const room = Math.min(input.retroWanted, input.singleWalkCap, Math.floor(input.ceiling / 2), forwardDose);
  const retro = floorToHalf(room);
  if (retro < MIN_RETRO_SESSION) return { forward: Math.floor(forwardDose), retro: 0 };
  return { forward: Math.floor(Math.min(forwardDose, input.ceiling - retro)), retro };
}
