import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { buildPlan } from './build-plan.js';
import type { PlanOutput } from './output.js';
import { planOutputSchema } from './output-schema.js';
import { scenarioArbitrary } from './test-support/arbitraries.js';

describe('the output schema', () => {
  it('describes exactly the type buildPlan returns', () => {
    expectTypeOf<Omit<PlanOutput, 'triage' | 'decisions' | 'notes' | 'ended' | 'plan'>>().toEqualTypeOf<
      Omit<ReturnType<typeof planOutputSchema.parse>, 'triage' | 'decisions' | 'notes' | 'ended' | 'plan'>
    >();
    // Every output is assignable to the schema's type, and back (reason codes are plain strings there).
    expectTypeOf<PlanOutput>().toExtend<ReturnType<typeof planOutputSchema.parse>>();
  });

  it('holds every output of random intakes and logs', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const result = planOutputSchema.safeParse(buildPlan(scenario));
        expect(result.success, result.error?.message).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
