/** Written from the rule as docs/clinical-rules.md states it (the § in each name), not from the engine's output. */
import { describe, expect, it } from 'vitest';
import { forwardFromWalked, HOLDS_BEFORE_MOVING, retroFromWalked } from './too-few-minutes.js';

describe('too few minutes, twice in a row (§5)', () => {
  it('waits for two holds', () => {
    expect(HOLDS_BEFORE_MOVING).toBe(2);
  });

  it('moves the forward dose to the minutes walked per day, never below the start', () => {
    expect(forwardFromWalked(20, 11.4, 10)).toBe(11);
    expect(forwardFromWalked(12, 4, 10)).toBe(10);
    expect(forwardFromWalked(12, 30, 10)).toBe(12);
  });

  it('moves the retro session to the minutes walked per session, never below the shortest session', () => {
    expect(retroFromWalked(8, 6.3, 3)).toBe(6);
    expect(retroFromWalked(8, 2, 3)).toBe(3);
    expect(retroFromWalked(20, 10, 3)).toBe(10);
  });
});
