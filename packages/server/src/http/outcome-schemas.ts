/**
 * The outcome measures' requests and answers (docs/care-team.md "Outcome measures"): the body is the
 * engine's own schema, so the rules on what may be answered are written once.
 */
import {
  GLOBAL_RATING_MAX,
  GLOBAL_RATING_MIN,
  OUTCOME_TIMEPOINTS,
  outcomeAnswerSchema,
  PSFS_CREDIT,
} from '@wandelcoach/engine';
import { z } from 'zod';

const timepoint = z
  .enum(OUTCOME_TIMEPOINTS, { error: `must be one of ${OUTCOME_TIMEPOINTS.join(', ')}` })
  .describe('start: from the intake to the end of week 5; week-6: weeks 6 to 11; week-12: weeks 12 to 14');
const isoDay = z.string().describe('A date, YYYY-MM-DD, in the patient’s time zone');

export const outcomeAnswerBody = outcomeAnswerSchema
  .describe(
    `NPRS: average pain over the last week, 0–10. PSFS: three activities the patient names, each 0 (cannot do it) to 10 (as before the problem); later timepoints rate the same three, in the same order. Global rating of change since the plan began: ${GLOBAL_RATING_MIN} (much worse) to ${GLOBAL_RATING_MAX} (much better), required after the start and refused at it. ${PSFS_CREDIT}`,
  )
  .meta({ id: 'OutcomeAnswerBody' });

export const outcomeSkipBody = z.strictObject({ timepoint }).meta({ id: 'OutcomeSkipBody' });

export const outcomeAnswer = z
  .strictObject({
    id: z.string(),
    planStart: isoDay.describe('The start date of the plan it was answered in'),
    timepoint,
    answeredOn: isoDay,
    nprs: z.number().int(),
    psfs: z.array(z.strictObject({ activity: z.string(), score: z.number().int() })).readonly(),
    globalRating: z.number().int().nullable(),
  })
  .meta({ id: 'OutcomeAnswer' });

export const outcomesAnswer = z
  .strictObject({
    due: z
      .strictObject({
        timepoint,
        activities: z
          .array(z.string())
          .describe('The PSFS activities named earlier in this plan, to rate again; empty at first'),
        asksGlobalRating: z.boolean(),
      })
      .nullable()
      .describe('The questionnaire to answer today, or null'),
    answers: z.array(outcomeAnswer).describe('Every answer, oldest first'),
  })
  .meta({ id: 'Outcomes' });

export const outcomeSkipAnswer = z.strictObject({ askAgainOn: isoDay }).meta({ id: 'OutcomeSkipped' });

export const outcomeTrendAnswer = z
  .strictObject({
    answers: z.array(outcomeAnswer).describe('Every answer, oldest first, of every plan'),
    change: z
      .strictObject({
        nprs: z
          .number()
          .nullable()
          .describe('Latest minus first NPRS of the current plan; below 0 is less pain'),
        psfs: z
          .number()
          .nullable()
          .describe('Latest minus first PSFS mean of the current plan; above 0 is better'),
        realChange: z
          .strictObject({ nprs: z.boolean(), psfs: z.boolean() })
          .describe('A change of 2 points or more: larger than chance'),
      })
      .describe('Null changes with fewer than two answers in the current plan'),
  })
  .meta({ id: 'OutcomeTrend' });
