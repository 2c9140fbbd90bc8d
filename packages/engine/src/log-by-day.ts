/**
 * The walking log in date order, with each walk's day number alongside. The replay reads the log
 * again and again; two flat arrays cost no extra object per walk.
 */
import type { DayNumber } from './dates.js';
import type { WalkLog } from './schema.js';

export interface LogByDay {
  readonly entries: readonly WalkLog[];
  /** `days[i]` is the day of `entries[i]`, never decreasing. */
  readonly days: readonly DayNumber[];
}

/**
 * Sorts a log by day; walks of one day keep their order (the sort is stable). `days[i]` is the day of
 * `entries[i]`. Logs are usually written in date order already, and are then used as they are.
 */
export function sortByDay(entries: readonly WalkLog[], days: readonly DayNumber[]): LogByDay {
  let sorted = true;
  for (let i = 1; i < days.length && sorted; i++) sorted = (days[i - 1] ?? 0) <= (days[i] ?? 0);
  if (sorted) return { entries, days };
  const order = days.map((_, i) => i).sort((a, b) => (days[a] ?? 0) - (days[b] ?? 0));
  return { entries: order.map((i) => entries[i] as WalkLog), days: order.map((i) => days[i] ?? 0) };
}

/** The index of the first walk on or after `day`: where a week's walks begin. */
export function firstOnOrAfter({ days }: LogByDay, day: DayNumber): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((days[middle] ?? Infinity) < day) low = middle + 1;
    else high = middle;
  }
  return low;
}
