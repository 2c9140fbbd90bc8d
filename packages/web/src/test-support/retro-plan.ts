/** The engine's own answer for someone who wants retro-walking, for tests of what the app says about it. */
import { buildPlan, intakeSchema, type IntakeInput, type PlanOutput } from '@wandelcoach/engine';

export function retroPlan(overrides: Partial<IntakeInput>): PlanOutput {
  const intake = intakeSchema.parse({
    locale: 'nl',
    goals: ['retro-walking'],
    activity: 'light',
    equipment: { treadmill: false, railOrFlatPath: true, companion: true },
    daysPerWeek: 4,
    startDate: '2026-11-23',
    ...overrides,
  });
  return buildPlan({ intake, logs: [], today: '2026-11-23', weeks: 12 });
}
