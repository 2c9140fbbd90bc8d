import type { Locale } from '@wandelcoach/engine';

type Style = 'weekday' | 'short';

const OPTIONS: Readonly<Record<Style, Intl.DateTimeFormatOptions>> = {
  weekday: { weekday: 'long', day: 'numeric', month: 'long' },
  short: { day: 'numeric', month: 'short' },
};

/** One formatter per language and style: making one costs far more than using it. */
const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar date (`2026-11-18`) the way the person's language writes it. Read as noon UTC and
 * written in UTC, so no time zone can move it to another day.
 */
function dateText(locale: Locale, date: string, style: Style): string {
  const key = `${locale} ${style}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
      ...OPTIONS[style],
      timeZone: 'UTC',
    });
    formats.set(key, format);
  }
  return format.format(new Date(`${date}T12:00:00Z`));
}

/** As a person says it: "woensdag 18 november", "Wednesday 18 November". */
export function dayInWords(locale: Locale, date: string): string {
  return dateText(locale, date, 'weekday');
}

/** Short, for a chart's axis or legend: "2 dec", "2 Dec". */
export function shortDate(locale: Locale, date: string): string {
  return dateText(locale, date, 'short');
}
