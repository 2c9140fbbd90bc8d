/** Sign up, sign in, sign out: `/accounts` and `/session`. */
import { createRoute } from '@hono/zod-openapi';
import { signIn, signOut, signUp } from '../../services/accounts.service.js';
import { clientIp } from '../client-ip.js';
import { requireCsrfToken } from '../middleware/csrf.js';
import {
  clearSessionCookie,
  currentSession,
  requireSession,
  sessionToken,
  setSessionCookie,
} from '../middleware/session.js';
import { currentSessionAnswer, sessionAnswer } from '../responses.js';
import { signInBody, signUpBody } from '../schemas.js';
import { json, jsonBody, problems, router, SESSION_IF_ANY, SIGNED_IN } from './define.js';

const signUpRoute = createRoute({
  method: 'post',
  path: '/accounts',
  summary: 'Sign up (and sign in)',
  request: { body: jsonBody(signUpBody) },
  responses: {
    201: json('Signed up and signed in', sessionAnswer),
    ...problems(400, 403, 409, 413, 415, 422, 429),
  },
});

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
    const earlier = sessionToken(c);
    const { account, session } = await signUp(c.var.services, c.req.valid('json'), { ip: clientIp(c) });
    if (earlier !== undefined) await signOut(c.var.services, earlier);
    setSessionCookie(c, session);
    return c.json({ account, csrfToken: session.csrfToken }, 201);
  })
  .openapi(signInRoute, async (c) => {
    const earlier = sessionToken(c);
    const { account, session } = await signIn(c.var.services, c.req.valid('json'), { ip: clientIp(c) });
    // A browser has one session: the one it held before (perhaps someone else's) ends now.
    if (earlier !== undefined) await signOut(c.var.services, earlier);
    setSessionCookie(c, session);
    return c.json({ account, csrfToken: session.csrfToken }, 200);
  })
  .openapi(sessionRoute, async (c) => {
    // An unknown or ended token is answered like no cookie at all, and the cookie is left alone: a
    // sign-in in another tab may be replacing it at this moment.
    const session = await currentSession(c);
    if (session === undefined) return c.json({ account: null }, 200);
    return c.json({ account: session.account, csrfToken: session.csrfToken }, 200);
  })
  .openapi(signOutRoute, async (c) => {
    await signOut(c.var.services, c.var.sessionToken);
    clearSessionCookie(c);
    return c.body(null, 204);
  });
