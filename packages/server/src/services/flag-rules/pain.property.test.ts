/** The persistence rule for next-morning pain (KNGF), for every log: one spike never, two days always. */
import { dayNumber, isoDate } from '@wandelcoach/engine';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { persistentNextMorningPain } from './pain.js';
import { walkOn } from './test-plans.js';

const TODAY = '2026-11-21';
const day = (back: number) => isoDate(dayNumber(TODAY) - back);

describe('persistentNextMorningPain, for every log', () => {
  it('never flags a single raised morning, whatever else the week holds below the threshold', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 6 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 1 })), { maxLength: 10 }),
        (baseline, spikeDay, others) => {
          const walks = [
            walkOn(day(spikeDay), { painNextMorning: Math.min(10, baseline + 2) }),
            // Below the threshold on other days, or on the spike's own day at any height.
            ...others.map(([back, above]) =>
              walkOn(day(back), { painNextMorning: Math.min(10, baseline + above) }),
            ),
            walkOn(day(spikeDay), { painNextMorning: 10 }),
          ];
          expect(persistentNextMorningPain(walks, TODAY, baseline)).toBeUndefined();
        },
      ),
    );
  });

  it('always flags two different days at baseline + 2 or more within the week', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 8 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 2, maxLength: 7 }),
        fc.integer({ min: 0, max: 8 }),
        (baseline, days, extra) => {
          const walks = days.map((back) =>
            walkOn(day(back), { painNextMorning: Math.min(10, baseline + 2 + (extra % 3)) }),
          );
          const flag = persistentNextMorningPain(walks, TODAY, baseline);
          expect(flag?.kind).toBe('next-morning-pain');
          expect(flag?.evidence.dates).toHaveLength(days.length);
        },
      ),
    );
  });
});
