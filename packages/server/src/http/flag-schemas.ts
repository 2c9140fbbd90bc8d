/**
 * The flags' requests and answers (docs/care-team.md, "Flags"), as zod schemas: the routes validate
 * and answer with them, and the OpenAPI document is made from them.
 */
import { RED_FLAGS } from '@wandelcoach/engine';
import { z } from 'zod';
import { FLAG_KINDS, FLAG_SEVERITIES } from '../services/flag-rules/types.js';
import { patientIdParams } from './care-team-schemas.js';
import { timestamp } from './today-schemas.js';

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of: ${values.join(', ')}` });

export const flagKind = oneOf(FLAG_KINDS);
export const flagSeverity = oneOf(FLAG_SEVERITIES);
const flagState = oneOf(['new', 'seen', 'handled'] as const);

/** The longest note a clinician may keep with a flag. */
export const FLAG_NOTE_MAX = 2000;

export const flagIdParams = patientIdParams.extend({
  flagId: z
    .string({ error: 'must be text' })
    .meta({ format: 'uuid' })
    .pipe(z.uuid({ error: 'must be a UUID, e.g. 5f0c2b9e-8d1a-4e7b-9c3f-2a6d8e4b1c07' }))
    .transform((id) => id.toLowerCase()),
});

/** `GET /clinician/flags`: open flags (new and seen) unless a state is named; of one kind if asked. */
export const flagsQuery = z.strictObject({
  kind: flagKind.optional(),
  state: flagState.optional(),
});

/** `PATCH /clinician/patients/{patientId}/flags/{flagId}`. */
export const flagUpdateBody = z.strictObject(
  {
    state: oneOf(['seen', 'handled'] as const),
    note: z
      .string({ error: 'must be text' })
      .max(FLAG_NOTE_MAX, { error: `must be at most ${FLAG_NOTE_MAX} characters` })
      // PostgreSQL refuses a NUL in text: say so here rather than fail in the query.
      .refine((text) => !text.includes('\u0000'), { error: 'must not contain a NUL character' })
      .optional(),
  },
  { error: 'must be a JSON object' },
);

const byWhom = z
  .strictObject({
    by: z.string().nullable().describe('The clinician’s account id; null once that account is gone'),
    name: z.string().nullable().describe('The name the clinician goes by now; null once the account is gone'),
    at: timestamp,
  })
  .nullable();

const evidence = z
  .strictObject({
    dates: z.array(z.string()).describe('The walk dates, the decision’s date, or the week’s first day'),
    signs: z.array(z.enum(RED_FLAGS)).optional().describe('Red-flag signs logged with those walks'),
    pain: z.number().int().optional().describe('The highest pain score among them'),
    baseline: z.number().int().optional().describe('The intake’s pain at rest (next-morning pain)'),
    inARow: z.number().int().optional().describe('Steps back in a row'),
    plannedMinutes: z.number().int().optional(),
    walkedMinutes: z.number().int().optional(),
    lastWalk: z.string().nullable().optional().describe('The last walk before a quiet week; null if none'),
  })
  .describe('What raised the flag');

export const flagAnswer = z
  .strictObject({
    id: z.string(),
    patientId: z.string(),
    kind: flagKind,
    severity: flagSeverity,
    state: flagState,
    raisedAt: timestamp,
    evidence,
    seen: byWhom,
    handled: byWhom,
    note: z.string().nullable(),
  })
  .meta({ id: 'Flag' });

export const patientFlagsAnswer = z.strictObject({ flags: z.array(flagAnswer) }).meta({ id: 'PatientFlags' });

export const practiceFlagsAnswer = z
  .strictObject({
    flags: z.array(
      flagAnswer.extend({ patientName: z.string().describe('The name the clinician gave the invite') }),
    ),
  })
  .meta({ id: 'PracticeFlags', description: 'Most urgent first, then newest' });
