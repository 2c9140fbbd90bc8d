import { describe, expect, it } from 'vitest';
import { fragmentValue, tokenFromHash } from './link-token.js';

describe('tokenFromHash', () => {
  it('reads the token from the fragment, with or without the #', () => {
    expect(tokenFromHash('#token=Ab-c_9')).toBe('Ab-c_9');
    expect(tokenFromHash('token=Ab-c_9')).toBe('Ab-c_9');
    expect(tokenFromHash('#token=a%2Bb')).toBe('a+b');
  });

  it('has none for an empty or missing token', () => {
    expect(tokenFromHash('')).toBeUndefined();
    expect(tokenFromHash('#')).toBeUndefined();
    expect(tokenFromHash('#token=')).toBeUndefined();
    expect(tokenFromHash('#other=1')).toBeUndefined();
  });
});

describe('fragmentValue', () => {
  it('reads a named value from the fragment: the code of a physiotherapist’s link', () => {
    expect(fragmentValue('#code=ACDEFGHJ', 'code')).toBe('ACDEFGHJ');
    expect(fragmentValue('#code=acde%20fghj', 'code')).toBe('acde fghj');
    expect(fragmentValue('#token=abc', 'code')).toBeUndefined();
    expect(fragmentValue('#code=', 'code')).toBeUndefined();
  });
});
