/**
 * A stored walk and `GET /me/today`'s answer, as the routes answer with them. Kept apart from the other
 * answers because the web app imports this module at run time (`@wandelcoach/server/today-schemas`): it
 * keeps today's answer on the phone (so today shows without a connection) and checks it with this very
 * schema when it reads it back, so the kept answer and the server's cannot drift.
 *
 * It must stay browser-safe: it imports zod and the engine only (an ESLint rule holds it to that).
 */
import {
  CUES,
  RED_FLAGS,
  reasonSchema,
  sessionSchema,
  triageResultSchema,
  walkLogSchema,
} from '@wandelcoach/engine';
import { z } from 'zod';

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const timestamp = z.string().describe('ISO 8601 date and time, UTC');

const log = walkLogSchema.shape;
/** A walk as stored: the log's fields (defaults filled in), its id, and when it was written. */
export const walkSchema = z
  .strictObject({
    id: z.string(),
    date: isoDate,
    kind: log.kind,
    minutes: z.number(),
    painDuring: z.number().int(),
    painNextMorning: z.number().int().nullable(),
    dizziness: z.boolean(),
    fall: z.boolean(),
    newSymptoms: z.array(z.enum(RED_FLAGS)),
    createdAt: timestamp,
    updatedAt: timestamp,
    supervisedBy: z
      .strictObject({
        name: z.string().nullable(),
        reason: z
          .string()
          .nullable()
          .describe('Why they supervised it; null for a session stored before reasons were kept with it'),
      })
      .optional()
      .describe(
        'Only on a session a clinician supervised: by whom (the name they go by; null once their account is gone) and why',
      ),
  })
  .meta({ id: 'Walk' });

const todaySession = sessionSchema.omit({ cues: true }).extend({
  cues: z.array(z.strictObject({ code: z.enum(CUES), label: z.string(), spoken: z.string() })),
});

/** What every today has: the person's date, the language of its words, and what was walked on it. */
const todayBasis = {
  date: isoDate,
  locale: z
    .enum(['nl', 'en'])
    .describe('The language of the words: the intake’s, or the account’s before it'),
  walked: z.array(walkSchema),
};

const todayWithIntake = z
  .strictObject({
    hasIntake: z.literal(true),
    ...todayBasis,
    triage: triageResultSchema,
    week: z.number().int().nullable(),
    day: z.number().int().min(1).max(7).nullable(),
    sessions: z.array(todaySession),
    missed: z.array(
      z.strictObject({ date: isoDate, walks: z.number().int().min(1), minutes: z.number().min(0) }),
    ),
    ended: reasonSchema.nullable(),
  })
  .meta({ id: 'TodayWithIntake', description: 'Today in the plan the stored intake gives' });

const todayWithoutIntake = z
  .strictObject({
    hasIntake: z.literal(false),
    ...todayBasis,
    triage: z.null(),
    week: z.null(),
    sessions: z.array(todaySession).max(0),
    ended: z.null(),
  })
  .meta({
    id: 'TodayWithoutIntake',
    description: 'No intake yet, so no safety check and no plan: the intake comes first',
  });

/**
 * `GET /me/today`. A new account has no intake yet; that is where everyone starts, so it is a normal
 * answer (`hasIntake: false`, the account's language), not an error.
 */
export const todayAnswer = z
  // A plain union: OpenAPI's discriminator is for text values, and `hasIntake` is `true` or `false`.
  .union([todayWithIntake, todayWithoutIntake])
  .meta({ id: 'Today' });
