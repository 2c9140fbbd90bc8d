/**
 * Sign up, sign in, sign out: `/accounts` and `/session`; and what mailed links lead to: a new
 * password (`/password-resets`) and a confirmed address (`/email-confirmations`).
 */
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { confirmEmail, signIn, signOut, signUp, type SignedIn } from '../../services/accounts.service.js';
import { requestPasswordReset, resetPassword } from '../../services/password-reset.service.js';
import { sessionStanding } from '../../services/practices.service.js';
import type { AppEnv } from '../env.js';
import { clientIp } from '../client-ip.js';
import { requireCsrfToken } from '../middleware/csrf.js';
import {
  clearSessionCookie,
  currentSession,
  requireSession,
  sessionToken,
  setSessionCookie,
} from '../middleware/session.js';
import { checkEmailAnswer, currentSessionAnswer, sessionAnswer } from '../responses.js';
import {
  emailConfirmationBody,
  passwordResetBody,
  passwordResetRequestBody,
  signInBody,
  signUpBody,
} from '../schemas.js';
import { json, jsonBody, problems, router, SESSION_IF_ANY, SIGNED_IN } from './define.js';

const signUpRoute = createRoute({
  method: 'post',
  path: '/accounts',
  summary: 'Sign up (and sign in, or confirm the address first)',
  description:
    'Without mail configured (no `SMTP_URL`): `201`, signed in, and `409` for an address that has an account. With mail: `202` whether or not the address has an account; a new account is confirmed by the mailed link (`POST /email-confirmations`) before it can be used, and the owner of a taken address is told by mail.',
  request: { body: jsonBody(signUpBody) },
  responses: {
    201: json('Signed up and signed in (no mail configured)', sessionAnswer),
    202: json(
      'Look in the mailbox (mail configured): the same for a new and a taken address',
      checkEmailAnswer,
    ),
    ...problems(400, 403, 409, 413, 415, 422, 429),
  },
});

const passwordResetRequestRoute = createRoute({
  method: 'post',
  path: '/password-resets',
  summary: 'Forgot the password: mail a reset link',
  description:
    'Mails a single-use link (an hour) to the address if it has an account. The answer is the same either way.',
  request: { body: jsonBody(passwordResetRequestBody) },
  responses: {
    202: json('A link is on its way if the address has an account', checkEmailAnswer),
    ...problems(400, 403, 413, 415, 422, 429),
  },
});

const passwordResetRoute = createRoute({
  method: 'post',
  path: '/password-resets/confirm',
  summary: 'Set a new password with a reset link’s token; every session of the account ends',
  request: { body: jsonBody(passwordResetBody) },
  responses: {
    204: { description: 'The password is changed; sign in with it' },
    ...problems(400, 403, 413, 415, 422, 429),
  },
});

const emailConfirmationRoute = createRoute({
  method: 'post',
  path: '/email-confirmations',
  summary: 'Confirm the address with the mailed link’s token, and sign in',
  request: { body: jsonBody(emailConfirmationBody) },
  responses: {
    200: json('Confirmed and signed in', sessionAnswer),
    ...problems(400, 403, 413, 415, 422, 429),
  },
});

/** A browser has one session: the one it held before (perhaps someone else's) ends, the new one starts. */
export async function replaceSession(c: Context<AppEnv>, { session }: SignedIn): Promise<void> {
  const earlier = sessionToken(c);
  if (earlier !== undefined) await signOut(c.var.services, earlier);
  setSessionCookie(c, session);
}

/**
 * A sign-in's answer beyond the account: for a member of a practice, as what (a new session acts for
 * nobody yet); for a clinician, what the second factor needs.
 */
export async function signedInAnswer(c: Context<AppEnv>, signedIn: SignedIn) {
  const { account, session, secondFactor } = signedIn;
  const { membership } = await sessionStanding(c.var.services, account.id, {
    secondFactorProven: false,
    actingPracticeId: null,
  });
  return {
    account,
    csrfToken: session.csrfToken,
    ...(secondFactor !== undefined && { secondFactor }),
    ...(membership !== undefined && { membership }),
  };
}

const signInRoute = createRoute({
  method: 'post',
  path: '/session',
  summary: 'Sign in',
  request: { body: jsonBody(signInBody) },
  responses: { 200: json('Signed in', sessionAnswer), ...problems(400, 401, 403, 413, 415, 422, 429) },
});

const sessionRoute = createRoute({
  method: 'get',
  path: '/session',
  summary: 'Who is signed in, and the CSRF token; or that nobody is',
  security: SESSION_IF_ANY,
  responses: { 200: json('The session, or `account: null`', currentSessionAnswer), ...problems() },
});

const signOutRoute = createRoute({
  method: 'delete',
  path: '/session',
  summary: 'Sign out',
  security: SIGNED_IN,
  middleware: [requireSession, requireCsrfToken] as const,
  responses: { 204: { description: 'Signed out' }, ...problems(401, 403) },
});

export const accountRoutes = router()
  .openapi(signUpRoute, async (c) => {
    const result = await signUp(c.var.services, c.req.valid('json'), { ip: clientIp(c) });
    if ('checkEmail' in result) return c.json({ checkEmail: true as const }, 202);
    await replaceSession(c, result.signedIn);
    const { account, session } = result.signedIn;
    return c.json({ account, csrfToken: session.csrfToken }, 201);
  })
  .openapi(signInRoute, async (c) => {
    const signedIn = await signIn(c.var.services, c.req.valid('json'), { ip: clientIp(c) });
    await replaceSession(c, signedIn);
    // Only for clinicians: the app asks for the code, or to set up the authenticator app.
    return c.json(await signedInAnswer(c, signedIn), 200);
  })
  .openapi(passwordResetRequestRoute, async (c) => {
    await requestPasswordReset(c.var.services, c.req.valid('json'), { ip: clientIp(c) });
    return c.json({ checkEmail: true as const }, 202);
  })
  .openapi(passwordResetRoute, async (c) => {
    await resetPassword(c.var.services, c.req.valid('json'), { ip: clientIp(c) });
    return c.body(null, 204);
  })
  .openapi(emailConfirmationRoute, async (c) => {
    const signedIn = await confirmEmail(c.var.services, c.req.valid('json'), { ip: clientIp(c) });
    await replaceSession(c, signedIn);
    return c.json({ account: signedIn.account, csrfToken: signedIn.session.csrfToken }, 200);
  })
  .openapi(sessionRoute, async (c) => {
    // An unknown or ended token is answered like no cookie at all, and the cookie is left alone: a
    // sign-in in another tab may be replacing it at this moment.
    const session = await currentSession(c);
    if (session === undefined) return c.json({ account: null }, 200);
    // For a practice's member: as what, and what the second factor still needs.
    const standing = await sessionStanding(c.var.services, session.account.id, session.standing);
    return c.json({ account: session.account, csrfToken: session.csrfToken, ...standing }, 200);
  })
  .openapi(signOutRoute, async (c) => {
    await signOut(c.var.services, c.var.sessionToken);
    clearSessionCookie(c);
    return c.body(null, 204);
  });
