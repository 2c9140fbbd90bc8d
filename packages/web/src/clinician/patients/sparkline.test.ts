import { describe, expect, it } from 'vitest';
import { sparklinePoints } from './sparkline.js';

describe('the pain sparkline', () => {
  it('puts 0 at the bottom and 10 at the top, spread over the width', () => {
    expect(sparklinePoints([0, 5, 10], 80, 20)).toBe('0.0,20.0 40.0,10.0 80.0,0.0');
  });
  it('keeps scores within 0–10 and centres a single one', () => {
    expect(sparklinePoints([12], 80, 20)).toBe('40.0,0.0');
    expect(sparklinePoints([], 80, 20)).toBe('');
  });
});
