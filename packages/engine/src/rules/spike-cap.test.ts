import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spikeCap, SPIKE_WINDOW_DAYS, WalkHistory } from './spike-cap.js';

describe('WalkHistory', () => {
  it('finds the longest walk of any kind in the 30 days before a day', () => {
    const history = new WalkHistory(100, 200);
    history.record(110, 20);
    history.record(130, 12);
    history.record(142, 14);
    expect(history.longestBefore(131)).toBe(20);
    expect(history.longestBefore(140)).toBe(20); // day 110 is exactly 30 days back
    expect(history.longestBefore(141)).toBe(12); // day 110 has left the window
    expect(history.longestBefore(142)).toBe(12); // the same day does not count
    expect(history.longestBefore(143)).toBe(14);
  });

  it('ignores walks outside its span', () => {
    const history = new WalkHistory(100, 120);
    history.record(90, 50);
    history.record(121, 50);
    expect(history.longestBefore(120)).toBe(0);
  });
});

describe('WalkHistory against a plain scan', () => {
  const step = fc.oneof(
    fc.record({ record: fc.constant(true), day: fc.integer({ min: 90, max: 170 }), minutes: fc.nat(40) }),
    fc.record({
      record: fc.constant(false),
      day: fc.integer({ min: 90, max: 200 }),
      minutes: fc.constant(0),
    }),
  );

  it('gives the same answers in any order of walks and questions', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 80 }), (steps) => {
        const history = new WalkHistory(100, 160);
        const walks = new Map<number, number>();
        for (const { record, day, minutes } of steps) {
          if (record) {
            history.record(day, minutes);
            if (day >= 100 && day <= 160) walks.set(day, Math.max(walks.get(day) ?? 0, minutes));
          } else {
            // Past its span the window stops moving: it ends with the span's last day.
            const end = Math.min(day, 161);
            let longest = 0;
            for (let d = end - SPIKE_WINDOW_DAYS; d < end; d++)
              longest = Math.max(longest, walks.get(d) ?? 0);
            expect(history.longestBefore(day)).toBe(longest);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('spikeCap (SPIKE)', () => {
  it('allows 10% over the longest walk of the past 30 days, in half minutes', () => {
    expect(spikeCap(20)).toBe(22); // 20 + 10%
    expect(spikeCap(23)).toBe(Math.floor(23 * 1.1 * 2) / 2);
    expect(spikeCap(30)).toBe(33);
  });

  it('never limits walks of ten minutes or less', () => {
    expect(spikeCap(3)).toBe(10);
    expect(spikeCap(0)).toBe(10);
  });
});
