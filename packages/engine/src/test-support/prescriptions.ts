/**
 * fast-check generators for a clinician's prescription (docs/clinical-rules.md §6), dated within a
 * scenario's plan and up to its today, with values inside and outside the rules' own limits, and
 * clearances of the emergency signs the scenario's log reported now and then.
 */
import fc from 'fast-check';
import { EMERGENCY_FLAGS } from '../codes.js';
import { dayNumber, isoDate } from '../dates.js';
import type { ClinicianClearanceInput, PrescriptionChangeInput, PrescriptionInput } from '../schema.js';
import { scenarioArbitrary, type Scenario } from './arbitraries.js';

export interface PrescribedScenario extends Scenario {
  prescription: PrescriptionInput;
}

const AUTHORS = [
  { id: 'physio-1', name: 'Anna de Vries' },
  { id: 'physio-2', name: 'Sam Jansen' },
];

/** Plain words, so a reason never reads as one of the phrases a person may not read. */
const WORDS = ['knee', 'hip', 'holiday', 'assessed', 'steady', 'tired', 'surgery', 'seen', 'calm'];

function changeArbitrary(first: number, last: number): fc.Arbitrary<Omit<PrescriptionChangeInput, 'reason'>> {
  const day = fc.integer({ min: first, max: last });
  return fc
    .record(
      {
        by: fc.constantFrom(...AUTHORS),
        date: day.map(isoDate),
        startMinutes: fc.integer({ min: 2, max: 60 }),
        weeklyStepMinutes: fc.integer({ min: 0, max: 10 }),
        targetMinutes: fc.integer({ min: 2, max: 60 }),
        retroWalking: fc.boolean(),
        retroSessionMinutes: fc.oneof(
          fc.integer({ min: 3, max: 60 }),
          fc.double({ min: 3, max: 60, noNaN: true }),
        ),
        retroGrowthPercent: fc.oneof(
          fc.integer({ min: 0, max: 25 }),
          fc.double({ min: 0, max: 25, noNaN: true }),
        ),
        treadmillMaxKmh: fc.double({ min: 2, max: 6, noNaN: true }),
        pause: fc.oneof(
          fc.constant(null),
          fc
            .tuple(
              fc.integer({ min: first, max: last + 30 }),
              fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
            )
            .map(([from, length]) =>
              length === undefined
                ? { from: isoDate(from) }
                : { from: isoDate(from), until: isoDate(from + length) },
            ),
        ),
      },
      { requiredKeys: ['by', 'date'] },
    )
    .filter((change) => Object.keys(change).length > 2);
}

function clearanceArbitrary(
  scenario: Scenario,
  first: number,
  last: number,
): fc.Arbitrary<Omit<ClinicianClearanceInput, 'reason'>> {
  const today = dayNumber(scenario.today);
  const emergency = (flag: string): flag is (typeof EMERGENCY_FLAGS)[number] =>
    (EMERGENCY_FLAGS as readonly string[]).includes(flag);
  // A sign from the intake dates from the plan's start (§6).
  const startDate = scenario.intake.startDate ?? scenario.today;
  const fromIntake = dayNumber(startDate) <= today ? (scenario.intake.redFlags ?? []).filter(emergency) : [];
  const signs = [
    ...fromIntake.map((sign) => ({ sign, signDate: startDate })),
    ...scenario.logs.flatMap((log) =>
      (log.newSymptoms ?? []).filter(emergency).map((sign) => ({ sign, signDate: log.date })),
    ),
  ];
  const simple = fc.record({
    kind: fc.constantFrom('gp', 'retro-walking', 'retro-supervision' as const),
    by: fc.constantFrom(...AUTHORS),
    date: fc.integer({ min: first, max: last }).map(isoDate),
  });
  if (signs.length === 0) return simple;
  const forSign = fc
    .tuple(fc.constantFrom(...signs), fc.integer({ min: 0, max: 20 }), fc.constantFrom(...AUTHORS))
    .map(([{ sign, signDate }, after, by]) => ({
      kind: 'emergency-sign' as const,
      by,
      sign,
      signDate,
      date: isoDate(Math.min(today, dayNumber(signDate) + after)),
    }));
  return fc.oneof(simple, forSign);
}

/** A scenario with a prescription: a few changes and clearances, each with a reason of its own. */
export const prescribedScenarioArbitrary: fc.Arbitrary<PrescribedScenario> = scenarioArbitrary.chain(
  (scenario) => {
    const start = dayNumber(scenario.intake.startDate ?? scenario.today);
    const today = dayNumber(scenario.today);
    const first = Math.min(start - 10, today);
    return fc
      .record({
        changes: fc.array(changeArbitrary(first, today), { maxLength: 4 }),
        clearances: fc.array(clearanceArbitrary(scenario, first, today), { maxLength: 3 }),
        words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }),
      })
      .map(({ changes, clearances, words }) => ({
        ...scenario,
        prescription: {
          changes: changes.map((change, i) => ({ ...change, reason: `Change ${i + 1}: ${words.join(' ')}` })),
          clearances: clearances.map((clearance, i) => ({
            ...clearance,
            reason: `Clearance ${i + 1}: ${words.join(' ')}`,
          })),
        },
      }));
  },
);
