import { describe, expect, it } from 'vitest';
import { birthYearTyped } from './patient-invite-form.js';

describe('a year of birth as typed', () => {
  it('is four digits, spaces around allowed', () => {
    expect(birthYearTyped(' 1956 ')).toBe(1956);
  });

  it('is nothing otherwise', () => {
    expect(birthYearTyped('56')).toBeUndefined();
    expect(birthYearTyped('19566')).toBeUndefined();
    expect(birthYearTyped('195a')).toBeUndefined();
  });
});
