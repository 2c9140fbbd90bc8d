import { describe, expect, it } from 'vitest';
import { respell } from './test-support/spellings.js';
import { canonicalTimeZone, keptZoneCount, localDate, MAX_KEPT_ZONES } from './local-date.js';

describe('localDate', () => {
  const lateEvening = new Date('2026-11-21T23:30:00Z');

  it('gives the calendar date in the person’s own time zone', () => {
    expect(localDate(lateEvening, 'UTC')).toBe('2026-11-21');
    expect(localDate(lateEvening, 'Europe/Amsterdam')).toBe('2026-11-22');
    expect(localDate(lateEvening, 'America/New_York')).toBe('2026-11-21');
    expect(localDate(lateEvening, 'asia/calcutta')).toBe('2026-11-22');
  });

  it('refuses what is not a time zone', () => {
    expect(() => localDate(lateEvening, 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('canonicalTimeZone', () => {
  it('accepts any capitalisation and the aliases browsers send, and gives one name for each zone', () => {
    expect(canonicalTimeZone('europe/AMSTERDAM')).toBe('Europe/Amsterdam');
    const kolkata = canonicalTimeZone('Asia/Kolkata');
    expect(kolkata).toBeDefined();
    for (const spelling of ['Asia/Calcutta', 'asia/calcutta', 'ASIA/KOLKATA']) {
      expect(canonicalTimeZone(spelling)).toBe(kolkata);
    }
    expect(canonicalTimeZone('US/Pacific')).toBe(canonicalTimeZone('America/Los_Angeles'));
  });

  it('refuses unknown and absurd names', () => {
    expect(canonicalTimeZone('Mars/Olympus')).toBeUndefined();
    expect(canonicalTimeZone('')).toBeUndefined();
    expect(canonicalTimeZone('Europe/'.repeat(100))).toBeUndefined();
  });

  it(
    'keeps one formatter per zone however a million different spellings arrive',
    { timeout: 120_000 },
    () => {
      const zones = Intl.supportedValuesOf('timeZone');
      const now = new Date('2026-11-21T12:00:00Z');
      for (let i = 0; i < 1_000_000; i++) {
        const zone = zones[i % zones.length] ?? 'UTC';
        // A different capitalisation each time; now and then an alias, or something that is no zone.
        const kind = i % 50;
        const spelling =
          kind === 49
            ? `Nowhere/${String(i)}`
            : kind === 48
              ? i & 1
                ? 'asia/KOLKATA'
                : 'us/PACIFIC'
              : respell(zone, i, 20);
        if (kind === 49) expect(canonicalTimeZone(spelling)).toBeUndefined();
        else if (i % 97 === 0) localDate(now, spelling);
        else canonicalTimeZone(spelling);
      }
      expect(keptZoneCount()).toBeLessThanOrEqual(Math.min(MAX_KEPT_ZONES, zones.length + 50));
    },
  );
});
