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
  private readonly forward: DailyLongest;
  private readonly retro: DailyLongest;

  /** Covers the days from `first` to `last`, inclusive; walks outside are ignored. */
  constructor(first: DayNumber, last: DayNumber) {
    this.forward = new DailyLongest(first, last);
    this.retro = new DailyLongest(first, last);
  }

  record(day: DayNumber, kind: WalkKind, minutes: number): void {
    (kind === 'forward' ? this.forward : this.retro).record(day, minutes);
  }

  /** The longest walk of `kind` on the 30 days before `day` (0 when there was none). */
  longestBefore(day: DayNumber, kind: WalkKind): number {
    return (kind === 'forward' ? this.forward : this.retro).longestBefore(day);
  }
}

/** The longest walk of each day for one kind of walk. */
class DailyLongest {
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

/**
 * The longest a single walk may be on a day, given the longest of the past 30 days. With no walk of
 * that kind in the window, `fallback` (the programme's own starting dose) applies.
 */
export function spikeCap(longestRecent: number, fallback: number): number {
  if (longestRecent <= 0) return Math.max(SPIKE_FREE_MINUTES, fallback);
  return Math.max(SPIKE_FREE_MINUTES, Math.floor(longestRecent * SPIKE_GROWTH * 2 + 1e-9) / 2);
}
