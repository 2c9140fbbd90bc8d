import { describe, expect, it } from 'vitest';
import { firstOnOrAfter, sortByDay } from './log-by-day.js';
import type { WalkLog } from './schema.js';

function walk(date: string, minutes: number): WalkLog {
  return {
    date,
    kind: 'forward',
    minutes,
    painDuring: 1,
    painNextMorning: null,
    dizziness: false,
    fall: false,
    newSymptoms: [],
  };
}

describe('sortByDay', () => {
  it('sorts by day and keeps the order of walks within a day', () => {
    const entries = [walk('c', 1), walk('a', 2), walk('c', 3), walk('b', 4), walk('a', 5)];
    const sorted = sortByDay(entries, [3, 1, 3, 2, 1]);
    expect(sorted.days).toEqual([1, 1, 2, 3, 3]);
    expect(sorted.entries.map((e) => e.minutes)).toEqual([2, 5, 4, 1, 3]);
  });

  it('uses a log already in date order as it is', () => {
    const entries = [walk('a', 1), walk('b', 2)];
    const days = [1, 2];
    expect(sortByDay(entries, days)).toEqual({ entries, days });
    expect(sortByDay(entries, days).entries).toBe(entries);
  });
});

describe('firstOnOrAfter', () => {
  it('finds where the walks of a day begin', () => {
    const log = sortByDay([walk('a', 1), walk('a', 2), walk('b', 3), walk('d', 4)], [1, 1, 2, 4]);
    expect(firstOnOrAfter(log, 0)).toBe(0);
    expect(firstOnOrAfter(log, 1)).toBe(0);
    expect(firstOnOrAfter(log, 2)).toBe(2);
    expect(firstOnOrAfter(log, 3)).toBe(3);
    expect(firstOnOrAfter(log, 5)).toBe(4);
  });
});
