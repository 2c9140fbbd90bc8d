import uPlot from 'uplot';
import { describe, expect, it } from 'vitest';
import { dayNumber, isoDate as dateOfDay } from '@wandelcoach/engine';
import {
  dayAxis,
  fromZero,
  paddedRange,
  shortDayLabel,
  ticksFrom,
  valueAxis,
  weekAxis,
} from './chart-axes.js';

// The axis callbacks never look at the chart itself, so a bare one (never drawn) will do.
const chart = Object.create(uPlot.prototype) as uPlot;

type SplitsFunction = (
  self: uPlot,
  axis: number,
  min: number,
  max: number,
  step: number,
  space: number,
) => number[];
type ValuesFunction = (self: uPlot, ticks: number[], axis: number, space: number, step: number) => string[];

function ticksOf(axis: uPlot.Axis, min: number, max: number, step: number): number[] {
  return (axis.splits as SplitsFunction)(chart, 0, min, max, step, 50);
}

function labelsOf(axis: uPlot.Axis, ticks: number[]): string[] {
  return (axis.values as ValuesFunction)(chart, ticks, 0, 50, 1);
}

describe('day numbers', () => {
  it('count whole days from 1970-01-01 and turn back into the same date', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    const day = dayNumber('2026-12-02');
    expect(Number.isInteger(day)).toBe(true);
    expect(dateOfDay(day)).toBe('2026-12-02');
    expect(dayNumber('2027-01-01') - dayNumber('2026-12-31')).toBe(1);
  });

  it('are labelled in the app’s language, whatever the time zone', () => {
    const day = dayNumber('2026-12-02');
    expect(shortDayLabel('nl', day)).toBe('2 dec');
    expect(shortDayLabel('en', day)).toBe('2 Dec');
  });
});

describe('ticks', () => {
  it('fall on whole steps from the anchor, within the range', () => {
    expect(ticksFrom(1, 0.5, 12.5, 1)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(ticksFrom(1, 0.5, 12.5, 3)).toEqual([1, 4, 7, 10]);
    expect(ticksFrom(100, 99.5, 120.5, 7)).toEqual([100, 107, 114]);
    expect(ticksFrom(0, 0, 10, 2)).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it('are never fractions, even when asked for half steps', () => {
    expect(ticksFrom(1, 0.5, 3.5, 0.5)).toEqual([1, 2, 3]);
    expect(ticksFrom(1, 1.2, 4.8, 1)).toEqual([2, 3, 4]);
  });
});

describe('the range', () => {
  it('keeps a single day a day wide, not the thousand days uPlot’s time scale gave', () => {
    const day = dayNumber('2026-12-02');
    const [min, max] = paddedRange(day, day);
    expect(dateOfDay(Math.ceil(min ?? Number.NaN))).toBe('2026-12-02');
    expect(dateOfDay(Math.floor(max ?? Number.NaN))).toBe('2026-12-02');
  });

  it('leaves half a step either side, so the points at the ends show whole', () => {
    expect(paddedRange(1, 12)).toEqual([0.5, 12.5]);
  });

  it('starts minutes at zero, with room above the highest', () => {
    expect(fromZero(chart, 60, 150)).toEqual([0, 165]);
    expect(fromZero(chart, null, null)).toEqual([0, 10]);
    expect(fromZero(chart, 0, 0)).toEqual([0, 10]);
  });
});

describe('axes', () => {
  it('label days from the first day walked, in Dutch or English', () => {
    const first = dayNumber('2026-12-01');
    const nl = dayAxis('nl', first);
    const ticks = ticksOf(nl, first - 0.5, first + 20.5, 7);
    expect(ticks.map(dateOfDay)).toEqual(['2026-12-01', '2026-12-08', '2026-12-15']);
    expect(labelsOf(nl, ticks)).toEqual(['1 dec', '8 dec', '15 dec']);
    expect(labelsOf(dayAxis('en', first), ticks)).toEqual(['1 Dec', '8 Dec', '15 Dec']);
    expect(nl.incrs).toEqual(expect.arrayContaining([1, 7]));
  });

  it('number weeks from week 1 in whole steps', () => {
    const weeks = weekAxis('nl', 'Week');
    expect(weeks.label).toBe('Week');
    expect((weeks.incrs as number[]).every(Number.isInteger)).toBe(true);
    expect(ticksOf(weeks, 0.5, 12.5, 2)).toEqual([1, 3, 5, 7, 9, 11]);
    expect(labelsOf(weeks, [1, 2])).toEqual(['1', '2']);
  });

  it('write values the language’s way', () => {
    const minutes = valueAxis('nl', 'Minuten per week');
    expect(ticksOf(minutes, 0, 50, 10)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(labelsOf(minutes, [0, 7.5])).toEqual(['0', '7,5']);
    expect(labelsOf(valueAxis('en', 'Minutes'), [7.5])).toEqual(['7.5']);
  });
});
