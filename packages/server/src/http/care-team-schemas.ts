/**
 * The care team's requests and answers (docs/care-team.md), as zod schemas: the routes validate and
 * answer with them, and the OpenAPI document is made from them. Kept apart from `schemas.ts` and
 * `responses.ts`, which hold the patient's own record.
 */
import { clinicianClearanceSchema, prescriptionChangeSchema, walkLogSchema } from '@wandelcoach/engine';
import { z } from 'zod';
import { CONSENT_CHANGES, CONSENT_NEVER, CONSENT_READS } from '../services/consent.js';
import { ACCESS_LOG_PAGE } from '../services/access-log.service.js';
import { ENDED_LINKS_SHOWN } from '../services/care-team.service.js';
import { EARLIEST_BIRTH_YEAR } from '../services/patient-invites.service.js';
import { ONE_LINE } from '../services/text-rules.js';
import { FLAG_KINDS, FLAG_SEVERITIES } from '../services/flag-rules/types.js';
import { isoDate, timestamp } from './today-schemas.js';
import { walkId } from './walk-schemas.js';

const uuid = (example: string) =>
  z
    .string({ error: 'must be text' })
    .meta({ format: 'uuid' })
    .pipe(z.uuid({ error: `must be a UUID, e.g. ${example}` }))
    .transform((id) => id.toLowerCase());

export const linkIdParams = z.strictObject({ linkId: uuid('3b0e7c7a-55d4-4b8e-9f61-0c2a9d4e8b13') });
export const patientIdParams = z.strictObject({ patientId: uuid('9d2f4a61-0b7e-4c3a-8e15-6a7b8c9d0e1f') });

const birthYear = z
  .number({ error: 'must be a whole number, a year such as 1961' })
  .int({ error: 'must be a whole number, a year such as 1961' })
  .min(EARLIEST_BIRTH_YEAR, { error: `must be ${EARLIEST_BIRTH_YEAR} or later` })
  // The current year is checked against the server's clock; this bound only keeps nonsense out.
  .max(2200, { error: 'must not be in the future' });

/** `POST /clinician/patient-invites`: who the invite is for, as the clinician will know them. */
export const patientInviteBody = z.strictObject(
  {
    patientName: z
      .string({ error: 'must be text' })
      .trim()
      .min(1, { error: 'is required' })
      .max(80, { error: 'must be at most 80 characters' })
      .regex(ONE_LINE, { error: 'must be one line of text' }),
    birthYear,
  },
  { error: 'must be a JSON object' },
);

const inviteCode = z
  .string({ error: 'must be text' })
  .min(1, { error: 'is required' })
  // PostgreSQL refuses a NUL in text: say so here rather than fail in the query.
  // eslint-disable-next-line no-control-regex
  .regex(/^[^\u0000-\u001f\u007f]*$/, { error: 'must be letters and digits' })
  // 8 characters, perhaps grouped with spaces or dashes; anything much longer is no code.
  .max(40, { error: 'must be at most 40 characters' })
  .meta({ examples: ['ACDE-FGHJ'] });

/** `POST /me/care-team/preview`: the code and year of birth the clinician gave. */
export const inviteAnswerBody = z.strictObject(
  { code: inviteCode, birthYear },
  { error: 'must be a JSON object' },
);

/** `POST /me/care-team`: the same, and the version of the consent the patient was shown. */
export const acceptLinkBody = z.strictObject(
  {
    code: inviteCode,
    birthYear,
    consentVersion: z.string({ error: 'must be text' }).min(1, { error: 'is required' }).max(100),
  },
  { error: 'must be a JSON object' },
);

/** `POST /me/care-team/{linkId}/consent`: the version of the consent the patient was shown. */
export const linkConsentBody = z.strictObject(
  { consentVersion: z.string({ error: 'must be text' }).min(1, { error: 'is required' }).max(100) },
  { error: 'must be a JSON object' },
);

/** A cursor is the `next` of the page before: the last entry's time and id. */
const accessLogCursor = z
  .string({ error: 'must be text' })
  .max(100, { error: 'must be the `next` of an earlier page' })
  .meta({ description: 'The `next` of the previous page' })
  .transform((cursor, ctx) => {
    const [at = '', id = ''] = cursor.split('~');
    const time = z.iso.datetime().safeParse(at);
    const key = z.uuid().safeParse(id);
    if (!time.success || !key.success) {
      ctx.addIssue({ code: 'custom', message: 'must be the `next` of an earlier page' });
      return z.NEVER;
    }
    return { at: new Date(time.data).toISOString(), id: key.data.toLowerCase() };
  });

