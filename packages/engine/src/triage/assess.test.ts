import { describe, expect, it } from 'vitest';
import { EMERGENCY_FLAGS, GP_FLAGS } from '../codes.js';
import { dayNumber } from '../dates.js';
import { intakeFor } from '../test-support/intakes.js';
import type { Intake } from '../schema.js';
import { assessTriage, closingAdvice, NO_EVENTS, type TriageEvents } from './assess.js';

const codes = (reasons: ReadonlyArray<{ code: string }>) => reasons.map((r) => r.code);
// The intakes start on 2026-11-23 (test-support/intakes.ts); triage stands on 2026-12-01.
const START = dayNumber('2026-11-23');
const TODAY = dayNumber('2026-12-01');
const on = (asOf: string) => ({ startDay: START, asOf: dayNumber(asOf), today: TODAY });
const ALONE = {
  supervisedRetro: false,
  retroWaitsForProfessional: false,
  earlierSigns: false,
  physioAdvised: false,
};
const triage = (intake: Intake, events: TriageEvents = NO_EVENTS) =>
  assessTriage(intake, events, { startDay: START, asOf: TODAY, today: TODAY });

describe('assessTriage', () => {
  it('lets a person without warning signs manage on their own', () => {
    const result = triage(intakeFor({}));
    expect(result.level).toBe('self-manage');
    expect(result.planLevel).toBe('self-manage');
    expect(codes(result.reasons)).toEqual(['risk-profile.low']);
    expect(codes(closingAdvice(result, 'en', ALONE))).toEqual(['self-manage']);
  });

  it('never says "on your own" beside supervision or the advice to see a physiotherapist', () => {
    const result = triage(intakeFor({}));
    expect(codes(closingAdvice(result, 'en', { ...ALONE, supervisedRetro: true }))).toEqual([
      'no-warning-signs',
      'supervised-retro',
    ]);
    const medium = triage(intakeFor({ riskFactors: ['stress', 'earlier-episodes'] }));
    expect(codes(closingAdvice(medium, 'en', ALONE))).toEqual(['no-warning-signs']);
    const waiting = closingAdvice(result, 'en', { ...ALONE, retroWaitsForProfessional: true });
    expect(codes(waiting)).toEqual(['no-warning-signs']);
    expect(codes(closingAdvice(result, 'en', { ...ALONE, earlierSigns: true }))).toEqual([]);
    expect(codes(closingAdvice(result, 'en', { ...ALONE, physioAdvised: true }))).toEqual([
      'no-warning-signs',
    ]);
    const cleared = triage(
      intakeFor({ redFlags: ['cancer-history'], clearedBy: { by: 'gp', date: '2026-11-20' } }),
    );
    expect(cleared.planLevel).toBe('self-manage');
    expect(codes(closingAdvice(cleared, 'en', ALONE))).toEqual([]);
    const routine = triage(intakeFor({ conditions: ['stroke'] }));
    expect(codes(closingAdvice(routine, 'en', ALONE))).toEqual([]);
  });

  it.each(EMERGENCY_FLAGS)('sends %s to the emergency department with no plan', (flag) => {
    const result = triage(intakeFor({ redFlags: [flag] }));
    expect(result.level).toBe('emergency');
    expect(result.planLevel).toBeNull();
    expect(codes(result.reasons)).toEqual([`red-flag.${flag}`, 'emergency-now']);
    expect(result.reasons.at(-1)?.message).toContain('112');
  });

  it.each(GP_FLAGS)('sends %s to the GP first, with no plan until cleared', (flag) => {
    const result = triage(intakeFor({ redFlags: [flag] }));
    expect(result.level).toBe('gp-soon');
    expect(result.planLevel).toBeNull();
    expect(codes(result.reasons)).toContain(`red-flag.${flag}`);
    expect(codes(result.reasons)).toContain('gp-soon-now');
  });

  it('lets the highest level win', () => {
    const result = triage(
      intakeFor({ redFlags: ['weight-loss', 'saddle-numbness'], conditions: ['stroke'] }),
    );
    expect(result.level).toBe('emergency');
    expect(codes(result.reasons)).not.toContain('red-flag.weight-loss');
  });

  it('opens the plan once a GP has cleared the person, at the level the rest of the answers show', () => {
    const cleared = triage(
      intakeFor({ redFlags: ['cancer-history'], clearedBy: { by: 'gp', date: '2026-11-20' } }),
    );
    expect(cleared.level).toBe('gp-soon');
    expect(cleared.planLevel).toBe('self-manage');
    expect(codes(cleared.reasons)).toContain('gp-cleared');

    const withLegPain = triage(
      intakeFor({
        redFlags: ['cancer-history'],
        backPain: { type: 'nerve-pain', legPain: true },
        clearedBy: { by: 'gp', date: '2026-11-20' },
      }),
    );
    expect(withLegPain.planLevel).toBe('routine-assessment');
  });

  it('does not let a physiotherapist clear signs that need a GP', () => {
    const result = triage(
      intakeFor({ redFlags: ['fever-or-ill'], clearedBy: { by: 'physio', date: '2026-11-20' } }),
    );
    expect(result.planLevel).toBeNull();
    expect(codes(result.reasons)).toContain('physio-clearance-not-enough');
  });

  it('counts a clearance only from its own date on', () => {
    const intake = intakeFor({ redFlags: ['unsure'], clearedBy: { by: 'gp', date: '2026-12-01' } });
    expect(assessTriage(intake, NO_EVENTS, on('2026-11-30')).planLevel).toBeNull();
    expect(assessTriage(intake, NO_EVENTS, on('2026-12-01')).planLevel).toBe('self-manage');
  });

  it('refuses a clearance from before this episode, and says from when one counts (§1)', () => {
    const result = triage(
      intakeFor({ redFlags: ['cancer-history'], clearedBy: { by: 'gp', date: '1990-01-01' } }),
    );
    expect(result.planLevel).toBeNull();
    expect(codes(result.reasons)).toContain('clearance.too-old');
    // 28 days before the start on 23 November 2026
    expect(result.reasons.find((r) => r.code === 'clearance.too-old')?.message).toContain('26 October');
    expect(result.reasons.find((r) => r.code === 'clearance.too-old')?.message).toContain('1 January 1990');
  });

  it('asks an older person with a positive fall screen to see a professional (STEADI)', () => {
    const gerrit = intakeFor({ age: 82, fallRisk: ['unsteady'], impairments: ['balance', 'vision'] });
    const result = triage(gerrit);
    expect(result.level).toBe('routine-assessment');
    expect(codes(result.reasons)).toContain('fall-screen');
    expect(triage(intakeFor({ age: 65, impairments: ['vision'] })).level).toBe('routine-assessment');
    expect(triage(intakeFor({ age: 64, fallRisk: ['unsteady'] })).level).toBe('self-manage');
  });

  it('asks about weak bones after a fall at 65 or over with back pain', () => {
    expect(codes(triage(intakeFor({ age: 70, fallRisk: ['fell-past-year'] })).reasons)).toContain(
      'ask-osteoporosis',
    );
    expect(codes(triage(intakeFor({ age: 70, fallRisk: ['unsteady'] })).reasons)).not.toContain(
      'ask-osteoporosis',
    );
  });

  it('treats severe nerve pain with giving way as a sign for the GP', () => {
    const result = triage(intakeFor({ needsGuidance: ['severe-nerve-pain'] }));
    expect(result.level).toBe('gp-soon');
    expect(codes(result.reasons)).toContain('guidance.severe-nerve-pain');
  });

  it.each(['stiff-si-joints', 'weak-hips', 'movement-insecurity', 'breathing-stays-high'] as const)(
    'gives a gentle plan with a physiotherapist for %s',
    (situation) => {
      const result = triage(intakeFor({ needsGuidance: [situation] }));
      expect(result.level).toBe('routine-assessment');
      expect(result.planLevel).toBe('routine-assessment');
      expect(codes(result.reasons)).toEqual(expect.arrayContaining([`guidance.${situation}`, 'see-physio']));
    },
  );

  it.each(['recent-surgery', 'stroke', 'multiple-sclerosis'] as const)(
    'asks for a professional after %s',
    (condition) => {
      expect(triage(intakeFor({ conditions: [condition] })).level).toBe('routine-assessment');
    },
  );

  it('asks for a professional with leg pain or a high risk profile, not with a medium one', () => {
    expect(triage(intakeFor({ backPain: { type: 'nerve-pain', legPain: true } })).level).toBe(
      'routine-assessment',
    );
    const high = triage(intakeFor({ riskFactors: ['stress', 'low-mood', 'catastrophising'] }));
    expect(high.level).toBe('routine-assessment');
    expect(high.riskProfile).toBe(3);
    const medium = triage(intakeFor({ riskFactors: ['stress', 'earlier-episodes'] }));
    expect(medium.level).toBe('self-manage');
    expect(codes(medium.reasons)).toContain('risk-profile.medium');
  });

  it('re-triages on what the log reports', () => {
    const intake = intakeFor({});
    const fall = triage(intake, { ...NO_EVENTS, falls: [dayNumber('2026-11-25')] });
    expect(fall.level).toBe('routine-assessment');
    expect(codes(fall.reasons)).toContain('retriage.fall');

    const signs = triage(intake, {
      ...NO_EVENTS,
      newSymptoms: [{ day: dayNumber('2026-11-25'), flags: ['bladder-bowel-change'] }],
    });
    expect(signs.level).toBe('emergency');
    expect(codes(signs.reasons)).toContain('retriage.emergency-in-log');

    expect(triage(intake, { ...NO_EVENTS, longFlare: true }).level).toBe('routine-assessment');
    expect(triage(intake, { ...NO_EVENTS, repeatedRegress: true }).level).toBe('routine-assessment');
  });

  it('never lets a recorded clearance reopen a plan after an emergency sign in the log (§1)', () => {
    const events = {
      ...NO_EVENTS,
      newSymptoms: [{ day: dayNumber('2026-11-25'), flags: ['saddle-numbness' as const] }],
    };
    const cleared = triage(intakeFor({ clearedBy: { by: 'gp', date: '2026-11-30' } }), events);
    expect(cleared.level).toBe('emergency');
    expect(cleared.planLevel).toBeNull();
  });

  it('lets a GP visit after new signs open the plan again, gently, but not one before them', () => {
    const events = {
      ...NO_EVENTS,
      newSymptoms: [{ day: dayNumber('2026-11-25'), flags: ['weight-loss' as const] }],
    };
    const after = triage(intakeFor({ clearedBy: { by: 'gp', date: '2026-11-27' } }), events);
    // docs/clinical-rules.md §5: a re-triage on new signs leads to routine-assessment at least.
    expect(after.planLevel).toBe('routine-assessment');
    expect(codes(after.reasons)).toContain('retriage.new-symptoms-cleared');
    const before = triage(intakeFor({ clearedBy: { by: 'gp', date: '2026-11-24' } }), events);
    expect(before.planLevel).toBeNull();
    expect(codes(before.reasons)).toContain('clearance.before-signs');
  });

  it('speaks the intake language', () => {
    const nl = triage(intakeFor({ locale: 'nl', redFlags: ['major-trauma'] }));
    const en = triage(intakeFor({ locale: 'en', redFlags: ['major-trauma'] }));
    expect(codes(nl.reasons)).toEqual(codes(en.reasons));
    expect(nl.reasons[1]?.message).toMatch(/Bel nu 112/);
    expect(en.reasons[1]?.message).toMatch(/Call 112/);
  });
});
