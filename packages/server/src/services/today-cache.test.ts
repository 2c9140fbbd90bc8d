import { describe, expect, it } from 'vitest';
import { TodayCache, type TodayKey } from './today-cache.js';

const key: TodayKey = {
  engineVersion: '1.0.0',
  planVersion: 3,
  date: '2026-12-01',
  timeZone: 'Europe/Amsterdam',
  locale: 'nl',
};

describe('TodayCache', () => {
  it('answers only under exactly the key an answer was kept under', () => {
    const cache = new TodayCache();
    cache.set('a', key, '{"kept":true}');
    expect(cache.get('a', key)).toBe('{"kept":true}');
    expect(cache.get('b', key)).toBeUndefined();
    expect(cache.get('a', { ...key, planVersion: 4 })).toBeUndefined();
    expect(cache.get('a', { ...key, date: '2026-12-02' })).toBeUndefined();
    expect(cache.get('a', { ...key, timeZone: 'Europe/London' })).toBeUndefined();
    expect(cache.get('a', { ...key, locale: 'en' })).toBeUndefined();
  });

  it("keys by the engine's version: an answer made by older rules is not served by newer ones", () => {
    const cache = new TodayCache();
    cache.set('a', key, '{"rules":"old"}');
    expect(cache.get('a', { ...key, engineVersion: '1.1.0' })).toBeUndefined();
  });

  it('forgets a person whose account was erased', () => {
    const cache = new TodayCache();
    cache.set('a', key, 'a');
    cache.set('b', key, 'b');
    cache.forget('a');
    expect(cache.get('a', key)).toBeUndefined();
    expect(cache.get('b', key)).toBe('b');
  });

  it('keeps one answer per person and at most its size, dropping the least recently used', () => {
    const cache = new TodayCache(2);
    cache.set('a', key, 'a1');
    cache.set('a', { ...key, planVersion: 4 }, 'a2');
    expect(cache.count).toBe(1);
    cache.set('b', key, 'b');
    expect(cache.get('a', { ...key, planVersion: 4 })).toBe('a2');
    cache.set('c', key, 'c');
    expect(cache.count).toBe(2);
    expect(cache.get('b', key)).toBeUndefined();
    expect(cache.get('a', { ...key, planVersion: 4 })).toBe('a2');
    expect(cache.get('c', key)).toBe('c');
  });
});
