/**
 * Calendar dates as whole days since 1970-01-01 (UTC). Plans are about calendar days, never about
 * clock time, so the engine counts days and leaves time zones to the edges.
 */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

// The last date that parsed. A log lists several walks a day and they usually arrive together, and
// validation and the replay ask for the same dates one after the other. It starts as a real date, so
// that no text is taken for a date before the first one has parsed.
let lastText = '1970-01-01';
let lastDay: DayNumber = 0;
/** At most this many dates are remembered in each direction (about 270 years of days). */
export const MAX_KEPT_DATES = 100_000;
/** Dates parsed before: a lookup costs a third of a parse, and every plan reads the same few months. */
const parsed = new Map<string, DayNumber>();

/**
 * Parses `YYYY-MM-DD`; returns `undefined` for anything that is not a real calendar date. Plain integer
 * arithmetic: every log entry's date is parsed on every plan, so this sits on the hot path.
 */
export function parseIsoDate(text: string): DayNumber | undefined {
  if (text === lastText) return lastDay;
  let day = parsed.get(text);
  if (day === undefined) {
    day = parseUncached(text);
    if (day === undefined) return undefined;
    if (parsed.size < MAX_KEPT_DATES) parsed.set(text, day);
  }
  lastText = text;
  lastDay = day;
  return day;
}

function parseUncached(text: string): DayNumber | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1) return undefined;
  const monthLength = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  if (day > monthLength) return undefined;
  return daysFromCivil(year, month, day);
}

/** The earliest date the contract accepts for a plan's start or a walk (plan-contract.md). */
export const EARLIEST_DATE = '2000-01-01';
/** A plan may start at most this many days after today (plan-contract.md). */
export const MAX_START_DAYS_AHEAD = 366;

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
    if (isoCache.size < MAX_KEPT_DATES) isoCache.set(day, text);
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

/** How many dates are remembered, each way (for the test that no input grows them without bound). */
export function keptDateCounts(): { parsed: number; formatted: number } {
  return { parsed: parsed.size, formatted: isoCache.size };
}
