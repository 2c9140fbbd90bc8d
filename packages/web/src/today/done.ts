import type { Walk, TodaySession } from '../api/client.js';

/**
 * Which of today's planned walks are done: each logged walk ticks off the first open session of
 * its kind, in the day's order. A walk logged beyond the plan ticks off nothing.
 */
export function doneSessions(
  sessions: readonly Pick<TodaySession, 'kind'>[],
  walked: readonly Pick<Walk, 'kind'>[],
): boolean[] {
  const done = sessions.map(() => false);
  for (const walk of walked) {
    const open = sessions.findIndex((session, index) => session.kind === walk.kind && !done[index]);
    if (open !== -1) done[open] = true;
  }
  return done;
}
