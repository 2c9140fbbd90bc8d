/**
 * A clinician's sign-in, beyond the password: setting up the authenticator app, proving the second
 * factor for this session, and choosing the practice to act for (`/clinician/...`). These need a
 * session, not a proven one: they are how a session gets proven.
 */
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import {
  chooseActingPractice,
  confirmSecondFactorSetup,
  setUpSecondFactor,
  verifySecondFactor,
  type ClinicianSession,
} from '../../services/second-factor.service.js';
import type { AppEnv } from '../env.js';
import { requireCsrfToken } from '../middleware/csrf.js';
import { requireSession } from '../middleware/session.js';
import { recoveryCodesAnswer, secondFactorSetupAnswer } from '../responses.js';
import { actingPracticeBody, secondFactorConfirmBody, secondFactorVerifyBody } from '../schemas.js';
import { json, jsonBody, problems, router, SIGNED_IN } from './define.js';

function clinicianSession(c: Context<AppEnv>): ClinicianSession {
  return { account: c.var.account, sessionToken: c.var.sessionToken };
}

const setupRoute = createRoute({
  method: 'post',
  path: '/clinician/second-factor/setup',
  summary: 'Start setting up the authenticator app (clinicians only)',
  description:
    'A new secret each time until it is confirmed; once confirmed, `409`. The secret is not in force until `POST /clinician/second-factor/confirm`.',
  security: SIGNED_IN,
  middleware: [requireSession, requireCsrfToken] as const,
  responses: {
    200: json('The secret, and the link for a QR code', secondFactorSetupAnswer),
    ...problems(401, 403, 409),
  },
});

const confirmRoute = createRoute({
  method: 'post',
  path: '/clinician/second-factor/confirm',
  summary: 'Confirm the authenticator app with its first code; this session counts as proven',
  security: SIGNED_IN,
  middleware: [requireSession, requireCsrfToken] as const,
  request: { body: jsonBody(secondFactorConfirmBody) },
  responses: {
    200: json('Set up: the recovery codes, shown this once', recoveryCodesAnswer),
    ...problems(400, 401, 403, 409, 413, 415, 422, 429),
  },
});

const verifyRoute = createRoute({
  method: 'post',
  path: '/clinician/second-factor/verify',
  summary: 'Prove the second factor for this session: a code from the app, or a recovery code',
  description:
    'Each code is accepted once; a code of the same 30 seconds, or older, is refused after it. Wrong codes count against a limit per account (`429` with Retry-After). A clinician of one practice acts for it from then on.',
  security: SIGNED_IN,
  middleware: [requireSession, requireCsrfToken] as const,
  request: { body: jsonBody(secondFactorVerifyBody) },
  responses: { 204: { description: 'Proven' }, ...problems(400, 401, 403, 409, 413, 415, 422, 429) },
});

const actingPracticeRoute = createRoute({
  method: 'put',
  path: '/clinician/practice',
  summary: 'Choose the practice to act for in this session (one I am a clinician of)',
  security: SIGNED_IN,
  middleware: [requireSession, requireCsrfToken] as const,
  request: { body: jsonBody(actingPracticeBody) },
  responses: { 204: { description: 'Acting for it' }, ...problems(400, 401, 403, 404, 413, 415, 422) },
});

export const clinicianAuthRoutes = router()
  .openapi(setupRoute, async (c) => c.json(await setUpSecondFactor(c.var.services, clinicianSession(c)), 200))
  .openapi(confirmRoute, async (c) => {
    const answer = await confirmSecondFactorSetup(
      c.var.services,
      clinicianSession(c),
      c.req.valid('json').code,
    );
    return c.json(answer, 200);
  })
  .openapi(verifyRoute, async (c) => {
    const { code, recoveryCode } = c.req.valid('json');
    const proof = code !== undefined ? { code } : { recoveryCode: recoveryCode ?? '' };
    await verifySecondFactor(c.var.services, clinicianSession(c), proof);
    return c.body(null, 204);
  })
  .openapi(actingPracticeRoute, async (c) => {
    await chooseActingPractice(c.var.services, clinicianSession(c), c.req.valid('json').practiceId);
    return c.body(null, 204);
  });
