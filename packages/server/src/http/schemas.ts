/** The shapes of request bodies and parameters, checked with zod; the OpenAPI document is built from them. */
import { canonicalTimeZone } from '@wandelcoach/engine';
import { z } from 'zod';
import { ONE_LINE } from '../services/text-rules.js';

const password = z
  .string({ error: 'must be text' })
  .min(10, { error: 'must be at least 10 characters' })
  // argon2 copes with long input, but a megabyte-long "password" is only there to cost us time.
  .max(200, { error: 'must be at most 200 characters' });

const email = z
  .string({ error: 'must be text' })
  // The document shows what goes in (the text before the pipe); say what form that text takes.
  .meta({ format: 'email' })
  .trim()
  .max(254, { error: 'must be at most 254 characters' })
  .pipe(z.email({ error: 'must be an email address' }));

const locale = z.enum(['nl', 'en'], { error: 'must be "nl" or "en"' });

/** Any capitalisation and the aliases browsers send are accepted; the runtime's own name is stored. */
const timeZone = z
  .string({ error: 'must be text' })
  .meta({ examples: ['Europe/Amsterdam', 'Europe/Brussels', 'Asia/Calcutta'] })
  .transform((name, ctx) => {
    const canonical = canonicalTimeZone(name);
    if (canonical === undefined) {
      ctx.addIssue({ code: 'custom', message: 'must be a time zone such as "Europe/Amsterdam"' });
      return z.NEVER;
    }
    return canonical;
  });

export const signUpBody = z.strictObject(
  {
    email,
    password,
    locale: locale.default('nl'),
    timeZone: timeZone.default('Europe/Amsterdam'),
  },
  { error: 'must be a JSON object' },
);

export const signInBody = z.strictObject(
  {
    // The same form as at sign-up: what is no address has no account, and text such as a NUL
    // character never reaches a query (PostgreSQL refuses it, with an error, not an answer).
    email,
    password: z.string({ error: 'must be text' }).min(1, { error: 'is required' }).max(200),
  },
  { error: 'must be a JSON object' },
);

/** `POST /password-resets`: where to send the link (if the address has an account). */
export const passwordResetRequestBody = z.strictObject({ email }, { error: 'must be a JSON object' });

/** The token of a mailed link, as the app read it from the link's `#token=…`. */
const linkToken = z
  .string({ error: 'must be text' })
  .min(1, { error: 'is required' })
  // Tokens are 43 characters; anything much longer is no token.
  .max(200, { error: 'must be at most 200 characters' });

/** `POST /password-resets/confirm`: the link's token and the new password. */
export const passwordResetBody = z.strictObject(
  { token: linkToken, password },
  { error: 'must be a JSON object' },
);

/** `POST /email-confirmations`: the confirmation link's token. */
export const emailConfirmationBody = z.strictObject({ token: linkToken }, { error: 'must be a JSON object' });

/** `PATCH /me`: the account's language and time zone; what is left out stays as it is. */
export const accountChangesBody = z.strictObject(
  { locale: locale.optional(), timeZone: timeZone.optional() },
  { error: 'must be a JSON object' },
);

export const changePasswordBody = z.strictObject(
  {
    currentPassword: z.string({ error: 'must be text' }).max(200),
    newPassword: password,
  },
  { error: 'must be a JSON object' },
);

export const deleteAccountBody = z.strictObject(
  { password: z.string({ error: 'must be text' }).max(200) },
  { error: 'must be a JSON object' },
);

// The walk requests are in a module of their own, which the web app may import at run time: its outbox
// checks what it kept on the phone with the very schemas these routes validate with.
export { newWalkBody, walkChangesBody, walkId } from './walk-schemas.js';

export const exportQuery = z.strictObject({
  format: z.enum(['json', 'csv'], { error: 'must be "json" or "csv"' }).default('json'),
});

// The care team, part 1: practices, their members, and clinicians' second factor (docs/care-team.md).

/** A practice's or account's id in a path: a UUID, so PostgreSQL's uuid columns never see other text. */
const uuid = z
  .string({ error: 'must be text' })
  .meta({ format: 'uuid' })
  .pipe(z.uuid({ error: 'must be a UUID, e.g. 0b0c4b7e-6b8a-4f62-9a51-3c1f3f1f2a10' }))
  .transform((id) => id.toLowerCase());

/** The name patients and colleagues see: one line. */
const displayName = z
  .string({ error: 'must be text' })
  .trim()
  .min(1, { error: 'is required' })
  .max(100, { error: 'must be at most 100 characters' })
  .regex(ONE_LINE, { error: 'must be one line of text' });

/**
 * `POST /practice-invites/accept`: the mailed link's token, and a new or the account's own password;
 * `locale` is the language of the join screen, which an account made by joining starts in.
 */
export const memberInviteAcceptBody = z.strictObject(
  {
    token: linkToken,
    password,
    displayName: displayName.optional(),
    locale: locale
      .default('nl')
      .describe(
        'The language the person joined in: a new account starts in it; an existing one keeps its own',
      ),
  },
  { error: 'must be a JSON object' },
);

/** `POST /practices/{practiceId}/invites`: who, and as what. */
export const memberInviteBody = z.strictObject(
  {
    email,
    clinician: z.boolean({ error: 'must be true or false' }),
    admin: z.boolean({ error: 'must be true or false' }),
    locale: locale.optional(),
  },
  { error: 'must be a JSON object' },
);

/** A member's roles as an admin sets them; what is left out stays as it is. */
export const memberRolesBody = z.strictObject(
  {
    clinician: z.boolean({ error: 'must be true or false' }).optional(),
    admin: z.boolean({ error: 'must be true or false' }).optional(),
    displayName: displayName
      .optional()
      .describe('The name patients will see; needed to make a clinician of a member who has none'),
  },
  { error: 'must be a JSON object' },
);

export const practiceParams = z.strictObject({ practiceId: uuid });
export const memberParams = z.strictObject({ practiceId: uuid, accountId: uuid });

/** Six digits from the authenticator app, as typed (spaces allowed). */
const totpCode = z
  .string({ error: 'must be text' })
  .min(1, { error: 'is required' })
  .max(20, { error: 'must be at most 20 characters' });

const recoveryCode = z
  .string({ error: 'must be text' })
  .min(1, { error: 'is required' })
  .max(40, { error: 'must be at most 40 characters' });

/** `POST /clinician/second-factor/confirm`: the app's first code. */
export const secondFactorConfirmBody = z.strictObject({ code: totpCode }, { error: 'must be a JSON object' });

/** `POST /clinician/second-factor/verify`: a code from the app, or one of the recovery codes. */
export const secondFactorVerifyBody = z
  .strictObject(
    { code: totpCode.optional(), recoveryCode: recoveryCode.optional() },
    { error: 'must be a JSON object' },
  )
  .superRefine((body, ctx) => {
    if ((body.code === undefined) === (body.recoveryCode === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['code'], message: 'give either code or recoveryCode' });
    }
  });

/** `PUT /clinician/practice`: the practice to act for in this session. */
export const actingPracticeBody = z.strictObject({ practiceId: uuid }, { error: 'must be a JSON object' });
