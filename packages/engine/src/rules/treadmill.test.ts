/** Written from the rule as docs/clinical-rules.md states it (the § in each name), not from the engine's output. */
import { describe, expect, it } from 'vitest';
import {
  grownSpeed,
  nextLoadStep,
  regressedSpeed,
  TREADMILL_START_KMH,
  treadmillMaxKmh,
} from './treadmill.js';

describe('the treadmill (§4)', () => {
  it('never goes above 4.0 km/h, and from 65 not above 3.5', () => {
    expect(treadmillMaxKmh(64)).toBe(4);
    expect(treadmillMaxKmh(65)).toBe(3.5);
    expect(grownSpeed(3.9, treadmillMaxKmh(30))).toBe(4);
    expect(grownSpeed(3.4, treadmillMaxKmh(70))).toBe(3.5);
  });

  it('lets minutes and speed take turns, never both in one week', () => {
    expect(nextLoadStep(null, true, true)).toBe('minutes');
    expect(nextLoadStep('minutes', true, true)).toBe('speed');
    expect(nextLoadStep('speed', true, true)).toBe('minutes');
    expect(nextLoadStep('minutes', true, false)).toBe('minutes');
    expect(nextLoadStep('speed', false, true)).toBe('speed');
    expect(nextLoadStep('speed', false, false)).toBeNull();
  });

  it('steps back half a km/h after a flare, never below the start', () => {
    expect(regressedSpeed(3.8)).toBe(3.3);
    expect(regressedSpeed(3.2)).toBe(TREADMILL_START_KMH);
  });
});
