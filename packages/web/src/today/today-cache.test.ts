import { describe, expect, it } from 'vitest';
import type { Today } from '../api/client.js';
import { forgetToday, rememberedToday, rememberToday } from './today-cache.js';
import { memoryStorage } from '../test-support/memory-storage.js';

const today = {
  date: '2026-11-21',
  locale: 'nl',
  triage: { level: 'self-manage', reasons: [], riskProfile: 1, recheckRedFlags: false },
  week: 1,
  sessions: [],
  walked: [],
} as Today;

describe('today on the device', () => {
  it('gives back today’s plan to its owner, on its day only', () => {
    const storage = memoryStorage();
    rememberToday(storage, 'anna', today);
    expect(rememberedToday(storage, 'anna', '2026-11-21')).toEqual(today);
    expect(rememberedToday(storage, 'anna', '2026-11-22')).toBeUndefined();
    expect(rememberedToday(storage, 'bram', '2026-11-21')).toBeUndefined();
    forgetToday(storage);
    expect(rememberedToday(storage, 'anna', '2026-11-21')).toBeUndefined();
  });

  it('ignores what it cannot read', () => {
    const storage = memoryStorage();
    storage.setItem('wandelcoach.today', '{broken');
    expect(rememberedToday(storage, 'anna', '2026-11-21')).toBeUndefined();
  });
});
