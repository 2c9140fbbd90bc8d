import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addTap,
  breathAt,
  cadenceFromTaps,
  CADENCE_MAX,
  CADENCE_MIN,
  parseCadence,
  TAP_RESTART_MS,
} from './breathing.js';

describe('breathAt', () => {
  const pattern = { inhaleSteps: 3, exhaleSteps: 4 };

  it('breathes in over 3 steps and out over 4, at the cadence', () => {
    // 120 steps a minute: a step every 500 ms.
    const phases = Array.from({ length: 8 }, (_, step) => breathAt(step * 500 + 10, 120, pattern));
    expect(phases.map((m) => `${m.phase}${m.step}`)).toEqual([
      'in1',
      'in2',
      'in3',
      'out1',
      'out2',
      'out3',
      'out4',
      'in1',
    ]);
    expect(phases.map((m) => m.phaseStart)).toEqual([true, false, false, true, false, false, false, true]);
  });

  it('is always within the pattern, for any time and cadence', () => {
    fc.assert(
      fc.property(
        fc.nat(3_600_000),
        fc.integer({ min: CADENCE_MIN, max: CADENCE_MAX }),
        fc.constantFrom(4, 5),
        (ms, cadence, exhale) => {
          const moment = breathAt(ms, cadence, { inhaleSteps: 3, exhaleSteps: exhale });
          const limit = moment.phase === 'in' ? 3 : exhale;
          expect(moment.step).toBeGreaterThanOrEqual(1);
          expect(moment.step).toBeLessThanOrEqual(limit);
        },
      ),
    );
  });
});

describe('cadenceFromTaps', () => {
  it('needs four taps, and reads the median gap', () => {
    expect(cadenceFromTaps([0, 600, 1200])).toBeUndefined();
    expect(cadenceFromTaps([0, 600, 1200, 1800])).toBe(100);
    // One late tap does not throw it off.
    expect(cadenceFromTaps([0, 600, 1200, 2400, 3000])).toBe(100);
  });

  it('stays between the slowest and the briskest cadence', () => {
    expect(cadenceFromTaps([0, 100, 200, 300])).toBe(CADENCE_MAX);
    expect(cadenceFromTaps([0, 5000, 10000, 15000])).toBe(CADENCE_MIN);
  });
});

describe('parseCadence', () => {
  it('takes a whole number of steps per minute within the range', () => {
    expect(parseCadence('100')).toBe(100);
    expect(parseCadence(' 88 ')).toBe(88);
    expect(parseCadence(String(CADENCE_MIN))).toBe(CADENCE_MIN);
    expect(parseCadence(String(CADENCE_MAX))).toBe(CADENCE_MAX);
  });

  it('refuses what is half typed, out of range or not a whole number, rather than guessing', () => {
    for (const text of ['', '1', '10', '39', '161', '1000', '100,5', '95.5', '-90', 'honderd', '1e2']) {
      expect(parseCadence(text), text).toBeUndefined();
    }
  });
});

describe('addTap', () => {
  it('keeps the last eight taps', () => {
    let taps: number[] = [];
    for (let tap = 0; tap < 12; tap++) taps = addTap(taps, tap * 600);
    expect(taps).toEqual([2400, 3000, 3600, 4200, 4800, 5400, 6000, 6600]);
  });

  it('starts counting again after a pause, so old taps do not slow the cadence down', () => {
    const taps = addTap([0, 600, 1200, 1800], 1800 + TAP_RESTART_MS + 1);
    expect(taps).toEqual([1800 + TAP_RESTART_MS + 1]);
    expect(cadenceFromTaps(taps)).toBeUndefined();
  });
});
