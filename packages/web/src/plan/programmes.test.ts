import { describe, expect, it } from 'vitest';
import { programmesIn } from './programmes.js';

const week = (forwardMinutes: number, retroMinutes: number) => ({
  totals: { forwardMinutes, retroMinutes },
});

describe('the programmes a plan holds', () => {
  it('leaves out backward walking for back pain alone', () => {
    expect(programmesIn([week(60, 0), week(70, 0)])).toEqual({ forward: true, retro: false });
  });

  it('shows backward walking when any week has some, even if week 1 has none', () => {
    expect(programmesIn([week(60, 0), week(60, 10)])).toEqual({ forward: true, retro: true });
  });

  it('leaves out forward walking when there is none', () => {
    expect(programmesIn([week(0, 10), week(0, 12)])).toEqual({ forward: false, retro: true });
  });

  it('keeps one column of minutes for a plan without any', () => {
    expect(programmesIn([week(0, 0)])).toEqual({ forward: true, retro: false });
    expect(programmesIn([])).toEqual({ forward: true, retro: false });
  });
});
