/**
 * Calendar dates as whole days since 1970-01-01 (UTC). Plans are about calendar days, never about
 * clock time, so the engine counts days and leaves time zones to the edges.
 */
export type DayNumber = number;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Parses `YYYY-MM-DD`; returns `undefined` for anything that is not a real calendar date. */
export function parseIsoDate(text: string): DayNumber | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return undefined;
  }
  return Math.round(ms / MS_PER_DAY);
}

/** Like {@link parseIsoDate} for input already validated. */
export function dayNumber(text: string): DayNumber {
  const day = parseIsoDate(text);
  if (day === undefined) throw new RangeError(`Not a calendar date: ${text}`);
  return day;
}

const isoCache = new Map<DayNumber, string>();

/** Formats a day number as `YYYY-MM-DD`. */
export function isoDate(day: DayNumber): string {
  let text = isoCache.get(day);
  if (text === undefined) {
    text = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    if (isoCache.size < 100_000) isoCache.set(day, text);
  }
  return text;
}

/** 0 = Monday … 6 = Sunday (ISO weekday order). */
export function weekday(day: DayNumber): number {
  // 1970-01-01 was a Thursday (ISO weekday index 3).
  return (((day + 3) % 7) + 7) % 7;
}

export function isWeekend(day: DayNumber): boolean {
  return weekday(day) >= 5;
}
