import {
  ACTIVITY_LEVELS,
  BACK_PAIN_TYPES,
  buildPlan,
  CONDITIONS,
  FALL_RISKS,
  GOALS,
  IMPAIRMENTS,
  NEEDS_GUIDANCE,
  RED_FLAGS,
  RISK_FACTORS,
} from '@wandelcoach/engine';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emptyAnswers,
  loadDraft,
  saveDraft,
  stepProblems,
  stepsFor,
  toIntake,
  type IntakeAnswers,
} from './draft.js';
import { memoryStorage } from '../test-support/memory-storage.js';

const TODAY = '2026-11-21';

const subset = <T>(values: readonly T[]) => fc.subarray([...values]);

/** Any set of answers a person could complete the wizard with. */
const completeAnswers: fc.Arbitrary<IntakeAnswers> = fc
  .record({
    goals: fc.subarray([...GOALS], { minLength: 1 }),
    age: fc.integer({ min: 16, max: 110 }).map(String),
    activity: fc.constantFrom(...ACTIVITY_LEVELS),
    comfortableWalkMinutes: fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 300 }).map(String)),
    backPainType: fc.constantFrom(...BACK_PAIN_TYPES),
    legPain: fc.boolean(),
    painNow: fc.integer({ min: 0, max: 10 }),
    needsGuidance: subset(NEEDS_GUIDANCE),
    riskFactors: subset(RISK_FACTORS),
    redFlags: subset(RED_FLAGS),
    fallRisk: subset(FALL_RISKS),
    impairments: subset(IMPAIRMENTS),
    conditions: subset(CONDITIONS),
    equipment: fc.record({ treadmill: fc.boolean(), railOrFlatPath: fc.boolean(), companion: fc.boolean() }),
    daysPerWeek: fc.integer({ min: 1, max: 7 }),
    startDate: fc.constantFrom('2026-11-21', '2026-11-23', '2026-12-01'),
  })
  .map((answers) => ({ ...answers, noRedFlags: answers.redFlags.length === 0 }));

describe('the intake draft', () => {
  it('asks the back questions only when back pain is a goal', () => {
    const answers = emptyAnswers(TODAY);
    expect(stepsFor({ ...answers, goals: ['retro-walking'] })).not.toContain('back');
    expect(stepsFor({ ...answers, goals: ['back-pain'] })).toContain('back');
  });

  it('says what is missing on each step', () => {
    const answers = emptyAnswers(TODAY);
    expect(stepProblems('goals', answers)).toEqual([{ field: 'goals', key: 'intake.required' }]);
    expect(stepProblems('about-you', { ...answers, age: '12' }).map((p) => p.field)).toEqual([
      'age',
      'activity',
    ]);
    expect(
      stepProblems('about-you', { ...answers, age: '52', activity: 'light', comfortableWalkMinutes: 'veel' }),
    ).toEqual([{ field: 'comfortableWalkMinutes', key: 'intake.minutesRange' }]);
    // No answer to the safety questions is not the same as "none of these".
    expect(stepProblems('safety', answers)).toEqual([{ field: 'redFlags', key: 'intake.required' }]);
    expect(stepProblems('safety', { ...answers, noRedFlags: true })).toEqual([]);
  });

  it('gives an intake the engine accepts, for every way of completing the wizard', () => {
    fc.assert(
      fc.property(completeAnswers, fc.constantFrom('nl' as const, 'en' as const), (answers, locale) => {
        for (const step of stepsFor(answers)) expect(stepProblems(step, answers)).toEqual([]);
        const output = buildPlan({ intake: toIntake(answers, locale), today: TODAY });
        expect(output.locale).toBe(locale);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves out the back-pain fields when back pain is not a goal', () => {
    const intake = toIntake(
      { ...emptyAnswers(TODAY), goals: ['retro-walking'], age: '70', activity: 'light' },
      'nl',
    );
    expect(intake).not.toHaveProperty('backPain');
    expect(intake).not.toHaveProperty('painNow');
  });

  it('keeps a draft on the device and reads it back; a draft it cannot read is dropped', () => {
    const storage = memoryStorage();
    const answers = { ...emptyAnswers(TODAY), goals: ['back-pain' as const], age: '5' };
    saveDraft(storage, { version: 1, accountId: 'anna', step: 'about-you', answers });
    expect(loadDraft(storage, TODAY, 'anna')).toEqual({
      version: 1,
      accountId: 'anna',
      step: 'about-you',
      answers,
    });
    // Another person on the same device does not get them.
    expect(loadDraft(storage, TODAY, 'bram')).toBeUndefined();
    storage.setItem('wandelcoach.intake-draft', '{"version": 99}');
    expect(loadDraft(storage, TODAY, 'anna')).toBeUndefined();
    storage.setItem('wandelcoach.intake-draft', 'not json');
    expect(loadDraft(storage, TODAY, 'anna')).toBeUndefined();
  });

  it('fills in fields a kept draft from an earlier version lacks', () => {
    const storage = memoryStorage();
    storage.setItem(
      'wandelcoach.intake-draft',
      JSON.stringify({ version: 1, accountId: 'anna', step: 'goals', answers: { goals: ['retro-walking'] } }),
    );
    expect(loadDraft(storage, TODAY, 'anna')?.answers).toEqual({
      ...emptyAnswers(TODAY),
      goals: ['retro-walking'],
    });
  });
});
