/**
 * The single-walk cap (docs/clinical-rules.md §3, "Progress"; SPIKE): no walk of any kind may be more
 * than 10% longer than the longest walk of any kind in the 30 days before it, unless it is 10 minutes
 * or shorter. Before anything is logged, what the person can walk comfortably counts as that walk.
 *
 * The history is kept as a dense array of daily maxima over the plan's span, because the cap is asked
 * for every day of every plan.
 */
import type { DayNumber } from '../dates.js';

export const SPIKE_WINDOW_DAYS = 30;
/** SPIKE: no walk more than 10% longer than the longest of the past 30 days… */
export const SPIKE_GROWTH = 1.1;
/** …unless it is ten minutes or shorter. */
export const SPIKE_FREE_MINUTES = 10;

/**
 * The longest a single walk may be, given the longest walk of the past 30 days, in half minutes.
 *
 * @example
 * spikeCap(20); // 22
 * spikeCap(3); // 10: walks of ten minutes or less are never limited
 */
export function spikeCap(longestRecent: number): number {
  return Math.max(SPIKE_FREE_MINUTES, Math.floor(longestRecent * SPIKE_GROWTH * 2 + 1e-9) / 2);
}

/** The longest walk of each day, forward and retro alike. */
export class WalkHistory {
  private readonly first: DayNumber;
  // A plain array rather than a Float64Array: a typed array this size keeps its numbers outside the JS
  // heap and takes about five times as long to create, and a plan reads it only some hundred times.
  private readonly minutes: number[];
  /**
   * The last answer: the longest walk on the days [`end` − 30, `end`) (as indexes into `minutes`), and
   * the latest index holding it. The replay asks for day after day, so the next answer usually only
   * needs the days that came into the window, as long as `at` has not left it.
   */
  private end = -1;
  private longest = 0;
  private at = -1;

  /** Covers the days from `first` to `last`, inclusive; walks outside are ignored. */
  constructor(first: DayNumber, last: DayNumber) {
    this.first = first;
    this.minutes = new Array<number>(Math.max(0, last - first + 1)).fill(0);
  }

  record(day: DayNumber, minutes: number): void {
    const index = day - this.first;
    if (index < 0 || index >= this.minutes.length) return;
    if (minutes > (this.minutes[index] ?? 0)) {
      this.minutes[index] = minutes;
      // A longer walk on a day the last answer covered: that answer no longer holds.
      if (index < this.end) this.at = -1;
    }
  }

  /** The longest walk of any kind on the 30 days before `day` (0 when there was none). */
  longestBefore(day: DayNumber): number {
    const end = Math.min(day - this.first, this.minutes.length);
    const start = Math.max(0, end - SPIKE_WINDOW_DAYS);
    let from = start;
    let longest = 0;
    let at = -1;
    if (end >= this.end && this.at >= start) {
      // The last window's longest walk is still inside: only the days since need looking at.
      from = this.end;
      longest = this.longest;
      at = this.at;
    }
    for (let i = from; i < end; i++) {
      const minutes = this.minutes[i] ?? 0;
      if (minutes >= longest) {
        longest = minutes;
        at = i;
      }
    }
    this.end = end;
    this.longest = longest;
    this.at = at;
    return longest;
  }
}
