import { describe, expect, it } from 'vitest';
import { formatDay, formatDayMonth, formatFullDate } from './dates.js';

describe('formatDay', () => {
  it('writes Dutch dates with a short weekday and month', () => {
    expect(formatDay('nl', '2026-11-23')).toBe('ma 23 nov');
    expect(formatDay('nl', '2026-11-29')).toBe('zo 29 nov');
    expect(formatDay('nl', '2027-03-03')).toBe('wo 3 mrt');
    expect(formatDay('nl', '2027-05-14')).toBe('vr 14 mei');
    expect(formatDay('nl', '2027-10-02')).toBe('za 2 okt');
  });

  it('writes English dates with a capital', () => {
    expect(formatDay('en', '2026-11-23')).toBe('Mon 23 Nov');
    expect(formatDay('en', '2026-12-31')).toBe('Thu 31 Dec');
    expect(formatDay('en', '2027-05-01')).toBe('Sat 1 May');
  });

  it('refuses a date that is not on the calendar', () => {
    expect(() => formatDay('nl', '2026-02-30')).toThrow();
  });
});

describe('formatDayMonth and formatFullDate', () => {
  it('leave out the weekday or add the year', () => {
    expect(formatDayMonth('nl', '2026-12-06')).toBe('6 dec');
    expect(formatDayMonth('en', '2027-01-10')).toBe('10 Jan');
    expect(formatFullDate('nl', '2027-02-14')).toBe('zo 14 feb 2027');
    expect(formatFullDate('en', '2026-11-23')).toBe('Mon 23 Nov 2026');
  });
});
