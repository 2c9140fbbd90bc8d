import { describe, expect, it } from 'vitest';
import { better, psfsMean, signed } from './outcomes.js';

describe('outcome measures in words', () => {
  it('averages the three PSFS scores to one decimal', () => {
    expect(psfsMean([{ score: 3 }, { score: 4 }, { score: 4 }])).toBe(3.7);
    expect(psfsMean([])).toBeNull();
  });

  it('signs a change with a real minus sign', () => {
    const n = (value: number) => String(value);
    expect(signed(2, n)).toBe('+2');
    expect(signed(-1.5, n)).toBe('−1.5');
    expect(signed(0, n)).toBe('0');
  });

  it('calls less pain and more function better', () => {
    expect(better('nprs', -2)).toBe(true);
    expect(better('nprs', 1)).toBe(false);
    expect(better('psfs', 2.3)).toBe(true);
    expect(better('psfs', null)).toBeUndefined();
    expect(better('psfs', 0)).toBeUndefined();
  });
});
