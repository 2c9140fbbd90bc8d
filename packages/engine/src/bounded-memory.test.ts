/**
 * No input can grow the engine's memory without bound (issue: a server runs it for every request, and
 * a request can carry anything). Each remembered table gets a million distinct keys and stays under
 * its bound.
 */
import { describe, expect, it } from 'vitest';
import { isoDate, keptDateCounts, MAX_KEPT_DATES, parseIsoDate } from './dates.js';
import {
  fill,
  formatNumber,
  keptFormatCounts,
  MAX_KEPT_FRACTIONS,
  MAX_KEPT_TEMPLATES,
} from './i18n/format.js';

const MILLION = 1_000_000;

describe('bounded memory', () => {
  it('remembers at most its bound of dates, parsed or written', { timeout: 60_000 }, () => {
    let wrong = 0;
    for (let day = 0; day < MILLION; day++) {
      const text = isoDate(day - 700_000); // from the year 53 on: a million real, distinct dates
      if (parseIsoDate(text) !== day - 700_000) wrong++;
    }
    expect(wrong).toBe(0);
    const counts = keptDateCounts();
    expect(counts.parsed).toBeLessThanOrEqual(MAX_KEPT_DATES);
    expect(counts.formatted).toBeLessThanOrEqual(MAX_KEPT_DATES);
  });

  it('remembers at most its bound of fractions and templates', { timeout: 60_000 }, () => {
    for (let i = 0; i < MILLION; i++) {
      formatNumber(i % 2 === 0 ? 'nl' : 'en', i + 0.5);
      if (i % 10 === 0) fill('en', `template ${String(i)} with {value}`, { value: i });
    }
    const counts = keptFormatCounts();
    expect(counts.fractions).toBeLessThanOrEqual(2 * MAX_KEPT_FRACTIONS);
    expect(counts.templates).toBeLessThanOrEqual(MAX_KEPT_TEMPLATES);
  });
});
