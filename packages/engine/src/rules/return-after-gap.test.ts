/** Written from the rule as docs/clinical-rules.md states it (the § in each name), not from the engine's output. */
import { describe, expect, it } from 'vitest';
import { sortByDay } from '../log-by-day.js';
import { walkLogSchema } from '../schema.js';
import { gapBefore, GAP_DAYS, restartDose, RESTART_SHARE } from './return-after-gap.js';

const start = 20_000;

function logOn(...days: number[]) {
  const entry = walkLogSchema.parse({ date: '2026-11-24', kind: 'forward', minutes: 5, painDuring: 2 });
  return sortByDay(
    days.map(() => entry),
    days.map((offset) => start + offset),
  );
}

describe('returning after a gap (§3)', () => {
  it('finds 14 days or more without a logged walk', () => {
    expect(gapBefore(logOn(0, 6), start, start + 6 + 1 + GAP_DAYS)).toEqual({
      days: GAP_DAYS,
      lastWalk: start + 6,
    });
    expect(gapBefore(logOn(0, 6), start, start + 6 + GAP_DAYS)).toBeNull();
  });

  it('counts from the plan’s start when nothing was logged since, and ignores older walks', () => {
    expect(gapBefore(logOn(-10), start, start + 21)).toEqual({ days: 21, lastWalk: null });
  });

  it('restarts at about 60% of the last good dose, never below the start and never above now', () => {
    expect(restartDose(30, 10, 30)).toBe(Math.round(30 * RESTART_SHARE));
    expect(restartDose(12, 10, 12)).toBe(10);
    expect(restartDose(30, 10, 8)).toBe(8);
  });
});
