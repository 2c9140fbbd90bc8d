/**
 * The outcome measures a person answers (docs/clinical-rules.md §7), all free to embed:
 * - NPRS: their average pain over the last week, 0–10; 2 points is a real change (Childs 2005).
 * - PSFS, the Patient-Specific Functional Scale (Stratford, Gill, Westaway and Binkley, Physiotherapy
 *   Canada 1995): three activities the person names, each rated 0 (cannot do it) to 10 (as before the
 *   problem); the same three are rated again later. A change of 2 in the mean is a real change.
 * - A global rating of change: since the plan began, from −3 (much worse) through 0 (about the same) to
 *   +3 (much better); not asked at the start, when there is nothing to compare with.
 */
import { z } from 'zod';
import { OUTCOME_TIMEPOINTS, type OutcomeTimepoint } from './schedule.js';

export const PSFS_ACTIVITIES = 3;
export const PSFS_ACTIVITY_MAX_LENGTH = 80;
export const GLOBAL_RATING_MIN = -3;
export const GLOBAL_RATING_MAX = 3;
/** The smallest change that counts as real, in NPRS points and in PSFS mean points. */
export const REAL_CHANGE_POINTS = 2;

/** The credit the PSFS asks for wherever it is used. */
export const PSFS_CREDIT =
  'Patient-Specific Functional Scale: Stratford P, Gill C, Westaway M, Binkley J. Physiotherapy Canada 1995;47:258-263.';

const wholeFrom = (min: number, max: number) => {
  const error = `must be a whole number from ${min} to ${max}`;
  return z.number({ error }).int({ error }).min(min, { error }).max(max, { error });
};
const score = wholeFrom(0, 10);

export const psfsItemSchema = z.strictObject({
  activity: z
    .string({ error: 'must be text' })
    .trim()
    .min(1, { error: 'is required: name an activity' })
    .max(PSFS_ACTIVITY_MAX_LENGTH, { error: `must be at most ${PSFS_ACTIVITY_MAX_LENGTH} characters` })
    // A control character in a name is a mistake or an attack; neither belongs in a patient's file.
    .refine((text) => !/\p{Cc}/u.test(text), 'has a control character')
    .meta({ examples: ['Boodschappen doen', 'Tuinieren', 'Traplopen', 'Fietsen', 'Walking the dog'] }),
  score,
});

export const outcomeAnswerSchema = z
  .strictObject({
    timepoint: z.enum(OUTCOME_TIMEPOINTS, { error: `must be one of ${OUTCOME_TIMEPOINTS.join(', ')}` }),
    nprs: score,
    psfs: z
      .array(psfsItemSchema, { error: 'must be a list of three activities' })
      // min and max rather than length: the OpenAPI generator keeps them, so the document says it too.
      .min(PSFS_ACTIVITIES, { error: `must name exactly ${PSFS_ACTIVITIES} activities` })
      .max(PSFS_ACTIVITIES, { error: `must name exactly ${PSFS_ACTIVITIES} activities` }),
    globalRating: wholeFrom(GLOBAL_RATING_MIN, GLOBAL_RATING_MAX).nullable().optional(),
  })
  .superRefine((answer, ctx) => {
    const atStart = answer.timepoint === 'start';
    const given = answer.globalRating !== undefined && answer.globalRating !== null;
    if (atStart && given)
      ctx.addIssue({ code: 'custom', path: ['globalRating'], message: 'is not asked at the start' });
    if (!atStart && !given)
      ctx.addIssue({ code: 'custom', path: ['globalRating'], message: 'is required after the start' });
    const names = answer.psfs.map((item) => item.activity.toLocaleLowerCase());
    names.forEach((name, index) => {
      if (names.indexOf(name) !== index)
        ctx.addIssue({ code: 'custom', path: ['psfs', index, 'activity'], message: 'is named twice' });
    });
  });

export type OutcomeAnswerInput = z.input<typeof outcomeAnswerSchema>;

export interface PsfsItem {
  activity: string;
  score: number;
}

export interface OutcomeAnswer {
  timepoint: OutcomeTimepoint;
  /** The person's date when answered, ISO. */
  answeredOn: string;
  nprs: number;
  psfs: readonly PsfsItem[];
  globalRating: number | null;
}

export function psfsMean(items: readonly PsfsItem[]): number {
  return items.reduce((sum, item) => sum + item.score, 0) / Math.max(1, items.length);
}

export interface OutcomeChange {
  /** Latest NPRS minus the first: below zero is less pain. Null with fewer than two answers. */
  nprs: number | null;
  /** Latest PSFS mean minus the first: above zero is more that the person can do. */
  psfs: number | null;
  realChange: { nprs: boolean; psfs: boolean };
}

/**
 * The change from the first answer of a plan to the latest (`answers` oldest first), and whether each is
 * larger than chance (2 points or more).
 */
export function outcomeChange(answers: readonly OutcomeAnswer[]): OutcomeChange {
  const first = answers[0];
  const last = answers[answers.length - 1];
  if (first === undefined || last === undefined || first === last)
    return { nprs: null, psfs: null, realChange: { nprs: false, psfs: false } };
  const nprs = last.nprs - first.nprs;
  // One decimal: the mean of three whole scores, said the way a clinician writes it.
  const psfs = Math.round((psfsMean(last.psfs) - psfsMean(first.psfs)) * 10) / 10;
  return {
    nprs,
    psfs,
    realChange: { nprs: Math.abs(nprs) >= REAL_CHANGE_POINTS, psfs: Math.abs(psfs) >= REAL_CHANGE_POINTS },
  };
}

/**
 * Problems with an answer against what was answered before in this plan: the PSFS rates the activities
 * named first, in that order, so the change is about the same things.
 */
export function activityProblems(
  psfs: readonly PsfsItem[],
  named: readonly string[],
): Array<{ path: string; message: string }> {
  if (named.length === 0) return [];
  return psfs.flatMap((item, index) =>
    item.activity === named[index]
      ? []
      : [
          {
            path: `psfs[${index}].activity`,
            message: `must be the activity named before: "${named[index]}"`,
          },
        ],
  );
}
