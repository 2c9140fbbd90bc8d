/**
 * fast-check generators for valid intakes and walking logs, built from the contract's own code lists,
 * so the property tests explore every combination the contract allows.
 */
import fc from 'fast-check';
import {
  ACTIVITY_LEVELS,
  BACK_PAIN_TYPES,
  CLEARED_BY,
  CONDITIONS,
  EMERGENCY_FLAGS,
  FALL_RISKS,
  GP_FLAGS,
  IMPAIRMENTS,
  LOCALES,
  NEEDS_GUIDANCE,
  RED_FLAGS,
  RISK_FACTORS,
  WALK_KINDS,
} from '../codes.js';
import { dayNumber, isoDate } from '../dates.js';
import type { IntakeInput, WalkLogInput } from '../schema.js';

const START = dayNumber('2026-11-23');

/** A subset that is usually empty: most people have no red flags, but every flag must get explored. */
function rareSubset<T>(values: readonly T[]): fc.Arbitrary<T[]> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant<T[]>([]) },
    { weight: 1, arbitrary: fc.subarray([...values], { minLength: 1 }) },
  );
}

export interface Scenario {
  intake: IntakeInput;
  logs: WalkLogInput[];
  today: string;
  weeks: number;
}

export const intakeArbitrary: fc.Arbitrary<IntakeInput> = fc
  .record({
    locale: fc.constantFrom(...LOCALES),
    age: fc.integer({ min: 16, max: 110 }),
    goals: fc.constantFrom<IntakeInput['goals']>(
      ['back-pain'],
      ['retro-walking'],
      ['back-pain', 'retro-walking'],
    ),
    backPain: fc.record({ type: fc.constantFrom(...BACK_PAIN_TYPES), legPain: fc.boolean() }),
    painNow: fc.integer({ min: 0, max: 10 }),
    activity: fc.constantFrom(...ACTIVITY_LEVELS),
    comfortableWalkMinutes: fc.option(
      fc.oneof(fc.integer({ min: 0, max: 60 }), fc.double({ min: 0, max: 600, noNaN: true })),
      { nil: undefined },
    ),
    redFlags: fc.oneof(
      { weight: 6, arbitrary: fc.constant<IntakeInput['redFlags']>([]) },
      { weight: 1, arbitrary: fc.subarray([...GP_FLAGS], { minLength: 1 }) },
      { weight: 1, arbitrary: fc.subarray([...RED_FLAGS], { minLength: 1 }) },
    ),
    needsGuidance: rareSubset(NEEDS_GUIDANCE),
    fallRisk: rareSubset(FALL_RISKS),
    impairments: rareSubset(IMPAIRMENTS),
    conditions: rareSubset(CONDITIONS),
    riskFactors: rareSubset(RISK_FACTORS),
    equipment: fc.record({ treadmill: fc.boolean(), railOrFlatPath: fc.boolean(), companion: fc.boolean() }),
    daysPerWeek: fc.integer({ min: 1, max: 7 }),
    startOffset: fc.integer({ min: -30, max: 30 }),
    clearedBy: fc.option(
      fc.record({
        by: fc.constantFrom(...CLEARED_BY),
        // now and then a clearance from long before this episode (1990)
        offset: fc.oneof(
          { weight: 9, arbitrary: fc.integer({ min: -60, max: 0 }) },
          { weight: 1, arbitrary: fc.constant(-13_110) },
        ),
      }),
      { nil: undefined },
    ),
  })
  .map(({ startOffset, clearedBy, backPain, goals, comfortableWalkMinutes, ...rest }) => {
    const intake: IntakeInput = { ...rest, goals, startDate: isoDate(START + startOffset) };
    if (goals.includes('back-pain')) intake.backPain = backPain;
    if (comfortableWalkMinutes !== undefined) intake.comfortableWalkMinutes = comfortableWalkMinutes;
    // Clearance dates are relative to the start; the scenario moves them before "today".
    if (clearedBy) intake.clearedBy = { by: clearedBy.by, date: isoDate(START + clearedBy.offset) };
    return intake;
  });

function logArbitrary(first: number, last: number): fc.Arbitrary<WalkLogInput> {
  return fc.record({
    date: fc.integer({ min: first, max: last }).map(isoDate),
    kind: fc.constantFrom(...WALK_KINDS),
    minutes: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.double({ min: 0, max: 300, noNaN: true })),
    painDuring: fc.integer({ min: 0, max: 10 }),
    painNextMorning: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
    dizziness: fc.constant(false),
    fall: fc.constant(false),
    newSymptoms: fc.constant<string[]>([]),
  }) as fc.Arbitrary<WalkLogInput>;
}

/** Logs with occasional dizziness, falls and new red flags; dates up to today. */
function logsArbitrary(first: number, last: number): fc.Arbitrary<WalkLogInput[]> {
  if (last < first) return fc.constant([]);
  const log = fc
    .tuple(
      logArbitrary(first, last),
      fc.integer({ min: 0, max: 99 }),
      fc.constantFrom(...EMERGENCY_FLAGS, ...GP_FLAGS),
    )
    .map(([entry, dice, flag]) => ({
      ...entry,
      dizziness: dice < 4,
      fall: dice >= 4 && dice < 7,
      newSymptoms: dice === 7 ? [flag] : [],
    }));
  // Some logs carry the API's ids, as the server's do; every id is its own walk here.
  return fc
    .tuple(fc.array(log, { maxLength: 60 }), fc.boolean())
    .map(([logs, withIds]) => (withIds ? logs.map((entry, i) => ({ ...entry, id: `walk-${i}` })) : logs));
}

export const scenarioArbitrary: fc.Arbitrary<Scenario> = intakeArbitrary.chain((intake) =>
  fc
    .record({
      todayOffset: fc.integer({ min: -10, max: 100 }),
      weeks: fc.oneof(
        { weight: 4, arbitrary: fc.constant(12) },
        { weight: 1, arbitrary: fc.integer({ min: 1, max: 20 }) },
      ),
    })
    .chain(({ todayOffset, weeks }) => {
      const start = dayNumber(intake.startDate ?? '2026-11-23');
      const today = start + todayOffset;
      const fixed = { ...intake };
      if (fixed.clearedBy && dayNumber(fixed.clearedBy.date) > today) {
        fixed.clearedBy = { ...fixed.clearedBy, date: isoDate(today) };
      }
      return logsArbitrary(start - 40, today).map((logs) => ({
        intake: fixed,
        logs,
        today: isoDate(today),
        weeks,
      }));
    }),
);
