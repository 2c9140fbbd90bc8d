import { describe, expect, it } from 'vitest';
import { localDate } from './local-date.js';

describe('localDate', () => {
  it('writes the local calendar date as YYYY-MM-DD', () => {
    expect(localDate(new Date(2026, 10, 23, 9, 30))).toBe('2026-11-23');
    expect(localDate(new Date(2027, 0, 5))).toBe('2027-01-05');
  });

  it('uses local time at both ends of the day, whatever the time zone', () => {
    expect(localDate(new Date(2026, 11, 31, 23, 59, 59))).toBe('2026-12-31');
    expect(localDate(new Date(2027, 0, 1, 0, 0, 1))).toBe('2027-01-01');
  });
});
