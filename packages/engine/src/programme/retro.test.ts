/** Written from the rule as docs/clinical-rules.md states it (the § in each name), not from the engine's output. */
import { describe, expect, it } from 'vitest';
import type { ClearanceVerdict } from '../rules/clearance-validity.js';
import { intakeFor } from '../test-support/intakes.js';
import { retroAvailability, retroDays } from './retro.js';

const retroIntake = (overrides: Parameters<typeof intakeFor>[0]) =>
  intakeFor({ goals: ['retro-walking'], backPain: undefined, activity: 'active', age: 35, ...overrides });
const noContext = {
  assessmentPending: false,
  loggedFall: false,
  loggedDizziness: false,
  dizzinessClearance: 'none' as ClearanceVerdict,
  clearanceDate: '',
};

function dose(overrides: Parameters<typeof intakeFor>[0], context = noContext) {
  const result = retroAvailability(retroIntake(overrides), context);
  if (!result.available) throw new Error('expected retro-walking to be available');
  return result.dose;
}

describe('retro-walking dose (SEED-RW)', () => {
  it('starts active people at 20 minutes on a light incline, building towards SEED-RW’s 60 as far as a day allows (35)', () => {
    const active = dose({ equipment: { treadmill: true } });
    expect(active).toMatchObject({ level: 'active', startSession: 20, targetSession: 35, supervised: false });
    // SEED-RW: build to about 4 km/h, never above 4.0
    expect(active.treadmill).toEqual({ startKmh: 3, maxKmh: 4, inclinePercent: 2 });
    expect(active.cues).toEqual(
      expect.arrayContaining(['hold-handrails-safety-key', 'stop-if-dizzy-or-pain']),
    );
  });

  it('keeps active people at 30 minutes when forward walking for the back is in the same plan', () => {
    expect(
      dose({ goals: ['back-pain', 'retro-walking'], backPain: { type: 'chronic', legPain: false } })
        .targetSession,
    ).toBe(30);
  });

  it('starts beginners and people in rehabilitation at 5 minutes, towards 10', () => {
    expect(dose({ activity: 'light' })).toMatchObject({
      level: 'beginner',
      startSession: 5,
      targetSession: 10,
    });
    expect(dose({ conditions: ['knee-oa'] }).level).toBe('beginner');
  });

  it('starts an active person with high pain as a beginner (§4)', () => {
    expect(dose({ painNow: 7 }).level).toBe('beginner');
    expect(dose({ painNow: 6 }).level).toBe('active');
  });

  it('keeps the treadmill at 3.5 km/h at most from 65 (§4)', () => {
    expect(dose({ age: 65, equipment: { treadmill: true } }).treadmill?.maxKmh).toBe(3.5);
  });

  it.each([
    [{ age: 70 }, 'retro.supervised.age'],
    [{ fallRisk: ['worried-about-falling' as const] }, 'retro.supervised.fall-risk'],
    [{ impairments: ['balance' as const] }, 'retro.supervised.balance'],
    [{ impairments: ['vision' as const] }, 'retro.supervised.vision'],
    [{ conditions: ['stroke' as const] }, 'retro.supervised.stroke'],
    [{ conditions: ['multiple-sclerosis' as const] }, 'retro.supervised.multiple-sclerosis'],
    [{ conditions: ['recent-surgery' as const] }, 'retro.supervised.recent-surgery'],
  ])('is supervised, at the beginner dose, for %o', (overrides, code) => {
    const supervised = dose(overrides);
    expect(supervised.supervised).toBe(true);
    expect(supervised.level).toBe('beginner');
    expect(supervised.cues).toContain('with-professional');
    expect(supervised.reasons.map((r) => r.code)).toContain(code);
  });

  it('is supervised while a professional assessment is pending, after a logged fall or dizziness', () => {
    expect(dose({}, { ...noContext, assessmentPending: true }).supervised).toBe(true);
    expect(dose({}, { ...noContext, loggedFall: true }).supervised).toBe(true);
    const afterDizziness = dose({}, { ...noContext, loggedDizziness: true });
    expect(afterDizziness.supervised).toBe(true);
    expect(afterDizziness.reasons.map((r) => r.code)).toContain('retro.supervised.dizziness');
  });

  it('waits for a clearance with a history of dizziness, then is supervised', () => {
    const waiting = retroAvailability(retroIntake({ impairments: ['dizziness'] }), noContext);
    expect(waiting.available).toBe(false);
    const cleared = dose(
      { impairments: ['dizziness'], clearedBy: { by: 'physio', date: '2026-11-01' } },
      { ...noContext, dizzinessClearance: 'valid', clearanceDate: '1 November' },
    );
    expect(cleared.supervised).toBe(true);
    expect(cleared.reasons.map((r) => r.code)).toContain('retro.cleared');
  });

  it('refuses a clearance of dizziness from before this episode, and says so', () => {
    const old = retroAvailability(
      retroIntake({ impairments: ['dizziness'], clearedBy: { by: 'gp', date: '1990-01-01' } }),
      { ...noContext, dizzinessClearance: 'too-old', clearanceDate: '1 January 1990' },
    );
    expect(old.available).toBe(false);
    expect(old.available ? [] : old.reasons.map((r) => r.code)).toEqual(['retro.clearance-too-old']);
  });

  it('walks along a rail or flat path without a treadmill, with a spotter when there is one', () => {
    const outdoors = dose({ equipment: { railOrFlatPath: true, companion: true } });
    expect(outdoors.treadmill).toBeNull();
    expect(outdoors.cues).toEqual(expect.arrayContaining(['rail-or-flat-path', 'companion-spotter']));
  });
});

describe('retroDays', () => {
  it('spreads sessions over the week', () => {
    expect(retroDays(1)).toEqual([0]);
    expect(retroDays(3)).toEqual([0, 2, 5]);
    expect(retroDays(4)).toEqual([0, 2, 4, 5]);
  });

  it('keeps at least 3 days a week for ordinary walking alone (§4)', () => {
    expect(retroDays(5)).toEqual(retroDays(4));
    expect(retroDays(7)).toEqual(retroDays(4));
    const capped = dose({ daysPerWeek: 7 });
    expect(capped.days).toHaveLength(4);
    expect(capped.reasons.map((r) => r.code)).toContain('retro.days-capped');
  });
});
