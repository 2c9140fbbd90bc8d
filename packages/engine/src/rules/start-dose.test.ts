/** Written from the rule as docs/clinical-rules.md states it (the § in each name), not from the engine's output. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVITY_LEVELS } from '../codes.js';
import {
  GRADED_ACTIVITY_SHARE,
  MIN_DAILY,
  SEED_START_DAILY,
  startingDayTotal,
  TARGET_DAILY,
} from './start-dose.js';

describe('the start dose (§3)', () => {
  it('is SEED-BP’s 10 minutes when the person did not say what they can walk', () => {
    expect(startingDayTotal({ activity: 'active' })).toEqual({
      minutes: 10,
      basis: 'default',
      capacity: null,
    });
  });

  it('is about 70% of a comfortable walk under 10 minutes, and never under 2', () => {
    expect(startingDayTotal({ comfortableWalkMinutes: 7, activity: 'light' }).minutes).toBe(
      Math.round(7 * GRADED_ACTIVITY_SHARE),
    );
    expect(startingDayTotal({ comfortableWalkMinutes: 1, activity: 'active' }).minutes).toBe(MIN_DAILY);
    expect(startingDayTotal({ comfortableWalkMinutes: 0, activity: 'inactive' }).minutes).toBe(MIN_DAILY);
  });

  it('is 10 for an inactive person, even one who could walk 30 minutes', () => {
    expect(startingDayTotal({ comfortableWalkMinutes: 30, activity: 'inactive' })).toMatchObject({
      minutes: SEED_START_DAILY,
      basis: 'inactive',
    });
  });

  it('starts people who already walk from what they can do, never above the built-up day', () => {
    expect(startingDayTotal({ comfortableWalkMinutes: 22, activity: 'light' }).minutes).toBe(22);
    expect(startingDayTotal({ comfortableWalkMinutes: 600, activity: 'active' })).toMatchObject({
      minutes: TARGET_DAILY,
      capacity: TARGET_DAILY,
    });
  });

  it('is a whole number of minutes from 2 to 35 for any capacity and activity', () => {
    fc.assert(
      fc.property(
        fc.option(fc.double({ min: 0, max: 600, noNaN: true }), { nil: undefined }),
        fc.constantFrom(...ACTIVITY_LEVELS),
        (comfortable, activity) => {
          const { minutes } = startingDayTotal(
            comfortable === undefined ? { activity } : { comfortableWalkMinutes: comfortable, activity },
          );
          expect(Number.isInteger(minutes)).toBe(true);
          expect(minutes).toBeGreaterThanOrEqual(MIN_DAILY);
          expect(minutes).toBeLessThanOrEqual(TARGET_DAILY);
        },
      ),
    );
  });
});
