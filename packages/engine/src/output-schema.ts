/**
 * The plan contract's output as zod schemas: what `buildPlan` returns, for the API's OpenAPI document
 * (generated from these) and for tests that hold every output to the contract. The TypeScript types
 * in `output.ts` and these schemas are held equal by `output-schema.test.ts`.
 */
import { z } from 'zod';
import {
  CUES,
  DECISIONS,
  LOCALES,
  PARTS_OF_DAY,
  SESSION_PURPOSES,
  TRIAGE_LEVELS,
  WALK_KINDS,
} from './codes.js';
import { SOURCES } from './sources.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const reasonSchema = z
  .strictObject({
    code: z.string().describe('A stable reason code, e.g. "decision.progress.forward"'),
    source: z.enum(SOURCES),
    message: z.string().describe('The reason in the output’s locale'),
    by: z
      .strictObject({ id: z.string(), name: z.string() })
      .optional()
      .describe('Added: for a CLINICIAN reason, the clinician who decided'),
    clinicianReason: z
      .string()
      .optional()
      .describe('Added: for a CLINICIAN reason, the reason the clinician gave'),
  })
  .meta({ id: 'Reason' });

export const sessionSchema = z
  .strictObject({
    kind: z.enum(WALK_KINDS),
    minutes: z.number().positive().describe('Whole or half minutes'),
    partOfDay: z.enum(PARTS_OF_DAY),
    purpose: z.enum(SESSION_PURPOSES),
    treadmill: z.strictObject({ speedKmh: z.number(), inclinePercent: z.number() }).nullable(),
    supervised: z.boolean(),
    breathing: z.strictObject({
      inhaleSteps: z.literal(3),
      exhaleSteps: z.union([z.literal(4), z.literal(5)]),
    }),
    cues: z.array(z.enum(CUES)),
  })
  .meta({ id: 'Session' });

export const planDaySchema = z.strictObject({ date: isoDate, sessions: z.array(sessionSchema) });

export const planWeekSchema = z.strictObject({
  week: z.number().int().positive(),
  startDate: isoDate,
  projected: z.boolean(),
  totals: z.strictObject({ forwardMinutes: z.number(), retroMinutes: z.number() }),
  days: z.array(planDaySchema),
});

export const triageResultSchema = z
  .strictObject({
    level: z.enum(TRIAGE_LEVELS),
    reasons: z.array(reasonSchema),
    riskProfile: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
    recheckRedFlags: z.boolean(),
  })
  .meta({ id: 'Triage' });

export const decisionSchema = z.strictObject({
  week: z.number().int().positive(),
  decision: z.enum(DECISIONS),
  reasons: z.array(reasonSchema),
  date: isoDate,
  projected: z.boolean(),
});

/** `buildPlan`'s answer: the plan contract's output with the fields the product adds. */
export const planOutputSchema = z
  .strictObject({
    locale: z.enum(LOCALES),
    triage: triageResultSchema,
    plan: z.strictObject({ startDate: isoDate, weeks: z.array(planWeekSchema) }).nullable(),
    decisions: z.array(decisionSchema),
    notes: z.array(reasonSchema),
    ended: reasonSchema.nullable(),
  })
  .meta({ id: 'PlanOutput', description: 'The plan contract’s output: triage, plan, decisions, notes.' });
