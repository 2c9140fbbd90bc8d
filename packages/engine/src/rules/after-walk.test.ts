/** Written from the rules as docs/clinical-rules.md states them (§1 red flags, §5 pain limit and holds). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMERGENCY_FLAGS, RED_FLAGS, type RedFlag } from '../codes.js';
import { afterWalkFindings, RED_FLAG_ONSET, signsToAskAfterWalk, type AfterWalkInput } from './after-walk.js';

const HISTORY: readonly RedFlag[] = ['cancer-history', 'steroids-or-immunosuppressed'];
const ACCIDENT: readonly RedFlag[] = ['major-trauma', 'osteoporosis-minor-fall'];
const GRADUAL: readonly RedFlag[] = ['weight-loss', 'fever-or-ill', 'night-pain-worsening'];

describe('the warning signs asked after a walk (§1)', () => {
  it('asks every emergency sign except an accident’s, the leg giving way and “not sure”', () => {
    expect(signsToAskAfterWalk({ fellOrAccident: false, recheck: false })).toEqual([
      'saddle-numbness',
      'bladder-bowel-change',
      'both-legs-weak-or-numb',
      'worsening-weakness',
      'leg-giving-way',
      'unsure',
    ]);
  });

  it('asks about a heavy accident and a fall with weak bones only after a fall or an accident', () => {
    const afterFall = signsToAskAfterWalk({ fellOrAccident: true, recheck: false });
    for (const flag of ACCIDENT) expect(afterFall).toContain(flag);
    // The emergency signs come first, as everywhere else.
    expect(afterFall.slice(0, EMERGENCY_FLAGS.length)).toEqual([...EMERGENCY_FLAGS]);
  });

  it('asks about signs that build up over time only while triage asks for a recheck', () => {
    for (const flag of GRADUAL) {
      expect(signsToAskAfterWalk({ fellOrAccident: true, recheck: false })).not.toContain(flag);
      expect(signsToAskAfterWalk({ fellOrAccident: false, recheck: true })).toContain(flag);
    }
  });

  it('never asks about history, whatever the answers', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), (fellOrAccident, recheck) => {
        const asked = signsToAskAfterWalk({ fellOrAccident, recheck });
        for (const flag of HISTORY) expect(asked).not.toContain(flag);
        expect(asked).toEqual(RED_FLAGS.filter((flag) => asked.includes(flag)));
      }),
    );
  });

  it('places every red flag', () => {
    expect(Object.keys(RED_FLAG_ONSET).sort()).toEqual([...RED_FLAGS].sort());
  });
});

function walk(fields: Partial<AfterWalkInput>): AfterWalkInput {
  return {
    kind: 'forward',
    minutes: 10,
    plannedMinutes: 10,
    painDuring: 2,
    dizziness: false,
    fall: false,
    newSymptoms: [],
    usualPain: 3,
    ...fields,
  };
}

describe('what one walk tells (§1, §5)', () => {
  it('names the most urgent safety matter first', () => {
    expect(afterWalkFindings(walk({})).safety).toBeNull();
    expect(afterWalkFindings(walk({ dizziness: true })).safety).toBe('dizziness');
    expect(afterWalkFindings(walk({ dizziness: true, fall: true })).safety).toBe('fall');
    expect(afterWalkFindings(walk({ fall: true, newSymptoms: ['unsure'] })).safety).toBe('gp-soon');
    expect(afterWalkFindings(walk({ newSymptoms: ['unsure', 'saddle-numbness'] })).safety).toBe('emergency');
  });

  it('judges pain against the limit from the usual pain: 2 above it, at most 5 under a usual 5', () => {
    expect(afterWalkFindings(walk({ painDuring: 5, usualPain: 3 })).painAboveLimit).toBe(false);
    expect(afterWalkFindings(walk({ painDuring: 6, usualPain: 3 })).painAboveLimit).toBe(true);
    expect(afterWalkFindings(walk({ painDuring: 3, usualPain: 0 })).painAboveLimit).toBe(true);
    expect(afterWalkFindings(walk({ painDuring: 8, usualPain: 6 })).painAboveLimit).toBe(false);
    expect(afterWalkFindings(walk({ painDuring: 10, usualPain: 9 })).painAboveLimit).toBe(true);
  });

  it('without the usual pain, is sure only at the ends of the scale', () => {
    expect(afterWalkFindings(walk({ painDuring: 2, usualPain: null })).painAboveLimit).toBe(false);
    expect(afterWalkFindings(walk({ painDuring: 3, usualPain: null })).painAboveLimit).toBeNull();
    expect(afterWalkFindings(walk({ painDuring: 9, usualPain: null })).painAboveLimit).toBeNull();
    expect(afterWalkFindings(walk({ painDuring: 10, usualPain: null })).painAboveLimit).toBe(true);
  });

  it('calls under 80% of the planned walk partly walked, and over 150% well above the plan', () => {
    expect(afterWalkFindings(walk({ minutes: 2, plannedMinutes: 5 })).amount).toBe('partly');
    expect(afterWalkFindings(walk({ minutes: 3.95, plannedMinutes: 5 })).amount).toBe('partly');
    expect(afterWalkFindings(walk({ minutes: 4, plannedMinutes: 5 })).amount).toBe('mostly');
    expect(afterWalkFindings(walk({ minutes: 7.5, plannedMinutes: 5 })).amount).toBe('mostly');
    expect(afterWalkFindings(walk({ minutes: 8, plannedMinutes: 5 })).amount).toBe('well-above');
  });

  it('stops retro-walking after dizziness on any walk, and after a fall while walking backwards', () => {
    expect(afterWalkFindings(walk({ dizziness: true })).stopsRetro).toBe(true);
    expect(afterWalkFindings(walk({ fall: true })).stopsRetro).toBe(false);
    expect(afterWalkFindings(walk({ fall: true, kind: 'retro' })).stopsRetro).toBe(true);
  });
});
