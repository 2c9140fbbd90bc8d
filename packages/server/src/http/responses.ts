/**
 * The shapes of the API's answers, as zod schemas: the OpenAPI document is generated from them (with the
 * request schemas in `schemas.ts`), and `test/openapi.test.ts` holds every answer the suites see to them.
 */
import { planOutputSchema, reasonSchema, DECISIONS } from '@wandelcoach/engine';
import { z } from 'zod';
import { PROBLEM_STATUS } from './problem.js';
import { WEAKNESSES } from '../auth/password-strength.js';
import { isoDate, timestamp, walkSchema } from './today-schemas.js';
import { accessLogAnswer, noteAnswer, prescriptionAnswer } from './care-team-schemas.js';
import { outcomeAnswer } from './outcome-schemas.js';
import { flagAnswer } from './flag-schemas.js';

export const accountSchema = z
  .strictObject({
    id: z.string(),
    email: z.string(),
    role: z.enum(['patient', 'clinician']),
    locale: z.enum(['nl', 'en']),
    timeZone: z.string(),
  })
  .meta({ id: 'Account' });

export const sessionAnswer = z
  .strictObject({
    account: accountSchema,
    csrfToken: z.string(),
    secondFactor: z
      .enum(['required', 'setup-needed'])
      .optional()
      .describe(
        'Only for a clinician whose session has not proven it yet: give the code from the authenticator app (`required`), or set the app up first (`setup-needed`)',
      ),
    membership: z
      .strictObject({
        clinician: z.boolean().describe('A clinician of at least one practice'),
        admin: z.boolean().describe('An admin of at least one practice'),
        actingPracticeId: z
          .string()
          .nullable()
          .describe('The practice this session acts for; null before the second factor, or before choosing'),
        displayName: z
          .string()
          .nullable()
          .describe('The name the member goes by, as given when they joined; null when none was given'),
      })
      .optional()
      .describe('Only for a member of a practice: the app opens the practice’s screens'),
  })
  .meta({ id: 'Session', description: 'The signed-in account and the token to send as X-CSRF-Token' });

export const noSessionAnswer = z
  .strictObject({ account: z.null() })
  .meta({ id: 'NoSession', description: 'Nobody is signed in (no session cookie, or one that has ended)' });

/**
 * `GET /session`: "who am I" is a question with two normal answers, so nobody signed in is not an
 * error (a 401 would show as one in every signed-out browser's console).
 */
export const currentSessionAnswer = z
  .union([sessionAnswer, noSessionAnswer])
  .meta({ id: 'CurrentSession', description: 'The session, or that nobody is signed in' });

// A walk and today's answer are in a module of their own, which the web app may import at run time:
// it checks the today it keeps on the phone with the very schema this route answers with.
export { isoDate, timestamp, todayAnswer, walkSchema } from './today-schemas.js';

/**
 * `POST /accounts` with mail configured, and `POST /password-resets`: the same answer whether or not
 * the address has an account; what happens next is in the mail.
 */
export const checkEmailAnswer = z.strictObject({ checkEmail: z.literal(true) }).meta({
  id: 'CheckEmail',
  description:
    'Look in the mailbox: a link is on its way if there is anything to do. The same answer whether or not the address has an account',
});

export const walksAnswer = z.strictObject({ walks: z.array(walkSchema) }).meta({ id: 'Walks' });

