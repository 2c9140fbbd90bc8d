/** Calendar dates the way a person reads them: `ma 23 nov` in Dutch, `Mon 23 Nov` in English. */
import { dayNumber, weekday, type Locale } from '@wandelcoach/engine';
import { t, type CliMessageKey } from '../messages/index.js';

// ISO order, Monday first, as the engine's `weekday()` counts.
const WEEKDAYS = [
  'weekday.mon',
  'weekday.tue',
  'weekday.wed',
  'weekday.thu',
  'weekday.fri',
  'weekday.sat',
  'weekday.sun',
] as const satisfies readonly CliMessageKey[];

const MONTHS = [
  'month.jan',
  'month.feb',
  'month.mar',
  'month.apr',
  'month.may',
  'month.jun',
  'month.jul',
  'month.aug',
  'month.sep',
  'month.oct',
  'month.nov',
  'month.dec',
] as const satisfies readonly CliMessageKey[];

function parts(iso: string): { year: number; month: number; day: number } {
  // dayNumber throws on anything that is not a calendar date, so the slices below are safe.
  dayNumber(iso);
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

function monthName(locale: Locale, month: number): string {
  const key = MONTHS[month - 1];
  if (key === undefined) throw new RangeError(`No month ${month}`);
  return t(locale, key);
}

/** `23 nov` / `23 Nov`. */
export function formatDayMonth(locale: Locale, iso: string): string {
  const { month, day } = parts(iso);
  return `${day} ${monthName(locale, month)}`;
}

/** `ma 23 nov` / `Mon 23 Nov`. */
export function formatDay(locale: Locale, iso: string): string {
  const key = WEEKDAYS[weekday(dayNumber(iso))];
  if (key === undefined) throw new RangeError(`No weekday for ${iso}`);
  return `${t(locale, key)} ${formatDayMonth(locale, iso)}`;
}

/** `ma 23 nov 2026` / `Mon 23 Nov 2026`. */
export function formatFullDate(locale: Locale, iso: string): string {
  return `${formatDay(locale, iso)} ${parts(iso).year}`;
}
