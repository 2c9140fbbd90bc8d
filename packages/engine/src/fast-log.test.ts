import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RED_FLAGS } from './codes.js';
import { parseWalkLogFast } from './fast-log.js';
import { walkLogSchema } from './schema.js';

/** Values near and across every boundary of the schema, plus some that are simply wrong. */
const anyValue = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    true,
    false,
    0,
    -1,
    0.5,
    10,
    11,
    300,
    300.5,
    NaN,
    Infinity,
    '',
    '5',
    [],
    {},
  ),
  fc.integer({ min: -5, max: 320 }),
  fc.double({ min: -1, max: 400 }),
  fc.constantFrom(
    'forward',
    'retro',
    'sideways',
    '2026-11-23',
    '2026-02-29',
    '2028-02-29',
    '2026-1-01',
    '２０２６-11-23',
  ),
  fc.subarray([...RED_FLAGS, 'headache'] as string[]),
  fc.array(fc.constantFrom(...RED_FLAGS, 'saddle-numbness')),
);

const logLike = fc.record(
  {
    date: fc.oneof(fc.constantFrom('2026-11-23', '2024-02-29'), anyValue),
    kind: fc.oneof(fc.constantFrom('forward', 'retro'), anyValue),
    minutes: fc.oneof(fc.double({ min: 0, max: 300, noNaN: true }), anyValue),
    painDuring: fc.oneof(fc.integer({ min: 0, max: 10 }), anyValue),
    painNextMorning: fc.oneof(fc.integer({ min: 0, max: 10 }), anyValue),
    dizziness: fc.oneof(fc.boolean(), anyValue),
    fall: fc.oneof(fc.boolean(), anyValue),
    newSymptoms: fc.oneof(fc.subarray([...RED_FLAGS]), anyValue),
    extra: anyValue,
  },
  { requiredKeys: [] },
);

describe('parseWalkLogFast', () => {
  it('never accepts what the schema rejects, and agrees with it on what it accepts', () => {
    fc.assert(
      fc.property(fc.oneof(logLike, anyValue), (raw) => {
        const fast = parseWalkLogFast(raw);
        const slow = walkLogSchema.safeParse(raw);
        if (fast !== undefined) {
          expect(slow.success).toBe(true);
          expect(fast).toEqual(slow.data);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('takes the fast path for ordinary entries', () => {
    const entry = { date: '2026-11-23', kind: 'retro', minutes: 5.5, painDuring: 2, painNextMorning: null };
    expect(parseWalkLogFast(entry)).toEqual(walkLogSchema.parse(entry));
    expect(parseWalkLogFast({ ...entry, newSymptoms: ['unsure', 'unsure'] })?.newSymptoms).toEqual([
      'unsure',
    ]);
  });

  it('leaves anything unusual to the schema', () => {
    expect(
      parseWalkLogFast({ date: '2026-11-23', kind: 'retro', minutes: 5, painDuring: 2, mood: 'ok' }),
    ).toBeUndefined();
    expect(parseWalkLogFast(Object.create({ date: '2026-11-23' }) as unknown)).toBeUndefined();
  });
});
