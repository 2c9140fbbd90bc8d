/** Written from the rule as docs/clinical-rules.md states it (the § in each name), not from the engine's output. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_RETRO_SESSION, splitRetroDay } from './total-load-cap.js';

describe('the day’s total load on a retro-walking day (§3, §4)', () => {
  it('keeps forward and retro together within the week-1 start', () => {
    // start 10, beginner retro 5: 5 forward + 5 backwards = 10
    expect(splitRetroDay({ ceiling: 10, forwardDaily: 10, retroWanted: 5, singleWalkCap: 10 })).toEqual({
      forward: 5,
      retro: 5,
    });
  });

  it('shrinks an active start of 20 minutes to what half the day allows', () => {
    // ceiling 35: retro at most 35 / 2 rounded down = 17, forward the other 18
    expect(splitRetroDay({ ceiling: 35, forwardDaily: 35, retroWanted: 20, singleWalkCap: 38.5 })).toEqual({
      forward: 18,
      retro: 17,
    });
  });

  it('lets retro-walking wait when even a short session does not fit', () => {
    // someone who can walk one minute starts at 2 a day: half of that is under the shortest session
    expect(splitRetroDay({ ceiling: 2, forwardDaily: 2, retroWanted: 20, singleWalkCap: 10 })).toEqual({
      forward: 2,
      retro: 0,
    });
    expect(MIN_RETRO_SESSION).toBeGreaterThan(1);
  });

  it('never gives a retro session longer than the single-walk cap', () => {
    expect(splitRetroDay({ ceiling: 60, forwardDaily: 35, retroWanted: 30, singleWalkCap: 12 }).retro).toBe(
      12,
    );
  });

  it('holds for any input: the total within the ceiling, forward at least retro, retro within the caps', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.integer({ min: 0, max: 60 }),
        fc.double({ min: 0, max: 60, noNaN: true }),
        fc.double({ min: 10, max: 70, noNaN: true }),
        (ceiling, forwardDaily, retroWanted, singleWalkCap) => {
          const { forward, retro } = splitRetroDay({ ceiling, forwardDaily, retroWanted, singleWalkCap });
          expect(forward + retro).toBeLessThanOrEqual(ceiling + 1e-9);
          expect(forward).toBeGreaterThanOrEqual(retro);
          expect(forward).toBeLessThanOrEqual(forwardDaily);
          expect(retro).toBeLessThanOrEqual(Math.min(retroWanted, singleWalkCap));
          expect(retro === 0 || retro >= MIN_RETRO_SESSION).toBe(true);
          expect(Number.isInteger(forward)).toBe(true);
          expect(retro * 2).toBe(Math.round(retro * 2));
        },
      ),
    );
  });
});
