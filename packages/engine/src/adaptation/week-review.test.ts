import { describe, expect, it } from 'vitest';
import type { WalkLog } from '../schema.js';
import { dayNumber } from '../dates.js';
import { sortByDay } from '../log-by-day.js';
import { longFlareDay, reviewWeek } from './week-review.js';

function walk(overrides: Partial<WalkLog>): WalkLog {
  return {
    date: '2026-11-23',
    kind: 'forward',
    minutes: 10,
    painDuring: 2,
    painNextMorning: 2,
    dizziness: false,
    fall: false,
    newSymptoms: [],
    ...overrides,
  };
}
const week = (logs: WalkLog[], plannedMinutes = 70) => ({ plannedMinutes, logs });
const codes = (review: { reasons: ReadonlyArray<{ code: string }> }) => review.reasons.map((r) => r.code);

describe('reviewWeek (PMM, KNGF C.2.1, NPRS)', () => {
  const sevenWalks = (o: Partial<WalkLog> = {}) => Array.from({ length: 7 }, () => walk(o));

  it('progresses after a week done well', () => {
    const review = reviewWeek('en', 2, week(sevenWalks()), false);
    expect(review.outcome).toBe('progress');
    expect(codes(review)).toEqual(['decision.well-tolerated']);
  });

  it('progresses when the morning pain is within a point of the usual level', () => {
    expect(reviewWeek('en', 2, week(sevenWalks({ painNextMorning: 3 })), false).outcome).toBe('progress');
  });

  it('steps back when next-morning pain is 2 points or more above the usual level', () => {
    const review = reviewWeek('en', 2, week([...sevenWalks(), walk({ painNextMorning: 4 })]), false);
    expect(review.outcome).toBe('regress');
    expect(review.reasons[0]?.message).toContain('4 out of 10');
  });

  it('holds when pain during walking goes above 5, or more than 2 above the usual level', () => {
    expect(reviewWeek('en', 2, week(sevenWalks({ painDuring: 6 })), false).outcome).toBe('hold');
    expect(reviewWeek('en', 0, week(sevenWalks({ painDuring: 3, painNextMorning: 0 })), false).outcome).toBe(
      'hold',
    );
    expect(reviewWeek('en', 2, week(sevenWalks({ painDuring: 4 })), false).outcome).toBe('progress');
  });

  it('holds below 80% of the planned minutes, and without any walks', () => {
    const review = reviewWeek('en', 2, week(sevenWalks(), 100), false);
    expect(review.outcome).toBe('hold');
    expect(review.reasons[0]?.message).toContain('70%');
    expect(codes(reviewWeek('en', 2, week([]), false))).toEqual(['decision.hold.no-logs']);
  });

  it('holds after dizziness', () => {
    expect(codes(reviewWeek('en', 2, week(sevenWalks({ dizziness: true })), false))).toContain(
      'decision.hold.dizziness',
    );
  });

  it('says so when no morning pain was recorded', () => {
    expect(codes(reviewWeek('en', 2, week(sevenWalks({ painNextMorning: null })), false))).toContain(
      'decision.morning-unknown',
    );
  });

  it('judges only pain in a week still under way', () => {
    expect(reviewWeek('en', 2, week([walk({})], 70), true).outcome).toBe('progress');
    expect(reviewWeek('en', 2, week([walk({ painNextMorning: 5 })], 70), true).outcome).toBe('regress');
  });
});

const dated = (logs: WalkLog[]) =>
  sortByDay(
    logs,
    logs.map((log) => dayNumber(log.date)),
  );
const END = dayNumber('2027-01-01');

describe('longFlareDay', () => {
  it('finds elevated mornings spread over more than a week', () => {
    const flare = ['2026-11-23', '2026-11-26', '2026-11-30'].map((date) =>
      walk({ date, painNextMorning: 5 }),
    );
    expect(longFlareDay(dated(flare), 2, END)).toBe(dayNumber('2026-11-30'));
    expect(longFlareDay(dated(flare.slice(0, 2)), 2, END)).toBeNull();
  });

  it('resets on a calm morning, whatever the order of the log', () => {
    const logs = [
      walk({ date: '2026-11-30', painNextMorning: 5 }),
      walk({ date: '2026-11-26', painNextMorning: 2 }),
      walk({ date: '2026-11-23', painNextMorning: 5 }),
    ];
    expect(longFlareDay(dated(logs), 2, END)).toBeNull();
  });
});
