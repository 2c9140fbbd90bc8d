import type * as Api from '@wandelcoach/server/api-types';
import { describe, expect, it } from 'vitest';
import {
  adherencePercent,
  matchesSearch,
  openFirst,
  painTrend,
  rowFlags,
  visiblePatients,
} from './list-model.js';

function patient(
  name: string,
  openFlags: Api.LinkedPatient['openFlags'] = [],
  code = 'ACDEFGHJ',
): Api.LinkedPatient {
  return {
    linkId: `l-${name}`,
    patientId: `p-${name}`,
    patientName: name,
    since: '2026-11-01T10:00:00.000Z',
    code,
    openFlags,
    lastWeek: null,
    lastWalk: null,
    weeklyPain: [],
  };
}

const anna = patient('Anna de Vries', [{ kind: 'inactivity', severity: 'inactivity' }]);
const bram = patient('Bram Peeters', [
  { kind: 'next-morning-pain', severity: 'attention' },
  { kind: 'fall', severity: 'urgent' },
]);
const jose = patient('José Álvarez', [], 'KMPT3947');

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

  it('finds a patient by the code they linked with, however it is typed', () => {
    for (const typed of ['KMPT3947', 'kmpt 3947', 'KMPT-3947', ' kmpt - 3947 ', 'mpt39', '3947']) {
      expect(visiblePatients([jose, anna, bram], 'all', typed), typed).toEqual([jose]);
    }
    expect(visiblePatients([jose, anna, bram], 'all', 'KMPT 3948')).toEqual([]);
    // The filter still applies to a patient found by code.
    expect(visiblePatients([jose, anna, bram], 'any', 'KMPT 3947')).toEqual([]);
  });

  it('reads a few letters as part of a name, not of a code', () => {
    const fenna = patient('Fenna Smit', [], 'AAAJHXYZ');
    // "jh" is in Fenna's code, but two letters are part of a name only.
    expect(matchesSearch(fenna, 'jh')).toBe(false);
    expect(matchesSearch(fenna, 'ajhx')).toBe(true);
    expect(matchesSearch(fenna, 'smit')).toBe(true);
    expect(matchesSearch(fenna, '')).toBe(true);
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

  it('reads the pain trend from the list’s answer: the weeks’ averages oldest first, the first and the last', () => {
    const weeklyPain = [
      { weekStart: '2026-11-09', averagePain: 3.5 },
      { weekStart: '2026-11-16', averagePain: 6 },
      { weekStart: '2026-11-23', averagePain: 4.2 },
    ];
    expect(painTrend({ weeklyPain })).toEqual({ scores: [3.5, 6, 4.2], first: 3.5, last: 4.2 });
    expect(painTrend({ weeklyPain: [{ weekStart: '2026-11-23', averagePain: 0 }] })).toEqual({
      scores: [0],
      first: 0,
      last: 0,
    });
    expect(painTrend({ weeklyPain: [] })).toBeUndefined();
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
