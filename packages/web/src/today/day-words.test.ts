import { describe, expect, it } from 'vitest';
import { dayInWords, shortDate } from './day-words.js';

describe('a date in words', () => {
  it('says the weekday and date in the person’s language, on the same calendar day everywhere', () => {
    expect(dayInWords('nl', '2026-11-18')).toBe('woensdag 18 november');
    expect(dayInWords('en', '2026-11-18')).toBe('Wednesday 18 November');
    expect(dayInWords('en', '2026-12-31')).toBe('Thursday 31 December');
  });

  it('writes a short date for a chart the same way', () => {
    expect(shortDate('nl', '2026-12-02')).toBe('2 dec');
    expect(shortDate('en', '2026-12-02')).toBe('2 Dec');
  });
});
