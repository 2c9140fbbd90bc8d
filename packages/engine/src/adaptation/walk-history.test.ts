import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spikeCap, SPIKE_WINDOW_DAYS, WalkHistory } from './walk-history.js';

describe('WalkHistory', () => {
  it('finds the longest walk of a kind in the 30 days before a day', () => {
    const history = new WalkHistory(100, 200);
    history.record(110, 'forward', 20);
    history.record(130, 'forward', 12);
    history.record(131, 'retro', 8);
    expect(history.longestBefore(131, 'forward')).toBe(20);
    expect(history.longestBefore(140, 'forward')).toBe(20); // day 110 is exactly 30 days back
    expect(history.longestBefore(141, 'forward')).toBe(12); // day 110 has left the window
    expect(history.longestBefore(131, 'retro')).toBe(0); // the same day does not count
    expect(history.longestBefore(132, 'retro')).toBe(8);
  });

  it('ignores walks outside its span', () => {
    const history = new WalkHistory(100, 120);
    history.record(90, 'forward', 50);
    history.record(121, 'forward', 50);
    expect(history.longestBefore(120, 'forward')).toBe(0);
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
            history.record(day, 'retro', minutes);
            if (day >= 100 && day <= 160) walks.set(day, Math.max(walks.get(day) ?? 0, minutes));
          } else {
            // Past its span the window stops moving: it ends with the span's last day.
            const end = Math.min(day, 161);
            let longest = 0;
            for (let d = end - SPIKE_WINDOW_DAYS; d < end; d++)
              longest = Math.max(longest, walks.get(d) ?? 0);
            expect(history.longestBefore(day, 'retro')).toBe(longest);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('spikeCap', () => {
  it('allows 10% over the longest recent walk, in half minutes', () => {
    expect(spikeCap(20, 5)).toBe(22);
    expect(spikeCap(23, 5)).toBe(25);
    expect(spikeCap(30, 5)).toBe(33);
  });

  it('never limits walks of ten minutes or less', () => {
    expect(spikeCap(3, 5)).toBe(10);
    expect(spikeCap(0, 5)).toBe(10);
  });

  it('falls back to the programme start dose when nothing was walked', () => {
    expect(spikeCap(0, 20)).toBe(20);
  });
});
