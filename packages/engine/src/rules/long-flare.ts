/**
 * A flare that lasts (docs/clinical-rules.md §5): next-morning pain 2 or more above the usual level,
 * morning after morning for more than a week without a calm morning in between, means a professional
 * should look (triage goes to `routine-assessment` at least).
 */
import type { DayNumber } from '../dates.js';
import type { LogByDay } from '../log-by-day.js';
import { firstOnOrAfter } from '../log-by-day.js';
import { isFlareMorning } from './week-review.js';

/** "More than 1–2 weeks": flaring mornings spread over eight days or more. */
export const LONG_FLARE_DAYS = 7;

/**
 * The day by which elevated mornings had run on for more than a week, or null if they never did.
 * Only this episode's walks count (from `startDay`), up to the day before `before`.
 */
export function longFlareDay(
  log: LogByDay,
  baseline: number,
  startDay: DayNumber,
  before: DayNumber,
): DayNumber | null {
  // The log is sorted by day; each morning counts once, with its worst score.
  const { entries, days } = log;
  let flareStart: DayNumber | null = null;
  let index = firstOnOrAfter(log, startDay);
  while (index < entries.length) {
    const day = days[index] ?? before;
    if (day >= before) break;
    let worst: number | null = null;
    for (; index < entries.length && days[index] === day; index++) {
      const morning = entries[index]?.painNextMorning ?? null;
      if (morning !== null && (worst === null || morning > worst)) worst = morning;
    }
    if (worst === null) continue;
    if (!isFlareMorning(worst, baseline)) {
      flareStart = null;
      continue;
    }
    flareStart ??= day;
    if (day - flareStart >= LONG_FLARE_DAYS) return day;
  }
  return null;
}
