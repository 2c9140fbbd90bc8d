import { describe, expect, it } from 'vitest';
import { dayNumber } from '../dates.js';
import { clearsIntakeSigns } from './clearance-validity.js';
import {
  clinicianClearances,
  emergencySignCleared,
  latestValid,
  supervisionLifted,
} from './clinician-clearances.js';

const by = { id: 'c1', name: 'Anna' };
const start = dayNumber('2026-11-23');
const day = (iso: string) => dayNumber(iso);

describe('clearances a clinician records (docs/clinical-rules.md §1, §4, §6)', () => {
  const recorded = clinicianClearances([
    { kind: 'gp', by, date: '2026-11-20', reason: 'GP saw her' },
    { kind: 'gp', by, date: '1990-01-01', reason: 'old letter' },
    { kind: 'retro-walking', by, date: '2026-11-25', reason: 'not dizzy any more' },
    { kind: 'retro-supervision', by, date: '2026-11-26', reason: 'steady' },
    {
      kind: 'emergency-sign',
      by,
      date: '2026-12-02',
      reason: 'seen in hospital',
      sign: 'saddle-numbness',
      signDate: '2026-12-01',
    },
  ]);

  it('sorts them by what they clear, each with its author and reason', () => {
    expect(recorded.gp).toHaveLength(2);
    expect(recorded.retro[0]).toMatchObject({ by: 'physio', note: { by, reason: 'not dizzy any more' } });
    expect(recorded.lifts).toHaveLength(1);
    expect(recorded.emergency[0]).toMatchObject({ sign: 'saddle-numbness', signDay: day('2026-12-01') });
  });

  it('counts a GP clearance the clinician recorded under the same episode rule as the person’s own', () => {
    const valid = latestValid(recorded.gp, (c) => clearsIntakeSigns(c, start, day('2026-11-30'), ['gp']));
    expect(valid?.day).toBe(day('2026-11-20'));
    const onlyOld = latestValid(recorded.gp.slice(1), (c) =>
      clearsIntakeSigns(c, start, day('2026-11-30'), ['gp']),
    );
    expect(onlyOld).toBeNull();
  });

  it('clears a logged emergency sign only: that sign, that walk, from the clearance’s date', () => {
    const cleared = (sign: 'saddle-numbness' | 'major-trauma', signDay: string, asOf: string) =>
      emergencySignCleared(recorded.emergency, sign, day(signDay), day(asOf));
    expect(cleared('saddle-numbness', '2026-12-01', '2026-12-02')).not.toBeNull();
    expect(cleared('saddle-numbness', '2026-12-01', '2026-12-01')).toBeNull();
    expect(cleared('major-trauma', '2026-12-01', '2026-12-05')).toBeNull();
    expect(cleared('saddle-numbness', '2026-12-03', '2026-12-05')).toBeNull();
  });

  it('lifts supervision from its date, until a fall or dizziness is logged on or after it', () => {
    const lifts = recorded.lifts;
    expect(supervisionLifted(lifts, start, day('2026-11-25'), null)).toBeNull();
    expect(supervisionLifted(lifts, start, day('2026-11-26'), null)).not.toBeNull();
    expect(supervisionLifted(lifts, start, day('2026-12-10'), day('2026-11-20'))).not.toBeNull();
    expect(supervisionLifted(lifts, start, day('2026-12-10'), day('2026-11-26'))).toBeNull();
  });

  it('does not let a lift from an earlier episode count', () => {
    const old = clinicianClearances([{ kind: 'retro-supervision', by, date: '2026-01-01', reason: 'x' }]);
    expect(supervisionLifted(old.lifts, start, day('2026-12-10'), null)).toBeNull();
  });
});
