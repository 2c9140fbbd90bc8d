import { describe, expect, it, vi } from 'vitest';
import { dayNumber, isoDate, isWeekend, parseIsoDate, weekday } from './dates.js';

describe('dates', () => {
  it('round-trips ISO dates', () => {
    for (const text of ['2026-11-23', '2024-02-29', '1999-12-31', '2030-01-01']) {
      expect(isoDate(dayNumber(text))).toBe(text);
    }
  });

  it('rejects dates that are not on the calendar', () => {
    expect(parseIsoDate('2026-02-30')).toBeUndefined();
    expect(parseIsoDate('2025-02-29')).toBeUndefined();
    expect(parseIsoDate('2026-13-01')).toBeUndefined();
    expect(parseIsoDate('26-11-23')).toBeUndefined();
    expect(parseIsoDate('2026-11-23T10:00')).toBeUndefined();
  });

  it('takes no text for a date before any date has parsed (the parser remembers the last one)', async () => {
    vi.resetModules();
    const fresh = await import('./dates.js');
    expect(fresh.parseIsoDate('')).toBeUndefined();
    expect(fresh.parseIsoDate('2026-11-23')).toBe(dayNumber('2026-11-23'));
    expect(fresh.parseIsoDate('')).toBeUndefined();
  });

  it('knows Monday from Sunday', () => {
    expect(weekday(dayNumber('2026-11-23'))).toBe(0); // a Monday
    expect(weekday(dayNumber('2026-11-29'))).toBe(6); // a Sunday
    expect(isWeekend(dayNumber('2026-11-28'))).toBe(true);
    expect(isWeekend(dayNumber('2026-11-27'))).toBe(false);
    expect(weekday(dayNumber('1969-12-29'))).toBe(0); // before the epoch, still a Monday
  });
});
