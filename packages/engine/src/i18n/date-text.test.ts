/** Written from the rule as docs/clinical-rules.md states it (the § in each name), not from the engine's output. */
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../dates.js';
import { dateInSentence } from './date-text.js';

const today = dayNumber('2026-12-01');

describe('dates inside sentences (§1)', () => {
  it('writes day and month the reader’s way, in both languages', () => {
    expect(dateInSentence('nl', dayNumber('2026-11-25'), today)).toBe('25 november');
    expect(dateInSentence('en', dayNumber('2026-11-25'), today)).toBe('25 November');
    expect(dateInSentence('en', dayNumber('2026-03-01'), today)).toBe('1 March');
  });

  it('adds the year only when it is not this year', () => {
    expect(dateInSentence('nl', dayNumber('1990-01-01'), today)).toBe('1 januari 1990');
    expect(dateInSentence('en', dayNumber('2027-01-04'), today)).toBe('4 January 2027');
  });
});
