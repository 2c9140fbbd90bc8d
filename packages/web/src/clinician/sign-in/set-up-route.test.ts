import { describe, expect, it } from 'vitest';
import { groupsOfFour } from './set-up-route.js';

describe('the key for typing into the app', () => {
  it('is shown in groups of four', () => {
    expect(groupsOfFour('ABCDEFGHIJKLMNOP')).toBe('ABCD EFGH IJKL MNOP');
    expect(groupsOfFour('ABCDEF')).toBe('ABCD EF');
  });
});
