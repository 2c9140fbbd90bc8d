import { describe, expect, it } from 'vitest';
import { atMostRule, MAX_RETRO_GROWTH_PERCENT, retroGrowth } from './prescription-bounds.js';
import { WEEKLY_GROWTH } from './retro-growth.js';

describe('a prescription within the rules (docs/clinical-rules.md §6)', () => {
  it('applies a value more careful than the rule as prescribed', () => {
    expect(atMostRule(35, 20)).toEqual({ value: 20, limited: false });
    expect(atMostRule(3, 0)).toEqual({ value: 0, limited: false });
  });

  it('applies a less careful value only up to the rule, and says so', () => {
    expect(atMostRule(3, 5)).toEqual({ value: 3, limited: true });
    expect(atMostRule(4, 6)).toEqual({ value: 4, limited: true });
  });

  it('keeps the rule when nothing is prescribed', () => {
    expect(atMostRule(35, undefined)).toEqual({ value: 35, limited: false });
  });

  it('holds retro-walking to SEED-RW’s 10% a week at most (§4)', () => {
    expect(MAX_RETRO_GROWTH_PERCENT).toBe(10);
    expect(retroGrowth(undefined)).toEqual({ value: WEEKLY_GROWTH, limited: false });
    expect(retroGrowth(5).value).toBeCloseTo(1.05);
    expect(retroGrowth(0)).toEqual({ value: 1, limited: false });
    expect(retroGrowth(25)).toEqual({ value: 1.1, limited: true });
  });
});
