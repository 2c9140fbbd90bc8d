/**
 * The questions about pain and daily activities at the start, week 6 and week 12 of a plan (NPRS, the
 * Patient-Specific Functional Scale's three activities, the global rating of change): what the form
 * holds as typed, and what it sends once everything is answered, or which question still needs one.
 */
import { PSFS_ACTIVITY_MAX_LENGTH } from '@wandelcoach/engine';
import type { MessageKey } from '../i18n/catalogue.js';
import type { OutcomeAnswerRequest, OutcomeDue } from './types.js';

/** From much worse to much better; the engine's bounds (GLOBAL_RATING_MIN…MAX). */
export const GLOBAL_RATINGS = [-3, -2, -1, 0, 1, 2, 3] as const;
export const ACTIVITY_MAX = PSFS_ACTIVITY_MAX_LENGTH;

/** The form as typed: numbers as the chosen radio's value, nothing chosen as undefined. */
export interface CheckInDraft {
  nprs: number | undefined;
  activities: [string, string, string];
  scores: [number | undefined, number | undefined, number | undefined];
  globalRating: number | undefined;
}

/** A new form for what is due: the activities named before are filled in (and not typed again). */
export function emptyDraft(due: OutcomeDue): CheckInDraft {
  const [a = '', b = '', c = ''] = due.activities;
  return {
    nprs: undefined,
    activities: [a, b, c],
    scores: [undefined, undefined, undefined],
    globalRating: undefined,
  };
}

/** A question that still needs an answer: `nprs`, `activity-0…2`, `score-0…2`, `globalRating`. */
export type CheckInField = 'nprs' | `activity-${0 | 1 | 2}` | `score-${0 | 1 | 2}` | 'globalRating';

export type Checked =
  | { ok: true; body: OutcomeAnswerRequest }
  | { ok: false; problems: Partial<Record<CheckInField, MessageKey>>; first: CheckInField };

const INDEXES = [0, 1, 2] as const;

export function checkDraft(draft: CheckInDraft, due: OutcomeDue): Checked {
  const problems: Partial<Record<CheckInField, MessageKey>> = {};
  if (draft.nprs === undefined) problems.nprs = 'checkin.error.nprs';
  for (const index of INDEXES) {
    const activity = draft.activities[index].trim();
    const before = draft.activities.slice(0, index).map((named) => named.trim().toLocaleLowerCase());
    if (activity === '') problems[`activity-${index}`] = 'checkin.error.activity';
    else if (activity.length > ACTIVITY_MAX) problems[`activity-${index}`] = 'checkin.error.activityLong';
    // The server refuses one activity twice: three different ones are what the scale asks for.
    else if (before.includes(activity.toLocaleLowerCase()))
      problems[`activity-${index}`] = 'checkin.error.activityTwice';
    if (draft.scores[index] === undefined) problems[`score-${index}`] = 'checkin.error.score';
  }
  if (due.asksGlobalRating && draft.globalRating === undefined) problems.globalRating = 'checkin.error.groc';
  // The order the questions are on the screen: focus goes to the first one to answer.
  const order: CheckInField[] = [
    'nprs',
    ...INDEXES.flatMap((i) => [`activity-${i}`, `score-${i}`] as const),
    'globalRating',
  ];
  const first = order.find((field) => problems[field] !== undefined);
  if (first !== undefined) return { ok: false, problems, first };
  return {
    ok: true,
    body: {
      timepoint: due.timepoint,
      nprs: draft.nprs ?? 0,
      psfs: INDEXES.map((index) => ({
        activity: draft.activities[index].trim(),
        score: draft.scores[index] ?? 0,
      })),
      globalRating: due.asksGlobalRating ? (draft.globalRating ?? 0) : null,
    },
  };
}
