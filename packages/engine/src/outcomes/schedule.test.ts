import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, isoDate } from '../dates.js';
import {
  askAgainOn,
  OUTCOME_TIMEPOINTS,
  openTimepoint,
  outcomeDue,
  type OutcomeTimepoint,
} from './schedule.js';

const START = '2026-12-01';
const on = (days: number) => isoDate(dayNumber(START) + days);

describe('when the outcome measures are asked', () => {
  it('asks at the start, in week 6 and in week 12, and not after', () => {
    expect(openTimepoint(START, on(-5))).toBe('start');
    expect(openTimepoint(START, on(0))).toBe('start');
    expect(openTimepoint(START, on(34))).toBe('start');
    expect(openTimepoint(START, on(35))).toBe('week-6'); // the first day of week 6
    expect(openTimepoint(START, on(76))).toBe('week-6');
    expect(openTimepoint(START, on(77))).toBe('week-12'); // the first day of week 12
    expect(openTimepoint(START, on(97))).toBe('week-12');
    expect(openTimepoint(START, on(98))).toBeNull();
  });

  it('is due once: not when answered, not while put off, again from the day given', () => {
    const base = { startDate: START, answered: [], postponed: {} };
    expect(outcomeDue({ ...base, today: on(2) })).toBe('start');
    expect(outcomeDue({ ...base, today: on(2), answered: ['start'] })).toBeNull();
    const again = askAgainOn(on(2));
    expect(again).toBe(on(5));
    expect(outcomeDue({ ...base, today: on(4), postponed: { start: again } })).toBeNull();
    expect(outcomeDue({ ...base, today: on(5), postponed: { start: again } })).toBe('start');
    // A start never answered lapses when week 6 opens: week 6 is asked, not a late start.
    expect(outcomeDue({ ...base, today: on(40) })).toBe('week-6');
  });

  it('never asks for a timepoint answered, put off beyond today, or outside its window', () => {
    const timepoint = fc.constantFrom<OutcomeTimepoint>(...OUTCOME_TIMEPOINTS);
    fc.assert(
      fc.property(
        fc.integer({ min: -28, max: 120 }),
        fc.subarray([...OUTCOME_TIMEPOINTS]),
        fc.dictionary(timepoint, fc.integer({ min: -10, max: 130 }).map(on)),
        (day, answered, postponed) => {
          const today = on(day);
          const due = outcomeDue({ startDate: START, today, answered, postponed });
          if (due === null) return;
          expect(answered).not.toContain(due);
          expect(openTimepoint(START, today)).toBe(due);
          const again = postponed[due];
          if (again !== undefined) expect(again <= today).toBe(true);
        },
      ),
    );
  });
});
