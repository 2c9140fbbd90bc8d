/**
 * "Today" for a person: the calendar date of a moment in their time zone. A walk at 23:30 in Amsterdam
 * belongs to that day, whatever the server's or the device's clock says. The one function the server,
 * the command line, the web app and the tests all use. Pure: the moment is a parameter.
 */

/** The time-zone database has about 600 zones; formatters are kept for at most this many. */
export const MAX_KEPT_ZONES = 1_000;
/** Longer than any zone name (the longest are about 30 characters); longer input is refused at once. */
const MAX_ZONE_NAME = 64;

/** Formatters by canonical zone name only: a differently written name never adds one. */
const formats = new Map<string, Intl.DateTimeFormat>();
/**
 * The runtime's own zone names by their lower-case spelling, made once (a fixed list of about 420):
 * any capitalisation of a listed zone is found without building a formatter.
 */
let listed: ReadonlyMap<string, string> | undefined;

function listedZones(): ReadonlyMap<string, string> {
  listed ??= new Map(Intl.supportedValuesOf('timeZone').map((zone) => [zone.toLowerCase(), zone]));
  return listed;
}

function formatter(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
}

/**
 * The runtime's own name for a time zone, or undefined when it knows none by that name. Accepts what
 * browsers send, in any capitalisation, aliases included (`asia/calcutta`, `US/Pacific`).
 *
 * @example
 * canonicalTimeZone('europe/AMSTERDAM'); // 'Europe/Amsterdam'
 * canonicalTimeZone('Mars/Olympus'); // undefined
 */
export function canonicalTimeZone(name: string): string | undefined {
  if (typeof name !== 'string' || name.length === 0 || name.length > MAX_ZONE_NAME) return undefined;
  if (formats.has(name)) return name;
  const known = listedZones().get(name.toLowerCase());
  if (known !== undefined) return known;
  // An alias the list leaves out (`Asia/Kolkata`, `US/Pacific`), or no zone at all.
  try {
    return formatter(name).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

function keptFormatter(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (format !== undefined) return format;
  const canonical = canonicalTimeZone(timeZone);
  if (canonical === undefined) throw new RangeError(`Not a time zone: ${timeZone.slice(0, MAX_ZONE_NAME)}`);
  format = formats.get(canonical);
  if (format === undefined) {
    format = formatter(canonical);
    if (formats.size < MAX_KEPT_ZONES) formats.set(canonical, format);
  }
  return format;
}

/**
 * `YYYY-MM-DD` of `now` in `timeZone`.
 *
 * @example
 * localDate(new Date('2026-11-21T23:30:00Z'), 'Europe/Amsterdam'); // '2026-11-22'
 */
export function localDate(now: Date, timeZone: string): string {
  const at = now.getTime();
  const kept = days.get(timeZone);
  if (kept !== undefined && at >= kept.from && at < kept.until) return kept.date;
  const format = keptFormatter(timeZone);
  const date = format.format(now);
  // Only zones spelt as the runtime spells them are kept (the same bound as the formatters).
  if (formats.get(timeZone) === format && Number.isFinite(at)) {
    const until = nextMidnight(at, timeZone, date, format);
    if (until !== undefined) days.set(timeZone, { date, from: at, until });
  }
  return date;
}

/**
 * Working out the date is the costly part of a request that is otherwise served from memory, and it
 * changes once a day: each zone keeps the date of the last moment asked and the span of time, from
 * that moment to the next local midnight, in which it stays the same.
 */
const days = new Map<string, { date: string; from: number; until: number }>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}

/**
 * The first millisecond of the next local day after `at`, when it can be shown exactly; undefined
 * when not (the zone's offset changes before midnight, as it does on a few zones' clock-change
 * nights), and the date is then simply worked out anew on each call.
 *
 * A guess from the local time of day assumes the offset stays as it is; it is accepted only when the
 * millisecond before it is still `date` and the guess itself is not. Local dates only move forward
 * in time, so every moment from `at` up to the guess then has the same date.
 */
function nextMidnight(
  at: number,
  timeZone: string,
  date: string,
  format: Intl.DateTimeFormat,
): number | undefined {
  const parts = partsFormatter(timeZone).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((entry) => entry.type === type)?.value ?? Number.NaN);
  const sinceMidnight =
    ((part('hour') * 60 + part('minute')) * 60 + part('second')) * 1000 + (((at % 1000) + 1000) % 1000);
  if (!Number.isFinite(sinceMidnight)) return undefined;
  const guess = at - sinceMidnight + DAY_MS;
  if (guess <= at) return undefined;
  if (format.format(guess - 1) !== date || format.format(guess) === date) return undefined;
  return guess;
}

const DAY_MS = 86_400_000;

/** How many formatters are kept (for the test that no input can grow it without bound). */
export function keptZoneCount(): number {
  return formats.size;
}
