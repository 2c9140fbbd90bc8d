/**
 * The readable plan never contradicts itself (docs/clinical-rules.md §1 "Texts"): for random intakes and
 * logs, rendered in Dutch and in English, none of the phrases a person in that situation may not read
 * appears (the table is the engine's, shared with its own property test).
 */
import { buildPlan, intakeSchema } from '@wandelcoach/engine';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarioArbitrary } from '../../engine/src/test-support/arbitraries.js';
import { contradictionsIn, forbiddenPhrases } from '../../engine/src/test-support/contradictions.js';
import { renderPlan } from '../src/render/plan.js';

const RUNS = Math.max(50, Math.round(Number(process.env.PROPERTY_RUNS ?? 300) / 2));

describe('the rendered plan', () => {
  it(
    'has no phrase that contradicts the person’s situation, in Dutch or in English',
    { timeout: 60_000 },
    () => {
      fc.assert(
        fc.property(scenarioArbitrary, (scenario) => {
          for (const locale of ['nl', 'en'] as const) {
            const input = { ...scenario, intake: { ...scenario.intake, locale } };
            const output = buildPlan(input);
            const lines = renderPlan(output, { locale, today: scenario.today }).split('\n');
            // Wrapped sentences are joined again, so a phrase split over two lines is still found.
            const text = lines.map((line) => line.trim()).join(' ');
            const phrases = forbiddenPhrases(intakeSchema.parse(input.intake), output);
            expect(contradictionsIn([text], phrases), locale).toEqual([]);
          }
        }),
        { numRuns: RUNS },
      );
    },
  );
});
