import type * as Api from '@wandelcoach/server/api-types';
import { describe, expect, it } from 'vitest';
import type { Walk } from '../../api/client.js';
import { adherencePercent, openFirst, rowFlags, visiblePatients, walkSummary } from './list-model.js';

function patient(name: string, openFlags: Api.LinkedPatient['openFlags'] = []): Api.LinkedPatient {
  return {
    linkId: `l-${name}`,
    patientId: `p-${name}`,
    patientName: name,
    since: '2026-11-01T10:00:00.000Z',
    openFlags,
    lastWeek: null,
  };
}

const anna = patient('Anna de Vries', [{ kind: 'inactivity', severity: 'inactivity' }]);
const bram = patient('Bram Peeters', [
  { kind: 'next-morning-pain', severity: 'attention' },
  { kind: 'fall', severity: 'urgent' },
]);
const jose = patient('José Álvarez');

describe('the patients list', () => {
  it('puts the most urgent first, then by name', () => {
    expect(visiblePatients([jose, anna, bram], 'all', '').map((p) => p.patientName)).toEqual([
      'Bram Peeters',
      'Anna de Vries',
      'José Álvarez',
    ]);
  });

  it('filters by any flag or one kind, and searches names without minding case or accents', () => {
    expect(visiblePatients([jose, anna, bram], 'any', '')).toHaveLength(2);
    expect(visiblePatients([jose, anna, bram], 'fall', '')).toEqual([bram]);
    expect(visiblePatients([jose, anna, bram], 'all', 'alvarez')).toEqual([jose]);
    expect(visiblePatients([jose, anna, bram], 'fall', 'anna')).toEqual([]);
  });

  it('gives a row’s flags urgent first, with the ids of the open flags', () => {
    const flags = rowFlags(bram, [
      {
        id: 'f1',
        patientId: 'p-Bram Peeters',
        kind: 'fall',
        seen: { by: 'c1', name: 'Sanne Jansen', at: '2026-11-18T09:00:00.000Z' },
      } as Api.PracticeFlagsAnswer['flags'][number],
    ]);
    expect(flags).toEqual([
      {
        kind: 'fall',
        severity: 'urgent',
        id: 'f1',
        seen: { by: 'c1', name: 'Sanne Jansen', at: '2026-11-18T09:00:00.000Z' },
      },
      { kind: 'next-morning-pain', severity: 'attention', id: undefined, seen: null },
    ]);
  });

  it('says last week’s adherence in whole percent', () => {
    expect(adherencePercent(null)).toBeUndefined();
    expect(adherencePercent({ weekStart: '2026-11-23', plannedMinutes: 90, walkedMinutes: 30 })).toBe(33);
    expect(adherencePercent({ weekStart: '2026-11-23', plannedMinutes: 0, walkedMinutes: 0 })).toBe(100);
  });

  it('finds the last walk and the pain of the past 14 days, oldest first', () => {
    const walk = (date: string, painDuring: number) => ({ date, painDuring }) as Walk;
    const summary = walkSummary(
      [walk('2026-12-01', 5), walk('2026-11-10', 2), walk('2026-11-20', 3)],
      '2026-12-02',
    );
    expect(summary).toEqual({ lastWalk: '2026-12-01', pain: [3, 5] });
    expect(walkSummary([], '2026-12-02')).toEqual({ lastWalk: undefined, pain: [] });
  });

  it('lists a patient’s open flags first, most urgent first, then the handled ones', () => {
    const flag = (id: string, state: string, severity: Api.FlagAnswer['severity'], raisedAt: string) => ({
      id,
      state,
      severity,
      raisedAt,
    });
    const sorted = openFirst([
      flag('a', 'new', 'attention', '2026-11-18T09:00:00Z'),
      flag('b', 'handled', 'urgent', '2026-11-18T10:00:00Z'),
      flag('c', 'seen', 'urgent', '2026-11-17T09:00:00Z'),
      flag('d', 'new', 'attention', '2026-11-18T11:00:00Z'),
    ]);
    expect(sorted.map((f) => f.id)).toEqual(['c', 'd', 'a', 'b']);
  });
});
