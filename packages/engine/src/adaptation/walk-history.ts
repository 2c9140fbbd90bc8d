/**
 * The longest walk of each kind over the past 30 days (SPIKE): what was logged before today, and what
 * the plan assumes from today on. Kept as a dense array of daily maxima over the plan's span, because
 * the cap is asked for every day of every plan.
 */
import type { WalkKind } from '../codes.js';
import type { DayNumber } from '../dates.js';

export const SPIKE_WINDOW_DAYS = 30;
/** SPIKE: no walk more than 10% longer than the longest of the past 30 days… */
export const SPIKE_GROWTH = 1.1;
/** …unless it is ten minutes or shorter. */
export const SPIKE_FREE_MINUTES = 10;

export class WalkHistory {
  private readonly first: DayNumber;
  private readonly forward: Float64Array;
  private readonly retro: Float64Array;

  /** Covers the days from `first` to `last`, inclusive; walks outside are ignored. */
  constructor(first: DayNumber, last: DayNumber) {
    this.first = first;
    const size = Math.max(0, last - first + 1);
    this.forward = new Float64Array(size);
    this.retro = new Float64Array(size);
  }

  record(day: DayNumber, kind: WalkKind, minutes: number): void {
    const index = day - this.first;
    const days = kind === 'forward' ? this.forward : this.retro;
    if (index < 0 || index >= days.length) return;
    if (minutes > (days[index] ?? 0)) days[index] = minutes;
  }

  /** The longest walk of `kind` on the 30 days before `day` (0 when there was none). */
  longestBefore(day: DayNumber, kind: WalkKind): number {
    const days = kind === 'forward' ? this.forward : this.retro;
    const end = Math.min(day - this.first, days.length);
    let longest = 0;
    for (let i = Math.max(0, end - SPIKE_WINDOW_DAYS); i < end; i++) {
      const minutes = days[i] ?? 0;
      if (minutes > longest) longest = minutes;
    }
    return longest;
  }
}

/**
 * The longest a single walk may be on a day, given the longest of the past 30 days. With no walk of
 * that kind in the window, `fallback` (the programme's own starting dose) applies.
 */
export function spikeCap(longestRecent: number, fallback: number): number {
  if (longestRecent <= 0) return Math.max(SPIKE_FREE_MINUTES, fallback);
  return Math.max(SPIKE_FREE_MINUTES, Math.floor(longestRecent * SPIKE_GROWTH * 2 + 1e-9) / 2);
}
