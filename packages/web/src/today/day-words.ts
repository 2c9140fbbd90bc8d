import type { Locale } from '@wandelcoach/engine';

const formats: Partial<Record<Locale, Intl.DateTimeFormat>> = {};

/**
 * A calendar date (`2026-11-18`) as a person says it: "woensdag 18 november", "Wednesday 18 November".
 * Read as noon UTC and written in UTC, so no time zone can move it to another day.
 */
export function dayInWords(locale: Locale, date: string): string {
  const format = (formats[locale] ??= new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }));
  return format.format(new Date(`${date}T12:00:00Z`));
}
