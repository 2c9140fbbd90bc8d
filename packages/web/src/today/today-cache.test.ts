import { describe, expect, it } from 'vitest';
import { todayBeforeIntake, todayInPlan } from '../test-support/today.js';
import { forgetToday, keptOwner, rememberedToday, rememberToday } from './today-cache.js';
import { memoryStorage } from '../test-support/memory-storage.js';

const today = todayInPlan({ date: '2026-11-21', day: 6 });
const anna = { id: 'anna', email: 'anna@example.org' };

describe('today on the device', () => {
  it('gives back today’s plan to its owner, on its day only', () => {
    const storage = memoryStorage();
    rememberToday(storage, anna, today);
    expect(rememberedToday(storage, 'anna', '2026-11-21')).toEqual(today);
    expect(rememberedToday(storage, 'anna', '2026-11-22')).toBeUndefined();
    expect(rememberedToday(storage, 'bram', '2026-11-21')).toBeUndefined();
    forgetToday(storage);
    expect(rememberedToday(storage, 'anna', '2026-11-21')).toBeUndefined();
  });

  it('says whose plan it keeps for a day, and nobody’s for another day or after forgetting', () => {
    const storage = memoryStorage();
    expect(keptOwner(storage, '2026-11-21')).toBeUndefined();
    rememberToday(storage, { ...anna, role: 'patient' } as typeof anna, today);
    expect(keptOwner(storage, '2026-11-21')).toEqual(anna);
    expect(keptOwner(storage, '2026-11-22')).toBeUndefined();
    forgetToday(storage);
    expect(keptOwner(storage, '2026-11-21')).toBeUndefined();
  });

  it('offers nobody a kept plan that says to see a doctor first', () => {
    const storage = memoryStorage();
    for (const level of ['emergency', 'gp-soon'] as const) {
      rememberToday(storage, anna, { ...today, triage: { ...today.triage, level } });
      expect(keptOwner(storage, '2026-11-21')).toBeUndefined();
    }
    rememberToday(storage, anna, { ...today, triage: { ...today.triage, level: 'routine-assessment' } });
    expect(keptOwner(storage, '2026-11-21')).toEqual(anna);
  });

  it('keeps no owner for an account without an intake yet: there is no plan to show', () => {
    const storage = memoryStorage();
    const before = todayBeforeIntake('2026-11-21');
    rememberToday(storage, anna, before);
    expect(keptOwner(storage, '2026-11-21')).toBeUndefined();
  });

  it('ignores what it cannot read, and older versions’ entries', () => {
    const storage = memoryStorage();
    storage.setItem('wandelcoach.today', '{broken');
    expect(rememberedToday(storage, 'anna', '2026-11-21')).toBeUndefined();
    expect(keptOwner(storage, '2026-11-21')).toBeUndefined();
    storage.setItem('wandelcoach.today', JSON.stringify({ version: 1, accountId: 'anna', today }));
    expect(rememberedToday(storage, 'anna', '2026-11-21')).toBeUndefined();
    storage.setItem('wandelcoach.today', JSON.stringify({ version: 2, owner: anna, today }));
    expect(rememberedToday(storage, 'anna', '2026-11-21')).toBeUndefined();
    expect(keptOwner(storage, '2026-11-21')).toBeUndefined();
  });

  it('shows nothing that does not fit the answer the server gives: no cast, the API’s own schema', () => {
    const storage = memoryStorage();
    const broken = { ...today, sessions: [{ kind: 'sideways', minutes: -5 }] };
    storage.setItem('wandelcoach.today', JSON.stringify({ version: 3, owner: anna, today: broken }));
    expect(rememberedToday(storage, 'anna', '2026-11-21')).toBeUndefined();
    expect(keptOwner(storage, '2026-11-21')).toBeUndefined();
  });
});
