import { describe, expect, it } from 'vitest';
import { PracticeListCache, type PracticeListRows } from './practice-list-cache.js';

const rows = (name: string): PracticeListRows => ({
  links: [
    {
      linkId: `link-${name}`,
      patientId: `patient-${name}`,
      patientName: name,
      since: '2026-11-21T10:00:00.000Z',
      code: 'ABCD2345',
      timeZone: 'Europe/Amsterdam',
      recentWeeks: [],
      lastWalk: null,
    },
  ],
  flags: new Map(),
  timeZones: ['Europe/Amsterdam'],
});

describe('PracticeListCache', () => {
  it('gives rows back only under the version they were read under', () => {
    const cache = new PracticeListCache();
    const anna = rows('Anna');
    cache.setRows('p', 3, anna);
    expect(cache.rows('p', 3)).toBe(anna);
    expect(cache.rows('p', 4)).toBeUndefined();
    expect(cache.rows('q', 3)).toBeUndefined();
  });

  it('gives an answer back only under its version and on the dates it was made for', () => {
    const cache = new PracticeListCache();
    cache.setRows('p', 3, rows('Anna'));
    cache.setAnswer('p', 3, '2026-12-01', '{"patients":[]}');
    expect(cache.answer('p', 3, '2026-12-01')).toBe('{"patients":[]}');
    expect(cache.answer('p', 3, '2026-12-02')).toBeUndefined();
    expect(cache.answer('p', 4, '2026-12-01')).toBeUndefined();
  });

  it('keeps no answer without the rows it was made from, and drops the answer with new rows', () => {
    const cache = new PracticeListCache();
    cache.setAnswer('p', 3, '2026-12-01', 'orphan');
    expect(cache.answer('p', 3, '2026-12-01')).toBeUndefined();
    cache.setRows('p', 3, rows('Anna'));
    cache.setAnswer('p', 3, '2026-12-01', 'old');
    // An answer made under an older version (read before a change) is not kept beside newer rows.
    cache.setRows('p', 4, rows('Bert'));
    cache.setAnswer('p', 3, '2026-12-01', 'stale');
    expect(cache.answer('p', 4, '2026-12-01')).toBeUndefined();
    expect(cache.answer('p', 3, '2026-12-01')).toBeUndefined();
  });

  it('keeps one list per practice and at most its size, dropping the least recently used', () => {
    const cache = new PracticeListCache(2);
    cache.setRows('a', 1, rows('a1'));
    cache.setRows('a', 2, rows('a2'));
    expect(cache.count).toBe(1);
    cache.setRows('b', 1, rows('b'));
    expect(cache.rows('a', 2)?.links[0]?.patientName).toBe('a2');
    cache.setRows('c', 1, rows('c'));
    expect(cache.count).toBe(2);
    expect(cache.rows('b', 1)).toBeUndefined();
    expect(cache.rows('a', 2)).toBeDefined();
    expect(cache.rows('c', 1)).toBeDefined();
  });
});
