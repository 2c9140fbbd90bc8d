/**
 * Dates inside sentences, the reader's way (docs/clinical-rules.md §1 "Texts"): "25 November" and
 * "25 november", with the year only when it is not this year's. Never an ISO date in a sentence.
 */
import type { Locale } from '../codes.js';
import { isoDate, type DayNumber } from '../dates.js';
import { catalogues, type MessageKey } from './index.js';

/**
 * @example
 * dateInSentence('nl', dayNumber('2026-11-25'), dayNumber('2026-12-01')); // '25 november'
 * dateInSentence('en', dayNumber('1990-01-01'), dayNumber('2026-12-01')); // '1 January 1990'
 */
export function dateInSentence(locale: Locale, day: DayNumber, today: DayNumber): string {
  const [year, month, date] = isoDate(day).split('-');
  const name = catalogues[locale][`month.${Number(month)}` as MessageKey];
  const text = `${Number(date)} ${name}`;
  return year === isoDate(today).slice(0, 4) ? text : `${text} ${Number(year)}`;
}