/** The `next` of a page, as sent: read back by `accessLogCursor`. */
export function encodeCursor(cursor: { at: string; id: string } | null): string | null {
  return cursor === null ? null : `${cursor.at}~${cursor.id}`;
}

const PAGE_LIMIT = `must be a whole number from 1 to ${String(ACCESS_LOG_PAGE.max)}`;

export const accessLogQuery = z.strictObject({
  // Digits only, as written: `Number()` would also read " 5", "0x10" and "1e1".
  limit: z
    .string({ error: PAGE_LIMIT })
    .regex(/^[1-9]\d{0,3}$/, { error: PAGE_LIMIT })
    .transform(Number)
    .refine((limit) => limit <= ACCESS_LOG_PAGE.max, { error: PAGE_LIMIT })
    .optional()
    .transform((limit) => limit ?? ACCESS_LOG_PAGE.default)
    // Documented as what it is: a whole number, written in digits.
    .meta({ type: 'integer', minimum: 1, maximum: ACCESS_LOG_PAGE.max, default: ACCESS_LOG_PAGE.default }),
  before: accessLogCursor.optional(),
});

// Answers.

export const patientInviteAnswer = z
  .strictObject({
    id: z.string(),
    code: z.string().describe('8 characters; the app shows them in two groups of four, for reading aloud'),
    patientName: z.string(),
    birthYear: z.number().int(),
    createdAt: timestamp,
    expiresAt: timestamp,
    link: z.string().describe('The app’s page with the code in the fragment, for a QR code'),
  })
  .meta({ id: 'PatientInvite' });

export const patientInvitesAnswer = z
  .strictObject({ invites: z.array(patientInviteAnswer) })
  .meta({ id: 'PatientInvites', description: 'The practice’s invites not yet used and not expired' });

export const consentAnswer = z
  .strictObject({
    version: z.string().describe('Send it back when agreeing: a consent changed since is refused (409)'),
    seeAndChange: z.strictObject({
      read: z.array(z.enum(CONSENT_READS)).describe('What every clinician of the practice may read'),
      change: z
        .array(z.enum(CONSENT_CHANGES))
        .describe('What they may change: the plan (with a reason), clearances, supervised sessions'),
      later: z.array(z.string()).describe('What a later version will ask to change, asked anew: nothing now'),
      never: z.array(z.enum(CONSENT_NEVER)).describe('What they never see'),
    }),
    locale: z.enum(['nl', 'en']),
    words: z
      .strictObject({ read: z.string(), change: z.string(), never: z.string(), revoke: z.string() })
      .describe('The consent in plain words, in the account’s language: what the patient agrees to'),
  })
  .meta({ id: 'Consent' });

export const linkPreviewAnswer = z
  .strictObject({
    practice: z.strictObject({ name: z.string() }),
    clinician: z.strictObject({ displayName: z.string().nullable() }),
    patientName: z.string().describe('The name the clinician gave the invite'),
    consent: consentAnswer,
  })
  .meta({ id: 'LinkPreview' });

const linkClinician = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('clinician'), displayName: z.string().nullable() }),
    z.strictObject({ kind: z.literal('former-member') }),
  ])
  .describe('The clinician who invited, or a former member of the practice once they are gone');

export const careLinkAnswer = z
  .strictObject({
    id: z.string(),
    practice: z.strictObject({ name: z.string() }),
    clinician: linkClinician,
    since: timestamp,
    consentVersion: z.string().describe('The consent the patient agreed to for this link'),
    newerConsentVersion: z
      .string()
      .nullable()
      .describe(
        'A newer consent waiting for the patient’s agreement (POST …/{linkId}/consent); until then the link keeps what its own version allows. Null when it is the current one',
      ),
  })
  .meta({ id: 'CareLink' });

