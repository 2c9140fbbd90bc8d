/**
 * The moment every browser test runs at: the server's clock and each page's clock start here and run
 * on, so "today" is the same date and weekday on every run, whatever the real date, the hour or the
 * machine's time zone (a run near midnight or on a Sunday once planned a different day).
 * A Wednesday, mid-morning in Amsterdam: hours from either midnight.
 */
import { localDate } from '@wandelcoach/engine';

export const PINNED_NOW = new Date('2026-11-18T08:30:00Z');

/** Given to the server the tests start, which reads it in `shifted-clock.mjs`. */
export const PINNED_NOW_VARIABLE = 'WANDELCOACH_E2E_NOW';

/** The pinned calendar date in `timeZone`, `daysFromToday` days on (-1: yesterday), as YYYY-MM-DD. */
export function pinnedDate(timeZone: string, daysFromToday = 0): string {
  const at = new Date(PINNED_NOW.getTime() + daysFromToday * 24 * 60 * 60 * 1000);
  return localDate(at, timeZone);
}
