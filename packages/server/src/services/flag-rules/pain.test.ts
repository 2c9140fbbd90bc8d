import { describe, expect, it } from 'vitest';
import { persistentNextMorningPain, severePain } from './pain.js';
import { walkOn } from './test-plans.js';

const TODAY = '2026-11-21';

describe('persistentNextMorningPain', () => {
  it('is no flag for one morning, however high', () => {
    expect(
      persistentNextMorningPain([walkOn('2026-11-20', { painNextMorning: 10 })], TODAY, 2),
    ).toBeUndefined();
  });

  it('flags two days at baseline + 2 within the week, with the days and the baseline', () => {
    const flag = persistentNextMorningPain(
      [
        walkOn('2026-11-16', { painNextMorning: 5 }),
        walkOn('2026-11-18', { painNextMorning: 3 }),
        walkOn('2026-11-20', { painNextMorning: 6 }),
      ],
      TODAY,
      3,
    );
    expect(flag?.evidence).toEqual({ dates: ['2026-11-16', '2026-11-20'], pain: 6, baseline: 3 });
  });

  it('counts days, not walks: two raised walks on one day are one day', () => {
    const walks = [
      walkOn('2026-11-20', { painNextMorning: 4 }),
      walkOn('2026-11-20', { painNextMorning: 4 }),
    ];
    expect(persistentNextMorningPain(walks, TODAY, 0)).toBeUndefined();
  });

  it('leaves out days before the week', () => {
    const walks = [
      walkOn('2026-11-14', { painNextMorning: 4 }),
      walkOn('2026-11-20', { painNextMorning: 4 }),
    ];
    expect(persistentNextMorningPain(walks, TODAY, 0)).toBeUndefined();
  });
});

describe('severePain', () => {
  it('flags pain during a walk of 9 or 10, not 8', () => {
    expect(severePain([walkOn('2026-11-20', { painDuring: 8 })], TODAY)).toBeUndefined();
    expect(severePain([walkOn('2026-11-20', { painDuring: 9 })], TODAY)?.evidence).toEqual({
      dates: ['2026-11-20'],
      pain: 9,
    });
  });
});
