/** Written from the rule as docs/clinical-rules.md states it (the § in each name), not from the engine's output. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  floorToHalf,
  grownRetroSession,
  regressedRetroSession,
  retroSessionAfterWeek,
  WEEKLY_GROWTH,
} from './retro-growth.js';

describe('retro-walking growth (§4)', () => {
  it('grows about 10% a week in half minutes, and stops at the target', () => {
    expect(grownRetroSession(5, 10, true)).toBe(5.5);
    expect(grownRetroSession(20, 30, true)).toBe(22);
    expect(grownRetroSession(9.5, 10, true)).toBe(10);
  });

  it('grows half as fast without a morning score: 5% of 5 minutes is under half a minute', () => {
    expect(grownRetroSession(5, 10, false)).toBe(5);
    expect(grownRetroSession(20, 30, false)).toBe(21);
  });

  it('grows a short session by half a minute, where 10% would round to nothing', () => {
    expect(grownRetroSession(3, 10, true)).toBe(3.5);
    expect(grownRetroSession(3.5, 10, true)).toBe(4);
  });

  it('never grows more than 10%, or half a minute when that is more', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 60, noNaN: true }), fc.boolean(), (current, full) => {
        const session = floorToHalf(current);
        const most = Math.max(session * WEEKLY_GROWTH, session + 0.5);
        expect(grownRetroSession(session, 60, full)).toBeLessThanOrEqual(most + 1e-9);
      }),
    );
  });

  it('grows from the shortest session of a full week, and restarts after a week cut short', () => {
    expect(retroSessionAfterWeek(6, [6, 5, 6], 3, 5)).toBe(5);
    expect(retroSessionAfterWeek(8, [8, 8], 3, 5)).toBe(5);
    expect(retroSessionAfterWeek(4, [], 3, 5)).toBe(4);
  });

  it('steps back to the last good session, or to three quarters, never under the floor', () => {
    expect(regressedRetroSession(8, 6.5, 3)).toBe(6.5);
    expect(regressedRetroSession(8, null, 3)).toBe(6);
    expect(regressedRetroSession(3.5, null, 3)).toBe(3);
  });
});