export const endedCareLinkAnswer = z
  .strictObject({
    practice: z.strictObject({ name: z.string() }).describe('The practice, by its name today'),
    since: timestamp.describe('When the patient agreed and the link began'),
    endedAt: timestamp.describe(
      'When the link ended: from then on no clinician of the practice reached the record',
    ),
    endedBy: z
      .enum(['you', 'practice'])
      .describe('`you`: the patient stopped the link; `practice`: a clinician of the practice ended it'),
  })
  .meta({ id: 'EndedCareLink' });

export const careTeamAnswer = z
  .strictObject({
    links: z.array(careLinkAnswer).describe('The running links, the oldest first'),
    ended: z
      .array(endedCareLinkAnswer)
      .max(ENDED_LINKS_SHOWN)
      .describe(
        `The links that ended, the most recently ended first: at most the last ${ENDED_LINKS_SHOWN} (the data export holds them all)`,
      ),
  })
  .meta({ id: 'CareTeam' });

export const accessLogAnswer = z
  .strictObject({
    entries: z.array(
      z.strictObject({
        at: timestamp,
        who: z
          .discriminatedUnion('kind', [
            z.strictObject({ kind: z.literal('you') }),
            z.strictObject({ kind: z.literal('clinician'), name: z.string().nullable() }),
            z.strictObject({ kind: z.literal('former-member') }),
          ])
          .describe('A clinician still of the practice (by the name they go by), a former member, or you'),
        practice: z
          .strictObject({ name: z.string() })
          .nullable()
          .describe('Null when the entry names none, or the practice no longer exists'),
        resource: z.string().describe('What was reached: intake, plan, walks, progress, care-link, …'),
        action: z.string().describe('read, change, consent, revoke, end'),
      }),
    ),
    next: z.string().nullable().describe('Pass as `before` for the next page; null on the last'),
  })
  .meta({ id: 'AccessLog', description: 'Who reached my record, newest first' });

/** The clinician's view: the same entries, only those by members (and former members) of their practice. */
export const patientAccessLogAnswer = accessLogAnswer.meta({
  id: 'PatientAccessLog',
  description:
    'What members of the practice the clinician acts for did with a linked patient’s record, newest first; `who` is never `you`',
});

export const linkedPatientsAnswer = z
  .strictObject({
    patients: z.array(
      z.strictObject({
        linkId: z.string(),
        patientId: z.string(),
        patientName: z.string().describe('The name the clinician gave the invite'),
        since: timestamp,
        code: z.string().describe('The invite code the patient linked with, 8 characters without grouping'),
        openFlags: z
          .array(z.strictObject({ kind: z.enum(FLAG_KINDS), severity: z.enum(FLAG_SEVERITIES) }))
          .describe('Flags not yet handled, most urgent first'),
        lastWeek: z
          .strictObject({
            weekStart: z.string().describe('The first day of the plan week, YYYY-MM-DD'),
            plannedMinutes: z.number().int(),
            walkedMinutes: z.number().int(),
          })
          .nullable()
          .describe('The last plan week that has ended: its planned and walked minutes; null before one has'),
        lastWalk: z
          .string()
          .nullable()
          .describe('The date of the last walk, YYYY-MM-DD, in the patient’s calendar; null before any'),
        weeklyPain: z
          .array(
            z.strictObject({
              weekStart: z.string().describe('The first day of the plan week, YYYY-MM-DD'),
              averagePain: z.number().min(0).max(10).describe('To one decimal'),
            }),
          )
          .max(4)
          .describe(
            'The average pain while walking (0–10) of each plan week begun in the past 4 weeks of the patient’s calendar that had a walk (the current week so far included), oldest first; kept with the weekly minutes',
          ),
      }),
    ),
  })
  .meta({ id: 'LinkedPatients' });

// A clinician's changes (consent `care-team-2`): plan changes, clearances, supervised sessions.

/** The engine's shape of an item without `by`: the server fills in the signed-in clinician. */
const { by: _changeBy, ...changeShape } = prescriptionChangeSchema.shape;
const { by: _clearanceBy, ...clearanceShape } = clinicianClearanceSchema.shape;
/**
 * The engine's reason, without a NUL: PostgreSQL's jsonb cannot hold one, and no reason needs it.
 * Other characters, line breaks included, are the clinician's to write.
 */
const reason = changeShape.reason.refine((text) => !text.includes('\u0000'), {
  error: 'must not contain a NUL character',
});

