/**
 * The people the browser suites walk through the app as, by what they answer: one place, so a change to
 * the questions changes every suite at once.
 */
import type { IntakeAnswers } from './pages.js';

/** Back pain, nothing alarming, a quarter of an hour's walk: a plan to start on their own. */
export function backPainPerson(changes: Partial<IntakeAnswers> = {}): IntakeAnswers {
  return {
    goals: ['back-pain'],
    age: 58,
    activity: 'light',
    comfortableWalkMinutes: 15,
    back: { type: 'chronic', legPain: false, painNow: 4 },
    redFlags: 'none',
    ...changes,
  };
}
