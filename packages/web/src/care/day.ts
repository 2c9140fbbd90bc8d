/** A day as the care team's screens write it: "18 November 2026", "18 november 2026". */
import type { Locale } from '@wandelcoach/engine';

const dayFormats = new Map<Locale, Intl.DateTimeFormat>();

export function day(locale: Locale, iso: string): string {
  let format = dayFormats.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' });
    dayFormats.set(locale, format);
  }
  return format.format(new Date(iso));
}
