/** Today's answers as the server gives them, for tests: before the intake, and inside a plan. */
import type { Today, TodayWithIntake } from '../api/client.js';

/** A new account's today: no intake yet, so no safety check and no plan. */
export function todayBeforeIntake(date = '2026-11-18'): Today {
  return {
    hasIntake: false,
    date,
    locale: 'nl',
    triage: null,
    week: null,
    sessions: [],
    walked: [],
    ended: null,
  };
}

/** A day inside a plan with nothing planned or walked; change what a test is about. */
export function todayInPlan(changes: Partial<TodayWithIntake> = {}): TodayWithIntake {
  return {
    hasIntake: true,
    date: '2026-11-18',
    locale: 'nl',
    triage: { level: 'self-manage', reasons: [], riskProfile: 1, recheckRedFlags: false },
    week: 1,
    day: 1,
    sessions: [],
    missed: [],
    walked: [],
    ended: null,
    ...changes,
  };
}