const byKind = z.strictObject({ forward: z.number(), retro: z.number() });
export const progressAnswer = z
  .strictObject({
    locale: z.enum(['nl', 'en']),
    weeks: z.array(
      z.strictObject({
        week: z.number().int(),
        startDate: isoDate,
        endDate: isoDate,
        projected: z.boolean(),
        planned: byKind,
        walked: byKind,
      }),
    ),
    pain: z.array(
      z.strictObject({ date: isoDate, painDuring: z.number(), painNextMorning: z.number().nullable() }),
    ),
    decisions: z.array(
      z.strictObject({
        week: z.number().int(),
        decision: z.enum(DECISIONS),
        reasons: z.array(reasonSchema),
        date: isoDate,
        projected: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'Progress' });

export const exportAnswer = z
  .strictObject({
    exportedAt: timestamp,
    account: accountSchema.extend({ createdAt: timestamp }),
    intake: z.unknown().describe('The intake as it was sent, or null'),
    walks: z.array(walkSchema),
    auditLog: z.array(
      z.strictObject({
        action: z.string(),
        actorId: z.string().nullable(),
        detail: z.unknown(),
        ip: z.string().nullable(),
        at: timestamp,
      }),
    ),
    careLinks: z.array(
      z.strictObject({
        id: z.string(),
        practiceName: z.string(),
        patientName: z.string().describe('The name the clinician gave when inviting'),
        consentVersion: z.string(),
        consentedAt: timestamp,
        endedAt: timestamp.nullable(),
        endedBy: z.enum(['patient', 'clinician']).nullable(),
      }),
    ),
    accessLog: accessLogAnswer.shape.entries.describe('Who reached the record, oldest first'),
    flags: z
      .array(flagAnswer.extend({ practiceName: z.string().describe('The practice the flag was shown to') }))
      .describe('What each practice was shown, with who saw or handled it'),
    notes: z
      .array(
        noteAnswer.extend({
          practiceName: z
            .string()
            .nullable()
            .describe('The practice of its author; null once the practice is gone'),
        }),
      )
      .describe('Clinicians’ notes on the patient, of every practice, newest first'),
    outcomeMeasures: z.array(outcomeAnswer).describe('The outcome questionnaires answered, oldest first'),
    prescription: prescriptionAnswer.shape.items.describe(
      'The plan changes and clearances clinicians recorded, in recorded order, each with who and why',
    ),
  })
  .meta({ id: 'Export' });

export const intakeAnswer = z
  .record(z.string(), z.unknown())
  .meta({ id: 'StoredIntake', description: 'The intake as it was sent (with the start date filled in)' });

export const healthAnswer = z
  .strictObject({
    status: z.enum(['ok', 'unavailable']),
    database: z.enum(['reachable', 'unreachable']),
    dialect: z.enum(['sqlite', 'postgres']),
  })
  .meta({ id: 'Health' });

export const problemAnswer = z
  .strictObject({
    type: z.enum(
      Object.keys(PROBLEM_STATUS).map((kind) => `urn:wandelcoach:problem:${kind}`) as [string, ...string[]],
    ),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z
      .array(
        z.strictObject({
          path: z.string(),
          message: z.string(),
          code: z
            .enum(['weak-password', 'invalid-link'])
            .optional()
            .describe('`invalid-link`: a mailed link that was used, has expired or is not complete'),
          reason: z.enum(WEAKNESSES).optional().describe('Why a password is too easy to guess'),
        }),
      )
      .optional(),
    practices: z
      .array(z.strictObject({ practiceId: z.string(), name: z.string() }))
      .optional()
      .describe(
        '`last-admin`: the practices the account is the only admin of, each with other members or linked patients',
      ),
    requestId: z.string().describe('The request’s id, as in the server’s log'),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });

// The care team, part 1: practices, their members, and clinicians' second factor.

export const practicesAnswer = z
  .strictObject({
    practices: z.array(
      z.strictObject({
        practiceId: z.string(),
        name: z.string(),
        admin: z.boolean(),
        clinician: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'Practices', description: 'The practices the signed-in account belongs to, with its roles' });

export const memberAnswer = z
  .strictObject({
    accountId: z.string(),
    displayName: z.string().nullable(),
    email: z.string(),
    admin: z.boolean(),
    clinician: z.boolean(),
    since: timestamp,
    secondFactor: z
      .boolean()
      .describe('True when the member set up the authenticator app; an admin may reset it for a lost phone'),
  })
  .meta({ id: 'PracticeMember' });

export const membersAnswer = z
  .strictObject({ members: z.array(memberAnswer) })
  .meta({ id: 'PracticeMembers' });

export const secondFactorSetupAnswer = z
  .strictObject({
    secret: z.string().describe('Base32, for typing into the authenticator app'),
    otpauthUrl: z.string().describe('The same as an `otpauth://` link, for a QR code'),
  })
  .meta({ id: 'SecondFactorSetup' });

export const recoveryCodesAnswer = z
  .strictObject({
    recoveryCodes: z
      .array(z.string())
      .describe('Ten single-use codes for when the phone is lost; shown this once, never again'),
  })
  .meta({ id: 'RecoveryCodes' });

export { planOutputSchema };
