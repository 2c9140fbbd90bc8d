import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fitUnderCap,
  longWalkDayBlocks,
  splitIntoShorterBlocks,
  weekdayBlocks,
  type Block,
} from './forward-day.js';

const total = (blocks: readonly Block[]) => blocks.reduce((sum, b) => sum + b.minutes, 0);
const shape = (blocks: readonly Block[]) => blocks.map((b) => `${b.partOfDay}:${b.minutes}`);

describe('weekdayBlocks', () => {
  it('splits the starting ten minutes into three short walks (SEED-BP)', () => {
    expect(shape(weekdayBlocks(10))).toEqual(['morning:4', 'afternoon:3', 'evening:3']);
  });

  it('uses two walks for very small doses', () => {
    expect(shape(weekdayBlocks(4))).toEqual(['morning:2', 'evening:2']);
    expect(shape(weekdayBlocks(1))).toEqual(['morning:1']);
  });

  it("reaches SEED-BP's built-up day at 35 minutes", () => {
    expect(weekdayBlocks(35)).toEqual([
      { minutes: 10, partOfDay: 'morning', purpose: 'calm-start' },
      { minutes: 5, partOfDay: 'afternoon', purpose: 'walking-break' },
      { minutes: 10, partOfDay: 'evening', purpose: 'sleep' },
      { minutes: 10, partOfDay: 'evening', purpose: 'sleep' },
    ]);
  });

  it('never loses or invents a minute', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 }), (daily) => {
        expect(total(weekdayBlocks(daily))).toBe(daily);
        expect(total(longWalkDayBlocks(daily))).toBe(daily);
        for (const block of [...weekdayBlocks(daily), ...longWalkDayBlocks(daily)])
          expect(block.minutes).toBeGreaterThan(0);
      }),
    );
  });
});

describe('longWalkDayBlocks', () => {
  it('has one somewhat longer walk once the day is long enough', () => {
    const blocks = longWalkDayBlocks(35);
    const long = blocks.find((b) => b.purpose === 'long-walk');
    expect(long?.minutes).toBe(21);
    expect(Math.max(...weekdayBlocks(35).map((b) => b.minutes))).toBeLessThan(21);
  });

  it('is an ordinary day below 15 minutes', () => {
    expect(longWalkDayBlocks(12)).toEqual(weekdayBlocks(12));
  });
});

describe('splitIntoShorterBlocks', () => {
  it('splits walks rather than dropping minutes', () => {
    const blocks = splitIntoShorterBlocks(weekdayBlocks(35), 5);
    expect(total(blocks)).toBe(35);
    expect(Math.max(...blocks.map((b) => b.minutes))).toBeLessThanOrEqual(5);
  });
});

describe('fitUnderCap', () => {
  it('trims the long walk and moves its minutes to the shorter walks', () => {
    const blocks = fitUnderCap(longWalkDayBlocks(35), 13);
    expect(total(blocks)).toBe(35);
    expect(Math.max(...blocks.map((b) => b.minutes))).toBeLessThanOrEqual(13);
    expect(blocks.find((b) => b.purpose === 'long-walk')?.minutes).toBe(13);
  });

  it('adds a walk when the others are full', () => {
    const blocks = fitUnderCap([{ minutes: 30, partOfDay: 'any', purpose: 'long-walk' }], 10);
    expect(shape(blocks)).toEqual(['any:10', 'any:10', 'any:10']);
  });
});
