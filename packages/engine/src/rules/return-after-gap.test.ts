/** Written from the rule as docs/clinical-rules.md states it (the § in each name), not from the engine's output. */
import { describe, expect, it } from 'vitest';
import { sortByDay } from '../log-by-day.js';
import { walkLogSchema } from '../schema.js';
import { gapIn, GAP_DAYS, restartDose, RESTART_SHARE } from './return-after-gap.js';

const start = 20_000;

function logOn(...days: number[]) {
  const entry = walkLogSchema.parse({ date: '2026-11-24', kind: 'forward', minutes: 5, painDuring: 2 });
  return sortByDay(
    days.map(() => entry),
    days.map((offset) => start + offset),
  );
}

describe('returning after a gap (§3)', () => {
  it('finds 14 days or more without a logged walk, still going at the end of the week', () => {
    const week = (n: number) => start + (n - 1) * 7;
    // walks on days 0 and 6; nothing from day 7 to day 20 (14 days) by the end of week 3
    expect(gapIn(logOn(0, 6), start, week(3), week(4))).toEqual({
      days: GAP_DAYS,
      from: start + 7,
      lastWalk: start + 6,
    });
    expect(gapIn(logOn(0, 6), start, week(2), week(3))).toBeNull();
  });

  it('finds a gap that ended in the week with a walk, whatever weekday it ended on', () => {
    // nothing from day 7 to day 23 (17 days), walking again on day 24 (a Thursday of week 4)
    expect(gapIn(logOn(0, 6, 24, 25), start, start + 21, start + 28)).toEqual({
      days: 17,
      from: start + 7,
      lastWalk: start + 6,
    });
  });

  it('counts from the plan’s start when nothing was logged since, and ignores older walks', () => {
    expect(gapIn(logOn(-10), start, start + 14, start + 21)).toEqual({
      days: 21,
      from: start,
      lastWalk: null,
    });
  });

  it('restarts at about 60% of the last good dose, never below the start and never above now', () => {
    expect(restartDose(30, 10, 30)).toBe(Math.round(30 * RESTART_SHARE));
    expect(restartDose(12, 10, 12)).toBe(10);
    expect(restartDose(30, 10, 8)).toBe(8);
  });
});