/**
 * `POST /clinician/patients/{patientId}/prescription/changes`: one plan change, with its date and
 * reason. The engine's own schema checks it again with its rules (at least one setting, a pause's end
 * not before its start, dates up to the patient's today), together with what is stored.
 */
export const prescriptionChangeBody = z
  .strictObject({ ...changeShape, reason }, { error: 'must be a JSON object' })
  .meta({
    id: 'PrescriptionChangeRequest',
    description:
      'The engine’s plan change (docs/clinical-rules.md §6) without `by`: the author is the signed-in clinician. Change at least one setting.',
  });

/** `POST /clinician/patients/{patientId}/prescription/clearances`: one clearance (§1, §4). */
export const clinicianClearanceBody = z
  .strictObject({ ...clearanceShape, reason }, { error: 'must be a JSON object' })
  .meta({
    id: 'ClinicianClearanceRequest',
    description:
      'The engine’s clearance (docs/clinical-rules.md §1, §4, §6) without `by`: the author is the signed-in clinician. `sign` and `signDate` belong to kind "emergency-sign" only.',
  });

const log = walkLogSchema.shape;

/** The longest reason for a supervised session. */
export const SESSION_REASON_MAX = 2000;

/**
 * `POST /clinician/patients/{patientId}/supervised-sessions`: a walk the clinician supervised, with a
 * client-made id (a retry is answered 200). The next-morning pain is the patient's to answer later.
 */
export const supervisedSessionBody = z
  .strictObject(
    {
      id: walkId,
      date: log.date,
      kind: log.kind,
      minutes: log.minutes,
      painDuring: log.painDuring,
      dizziness: log.dizziness.unwrap(),
      fall: log.fall.unwrap(),
      newSymptoms: log.newSymptoms,
      reason: z
        .string({ error: 'must be text' })
        .trim()
        .min(1, { error: 'is required' })
        .max(SESSION_REASON_MAX, { error: `must be at most ${SESSION_REASON_MAX} characters` })
        .refine((text) => !text.includes('\u0000'), { error: 'must not contain a NUL character' })
        .describe('Why the clinician supervised this walk; kept with the walk, shown wherever it shows'),
    },
    { error: 'must be a JSON object' },
  )
  .meta({ id: 'SupervisedSessionRequest' });

const prescriptionChangeItem = z
  .strictObject(prescriptionChangeSchema.shape)
  .meta({ id: 'PrescriptionChange' });
const clinicianClearanceItem = z
  .strictObject(clinicianClearanceSchema.shape)
  .meta({ id: 'ClinicianClearance' });

export const prescriptionAnswer = z
  .strictObject({
    items: z.array(
      z.discriminatedUnion('kind', [
        z.strictObject({
          id: z.string(),
          kind: z.literal('change'),
          createdAt: timestamp,
          item: prescriptionChangeItem,
        }),
        z.strictObject({
          id: z.string(),
          kind: z.literal('clearance'),
          createdAt: timestamp,
          item: clinicianClearanceItem,
        }),
      ]),
    ),
    today: isoDate.describe(
      'The patient’s date now, in their time zone: the clinician’s preview reckons the plan from it',
    ),
    timeZone: z.string().describe('The patient’s time zone (IANA name)'),
  })
  .meta({
    id: 'Prescription',
    description:
      'Every plan change and clearance recorded for the patient, in recorded order, each with its author',
  });

/** The longest note: a few thousand characters, as a clinical note is. */
export const NOTE_MAX = 4000;

export const noteBody = z.strictObject(
  {
    text: z
      .string({ error: 'must be text' })
      .trim()
      .min(1, { error: 'is required' })
      .max(NOTE_MAX, { error: `must be at most ${NOTE_MAX} characters` })
      // PostgreSQL refuses a NUL in text: say so here rather than fail in the query.
      .refine((text) => !text.includes('\u0000'), { error: 'must not contain a NUL character' }),
  },
  { error: 'must be a JSON object' },
);

export const noteAnswer = z
  .strictObject({
    id: z.string(),
    text: z.string(),
    by: z.strictObject({ name: z.string() }).describe('The name its author went by when writing it'),
    at: timestamp,
  })
  .meta({ id: 'PatientNote' });

export const notesAnswer = z.strictObject({ notes: z.array(noteAnswer) }).meta({ id: 'PatientNotes' });
