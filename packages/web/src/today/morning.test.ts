import { describe, expect, it } from 'vitest';
import type { Walk } from '../api/client.js';
import { awaitingMorningPain, dayBefore } from './morning.js';

const walk = (id: string, date: string, painNextMorning: number | null): Walk => ({
  id,
  date,
  kind: 'forward',
  minutes: 10,
  painDuring: 2,
  painNextMorning,
  dizziness: false,
  fall: false,
  newSymptoms: [],
  createdAt: '',
  updatedAt: '',
});

describe('the next-morning question', () => {
  it('counts back a calendar day, across months and years', () => {
    expect(dayBefore('2026-12-01')).toBe('2026-11-30');
    expect(dayBefore('2027-01-01')).toBe('2026-12-31');
    expect(dayBefore('2028-03-01')).toBe('2028-02-29');
  });

  it('asks about yesterday’s walks that have no morning score yet', () => {
    const walks = [
      walk('a', '2026-11-20', null),
      walk('b', '2026-11-20', 3),
      walk('c', '2026-11-19', null),
      walk('d', '2026-11-21', null),
    ];
    expect(awaitingMorningPain(walks, '2026-11-21').map((w) => w.id)).toEqual(['a']);
  });
});
