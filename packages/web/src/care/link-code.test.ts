import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../test-support/memory-storage.js';
import {
  checkBirthYear,
  checkCode,
  forgetLinkCode,
  keepLinkCode,
  keptLinkCode,
  normaliseCode,
  showCode,
} from './link-code.js';

describe('the code a physiotherapist gives', () => {
  it('is read in any case, with spaces or dashes', () => {
    expect(normaliseCode(' acde-fghj ')).toBe('ACDEFGHJ');
    expect(normaliseCode('ACDE FGHJ')).toBe('ACDEFGHJ');
    expect(checkCode('acde fghj')).toEqual({ ok: true, value: 'ACDEFGHJ' });
  });

  it('is shown in two groups of four', () => {
    expect(showCode('acdefghj')).toBe('ACDE FGHJ');
    expect(showCode('ACD')).toBe('ACD');
  });

  it('says what is wrong before asking the server: missing, or not 8 long', () => {
    expect(checkCode('  ')).toEqual({ ok: false, problem: 'care.link.codeMissing' });
    expect(checkCode('ACDEFGH')).toEqual({ ok: false, problem: 'care.link.codeLength' });
    expect(checkCode('ACDEFGHJK')).toEqual({ ok: false, problem: 'care.link.codeLength' });
  });
});

describe('the year of birth', () => {
  it('is four digits, not after this year', () => {
    expect(checkBirthYear(' 1961 ', 2026)).toEqual({ ok: true, value: 1961 });
    expect(checkBirthYear('2026', 2026)).toEqual({ ok: true, value: 2026 });
    for (const typed of ['', '61', '19611', '2027', '1899', 'year'])
      expect(checkBirthYear(typed, 2026), typed).toEqual({ ok: false, problem: 'care.link.yearInvalid' });
  });
});

describe('the code kept while signing in', () => {
  it('is kept normalised, read back, and forgotten', () => {
    const storage = memoryStorage();
    expect(keptLinkCode(storage)).toBeUndefined();
    keepLinkCode(storage, 'acde-fghj');
    expect(keptLinkCode(storage)).toBe('ACDEFGHJ');
    forgetLinkCode(storage);
    expect(keptLinkCode(storage)).toBeUndefined();
  });

  it('is nothing where the browser keeps nothing', () => {
    keepLinkCode(undefined, 'ACDEFGHJ');
    expect(keptLinkCode(undefined)).toBeUndefined();
  });
});
