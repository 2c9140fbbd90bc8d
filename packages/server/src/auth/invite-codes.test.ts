import { describe, expect, it } from 'vitest';
import { INVITE_ALPHABET, newInviteCode, normaliseInviteCode } from './invite-codes.js';

describe('invite codes', () => {
  it('are 8 characters from the alphabet without look-alikes', () => {
    for (let i = 0; i < 200; i++) {
      const code = newInviteCode();
      expect(code).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{8}$/);
    }
    for (const lookAlike of '0O1IL5S2Z8B') expect(INVITE_ALPHABET).not.toContain(lookAlike);
    expect(new Set(INVITE_ALPHABET).size).toBe(25);
  });

  it('throw away the bytes that would favour some characters, and use every fair byte', () => {
    // 250..255 are above the last full round of 25 and skipped; 0, 25 are A, and 24, 249 the last character.
    const bytes = [250, 255, 0, 249, 251, 24, 25, 1, 2, 3, 4, 5, 6, 7];
    let at = 0;
    const random = (size: number) => Uint8Array.from(bytes.slice(at, (at += size)));
    expect(newInviteCode(random)).toBe('A99ACDEF');
  });

  it('draws every character about equally often', () => {
    const counts = new Map<string, number>();
    const draws = 4000;
    for (let i = 0; i < draws; i++) {
      for (const character of newInviteCode()) counts.set(character, (counts.get(character) ?? 0) + 1);
    }
    const expected = (draws * 8) / 25;
    for (const character of INVITE_ALPHABET) {
      // Six standard deviations: a fair draw never fails this; `byte % 25` would push A–H ~3 % over.
      expect(Math.abs((counts.get(character) ?? 0) - expected)).toBeLessThan(6 * Math.sqrt(expected));
    }
  });

  it('read back as typed: any case, grouped with spaces or dashes', () => {
    expect(normaliseInviteCode(' acde-fghj ')).toBe('ACDEFGHJ');
    expect(normaliseInviteCode('ACDE FGHJ')).toBe('ACDEFGHJ');
  });
});
