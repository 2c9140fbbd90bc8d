/** Written from the rule as docs/clinical-rules.md states it (the § in each name), not from the engine's output. */
import { describe, expect, it } from 'vitest';
import { dayTotalCeiling, grownForwardDaily, MAX_STEP_PER_WEEK, weeklyStep } from './weekly-step.js';

describe('the weekly step (§3)', () => {
  it('lets week 1 hold the start dose and no more', () => {
    expect(dayTotalCeiling(1, 10, 0)).toBe(10);
  });

  it('lets any later day hold at most 5 minutes more than last week’s busiest day', () => {
    expect(dayTotalCeiling(2, 10, 10)).toBe(10 + MAX_STEP_PER_WEEK);
    expect(dayTotalCeiling(5, 10, 27.5)).toBe(27.5 + MAX_STEP_PER_WEEK);
    // after a paused week the build-up starts again from nothing
    expect(dayTotalCeiling(3, 10, 0)).toBe(MAX_STEP_PER_WEEK);
  });

  it('grows by the activity’s step, a minute slower while a physiotherapist should look first', () => {
    expect([weeklyStep('inactive', false), weeklyStep('light', false), weeklyStep('active', false)]).toEqual([
      2, 3, 4,
    ]);
    expect([weeklyStep('inactive', true), weeklyStep('light', true), weeklyStep('active', true)]).toEqual([
      1, 2, 3,
    ]);
  });

  it('grows by half a step, rounded down, when no morning score was recorded', () => {
    expect(grownForwardDaily(10, 3, 35, true)).toBe(13);
    expect(grownForwardDaily(10, 3, 35, false)).toBe(10 + Math.floor(3 / 2));
    expect(grownForwardDaily(10, 4, 35, false)).toBe(12);
  });

  it('stops at the target and never shrinks a dose', () => {
    expect(grownForwardDaily(34, 4, 35, true)).toBe(35);
    expect(grownForwardDaily(35, 4, 35, true)).toBe(35);
  });
});
