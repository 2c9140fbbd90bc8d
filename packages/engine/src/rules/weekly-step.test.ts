/** Written from the rule as docs/clinical-rules.md states it (the § in each name), not from the engine's output. */
import { describe, expect, it } from 'vitest';
import { dayTotalCeiling, grownForwardDaily, MAX_STEP_PER_WEEK, weeklyStep } from './weekly-step.js';

describe('the weekly step (§3)', () => {
  it('lets week 1 hold the start dose and no more', () => {
    expect(dayTotalCeiling(1, 10, 10, 0)).toBe(10);
  });

  it('lets any later day hold at most 5 minutes more than last week’s busiest day, and no more than the day’s dose', () => {
    expect(dayTotalCeiling(2, 15, 10, 10)).toBe(10 + MAX_STEP_PER_WEEK);
    expect(dayTotalCeiling(5, 60, 10, 27.5)).toBe(27.5 + MAX_STEP_PER_WEEK);
    // a held or reduced day dose keeps the day where the decision put it
    expect(dayTotalCeiling(2, 10, 10, 10)).toBe(10);
    expect(dayTotalCeiling(3, 8, 10, 10)).toBe(8);
  });

  it('starts again from the start after a week without walks (a pause, or a plan not open yet)', () => {
    expect(dayTotalCeiling(3, 30, 10, 0)).toBe(10);
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
