import { describe, expect, it } from 'vitest';
import { appCode } from './code-field.js';

describe('a code from the app', () => {
  it('is six digits, spaces allowed', () => {
    expect(appCode('123 456')).toBe('123456');
    expect(appCode(' 012345 ')).toBe('012345');
  });

  it('is nothing otherwise', () => {
    expect(appCode('12345')).toBeUndefined();
    expect(appCode('1234567')).toBeUndefined();
    expect(appCode('12a456')).toBeUndefined();
    expect(appCode('')).toBeUndefined();
  });
});
