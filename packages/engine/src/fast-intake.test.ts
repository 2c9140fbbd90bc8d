import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RED_FLAGS } from './codes.js';
import {
  BACK_PAIN_FIELDS,
  CLEARED_BY_FIELDS,
  EQUIPMENT_FIELDS,
  INTAKE_FIELDS,
  parseIntakeFast,
} from './fast-intake.js';
import { backPainSchema, clearedBySchema, equipmentSchema, intakeSchema } from './schema.js';
import { intakeArbitrary } from './test-support/arbitraries.js';

// PROPERTY_RUNS raises the count for a deeper hunt, as in build-plan.property.test.ts.
const RUNS = Number(process.env.PROPERTY_RUNS ?? 5000);

/** Values near and across every boundary of the schema, plus some that are simply wrong. */
const anyValue = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    true,
    false,
    0,
    -0,
    -1,
    0.5,
    1,
    4,
    7,
    8,
    10,
    11,
    15,
    16,
    110,
    111,
    600,
    600.5,
    NaN,
    Infinity,
    '',
    '5',
    'nl',
    'en',
    'de',
    'gp',
    'physio',
    'chronic',
    'active',
    '2026-11-23',
    '2026-02-30',
    [],
    {},
    ['back-pain'],
    ['retro-walking', 'retro-walking'],
    ['balance', 'balance'],
  ),
  fc.integer({ min: -5, max: 700 }),
  fc.double({ min: -1, max: 700 }),
  fc.subarray([...RED_FLAGS, 'headache'] as string[]),
  fc.record(
    {
      type: fc.constantFrom('chronic', 'nerve-pain', 'x'),
      legPain: fc.constantFrom(true, false, 1, undefined),
    },
    { requiredKeys: [] },
  ),
  fc.record(
    { treadmill: fc.constantFrom(true, false, 0), railOrFlatPath: fc.boolean(), companion: fc.boolean() },
    { requiredKeys: [] },
  ),
  fc.record(
    { by: fc.constantFrom('gp', 'physio', 'nurse'), date: fc.constantFrom('2026-11-01', '2026-13-01', 5) },
    { requiredKeys: [] },
  ),
);

/** A valid intake with a few fields removed, replaced or added. */
const intakeLike = fc
  .tuple(
    intakeArbitrary,
    fc.array(fc.tuple(fc.constantFrom(...INTAKE_FIELDS, 'extra'), fc.oneof(anyValue, fc.constant('drop'))), {
      maxLength: 3,
    }),
  )
  .map(([intake, changes]) => {
    const dropped = new Set(changes.filter(([, value]) => value === 'drop').map(([field]) => field));
    const raw: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(intake)) if (!dropped.has(field)) raw[field] = value;
    for (const [field, value] of changes) if (value !== 'drop') raw[field] = value;
    return raw;
  });

describe('parseIntakeFast', () => {
  it(
    'never accepts what the schema rejects, and agrees with it on what it accepts',
    { timeout: 10_000 + RUNS },
    () => {
      fc.assert(
        fc.property(fc.oneof(intakeLike, anyValue), (raw) => {
          const fast = parseIntakeFast(raw);
          const slow = intakeSchema.safeParse(raw);
          if (fast !== undefined) {
            expect(slow.success).toBe(true);
            expect(fast).toEqual(slow.data);
          }
        }),
        { numRuns: RUNS },
      );
    },
  );

  it('takes the fast path for every valid intake the plans are tested with', () => {
    fc.assert(
      fc.property(intakeArbitrary, (raw) => {
        const slow = intakeSchema.safeParse(raw);
        expect(slow.success).toBe(true);
        expect(parseIntakeFast(raw)).toEqual(slow.data);
      }),
      { numRuns: 1000 },
    );
  });

  it('knows exactly the fields of the schema', () => {
    expect([...INTAKE_FIELDS].sort()).toEqual(Object.keys(intakeSchema.shape).sort());
    expect([...BACK_PAIN_FIELDS].sort()).toEqual(Object.keys(backPainSchema.shape).sort());
    expect([...EQUIPMENT_FIELDS].sort()).toEqual(Object.keys(equipmentSchema.shape).sort());
    expect([...CLEARED_BY_FIELDS].sort()).toEqual(Object.keys(clearedBySchema.shape).sort());
  });

  it('fills in the defaults and folds repeats as the schema does', () => {
    const raw = { age: 40, goals: ['retro-walking', 'retro-walking'], activity: 'light', impairments: [] };
    expect(parseIntakeFast(raw)).toEqual(intakeSchema.parse(raw));
    expect(parseIntakeFast(raw)?.goals).toEqual(['retro-walking']);
  });

  it('leaves anything unusual to the schema', () => {
    const valid = { age: 40, goals: ['retro-walking'], activity: 'light' };
    expect(parseIntakeFast({ ...valid, mood: 'ok' })).toBeUndefined();
    expect(parseIntakeFast({ ...valid, goals: ['back-pain'] })).toBeUndefined(); // no backPain
    class Answers {
      age = 40;
      goals = ['retro-walking'];
      activity = 'light';
    }
    expect(parseIntakeFast(new Answers())).toBeUndefined();
    expect(parseIntakeFast({ ...valid, equipment: [] })).toBeUndefined();
  });
});
