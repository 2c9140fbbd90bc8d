/** The engine's own answer for a plan a physiotherapist changed, for tests of how the app shows it. */
import { buildPlan, intakeSchema, type Locale, type PlanOutput } from '@wandelcoach/engine';

export const PHYSIO = { id: 'clinician-1', name: 'Sanne Jansen' } as const;
export const PHYSIO_REASON = 'Rustiger opbouwen na de controle';

/** Back pain, started 2026-11-02; today is Wednesday 2026-11-18 (week 3), changed on `changedOn`. */
export function planChangedByPhysio(changedOn = '2026-11-18', locale: Locale = 'en'): PlanOutput {
  const intake = intakeSchema.parse({
    locale,
    goals: ['back-pain'],
    age: 58,
    activity: 'light',
    comfortableWalkMinutes: 15,
    backPain: { type: 'chronic', legPain: false },
    painNow: 4,
    redFlags: [],
    startDate: '2026-11-02',
  });
  return buildPlan({
    intake,
    logs: [],
    today: '2026-11-18',
    prescription: {
      changes: [{ by: PHYSIO, date: changedOn, reason: PHYSIO_REASON, weeklyStepMinutes: 2 }],
    },
  });
}
