import { formatNumber, type Locale } from '@wandelcoach/engine';
import type { TodaySession, Walk } from '../api/client.js';
import type { Translate } from '../i18n/catalogue.js';

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

/** How far short of the planned minutes a walk may end and still be the walk as planned. */
export const DONE_MARGIN = 0.5;

/** How far one of today's planned walks got. */
export type SessionState =
  | { state: 'open' }
  | { state: 'done'; walked: number; planned: number }
  | { state: 'partly'; walked: number; planned: number };

/**
 * Done or only partly done, for each of today's planned walks. Walks are matched as in
 * {@link doneSessions}: each logged walk takes the first session of its kind that has none yet. A walk
 * counts as done when it reaches the planned minutes, give or take half a minute; anything less is
 * partly done, so 2 of 5 minutes is never called "done".
 *
 * @example
 * sessionStates([{ kind: 'forward', minutes: 5 }], [{ kind: 'forward', minutes: 2 }]);
 * // [{ state: 'partly', walked: 2, planned: 5 }]
 */
export function sessionStates(
  sessions: readonly Pick<TodaySession, 'kind' | 'minutes'>[],
  walked: readonly Pick<Walk, 'kind' | 'minutes'>[],
): SessionState[] {
  const states: SessionState[] = sessions.map(() => ({ state: 'open' }));
  for (const walk of walked) {
    const open = sessions.findIndex(
      (session, index) => session.kind === walk.kind && states[index]?.state === 'open',
    );
    const session = sessions[open];
    if (session === undefined) continue;
    // Minutes come from a clock rounded to the half minute, or from memory: half a minute short is
    // the walk as planned.
    const reached = walk.minutes + DONE_MARGIN >= session.minutes;
    states[open] = { state: reached ? 'done' : 'partly', walked: walk.minutes, planned: session.minutes };
  }
  return states;
}

/** The card's words for a session's state: "Done", "Partly done: 2 of 5 min" or "Not done yet". */
export function sessionStateText(t: Translate, locale: Locale, state: SessionState): string {
  switch (state.state) {
    case 'open':
      return t('today.notDone');
    case 'done':
      return t('today.done');
    case 'partly':
      return t('today.partlyDone', {
        walked: formatNumber(locale, state.walked),
        planned: formatNumber(locale, state.planned),
      });
  }
}
