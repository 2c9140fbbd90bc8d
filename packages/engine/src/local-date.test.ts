import fc from 'fast-check';
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

  // Zones whose clocks change at or near midnight, by half an hour, or skipped a whole day (Apia, 30
  // December 2011): the kept date must never outlive the day it belongs to.
  const awkwardZones = [
    'Europe/Amsterdam',
    'America/Santiago',
    'America/Havana',
    'Asia/Beirut',
    'Australia/Lord_Howe',
    'Pacific/Chatham',
    'Pacific/Apia',
    'America/St_Johns',
    'UTC',
  ];
  const fresh = (at: number, zone: string): string =>
    new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(at);

  it('asked again and again, in any order of moments, gives what the calendar gives each time', () => {
    const from = Date.UTC(2011, 0, 1);
    const to = Date.UTC(2031, 0, 1);
    fc.assert(
      fc.property(
        fc.constantFrom(...awkwardZones),
        fc.integer({ min: from, max: to }),
        // Moments close after one another, as requests come, with some far away or earlier.
        fc.array(fc.integer({ min: -2 * 86_400_000, max: 3 * 86_400_000 }), { minLength: 1, maxLength: 40 }),
        (zone, start, steps) => {
          let at = start;
          for (const step of steps) {
            at += step % 5 === 0 ? step : Math.abs(step) % 7_200_000;
            expect(localDate(new Date(at), zone)).toBe(fresh(at, zone));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('moves to the next day at the exact millisecond of local midnight, also on a clock-change night', () => {
    // Santiago put its clocks forward at midnight on 8 September 2024: 00:00 became 01:00.
    const cases: [string, string][] = [
      ['Europe/Amsterdam', '2026-11-21T23:00:00Z'],
      ['America/Santiago', '2024-09-08T04:00:00Z'],
      ['Pacific/Apia', '2011-12-30T10:00:00Z'],
    ];
    for (const [zone, midnight] of cases) {
      const at = Date.parse(midnight);
      for (const moment of [at - 3_600_000, at - 1, at, at + 1, at - 1, at + 3_600_000]) {
        expect(localDate(new Date(moment), zone)).toBe(fresh(moment, zone));
      }
    }
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
