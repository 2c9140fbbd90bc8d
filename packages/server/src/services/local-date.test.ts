import { describe, expect, it } from 'vitest';
import { isTimeZone, localDate } from './local-date.js';

describe('localDate', () => {
  it('gives the date in the person’s own zone', () => {
    const lateEvening = new Date('2026-11-21T23:30:00Z');
    expect(localDate(lateEvening, 'UTC')).toBe('2026-11-21');
    expect(localDate(lateEvening, 'Europe/Amsterdam')).toBe('2026-11-22');
    expect(localDate(lateEvening, 'America/New_York')).toBe('2026-11-21');
  });

  it('knows real time zones from made-up ones', () => {
    expect(isTimeZone('Europe/Amsterdam')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});
