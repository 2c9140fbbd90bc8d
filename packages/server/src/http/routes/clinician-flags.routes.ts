/**
 * Flags for the practice's clinicians (docs/care-team.md, "Flags"): the practice's list and a
 * patient's, and marking one seen or handled. Behind `requireClinician`, like the patients' routes;
 * a patient out of reach, or a flag not theirs, is a 404. Everything is written to the access log.
 */
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { RequestMeta } from '../../services/access.js';
import {
  listPracticeFlags,
  patientFlags,
  updatePatientFlag,
} from '../../services/clinician-flags.service.js';
import { patientIdParams } from '../care-team-schemas.js';
import { clientIp } from '../client-ip.js';
import type { AppEnv } from '../env.js';
import {
  flagAnswer,
  flagIdParams,
  flagsQuery,
  flagUpdateBody,
  patientFlagsAnswer,
  practiceFlagsAnswer,
} from '../flag-schemas.js';
import { json, jsonBody, problems, router, SIGNED_IN } from './define.js';

const GATE = [401, 403] as const;

const practiceFlagsRoute = createRoute({
  method: 'get',
  path: '/flags',
  summary: 'The practice’s flags, most urgent first, then newest: open ones unless a state is asked for',
  security: SIGNED_IN,
  request: { query: flagsQuery },
  responses: { 200: json('The flags', practiceFlagsAnswer), ...problems(...GATE, 422) },
});

const patientFlagsRoute = createRoute({
  method: 'get',
  path: '/patients/{patientId}/flags',
  summary:
    'A linked patient’s flags, newest first (written to the access log; a patient out of reach is not found)',
  security: SIGNED_IN,
  request: { params: patientIdParams },
  responses: { 200: json('The patient’s flags', patientFlagsAnswer), ...problems(...GATE, 404, 422) },
});

const updateFlagRoute = createRoute({
  method: 'patch',
  path: '/patients/{patientId}/flags/{flagId}',
  summary: 'Mark a flag seen or handled, with an optional note (who and when are kept)',
  security: SIGNED_IN,
  request: { params: flagIdParams, body: jsonBody(flagUpdateBody) },
  responses: { 200: json('The flag', flagAnswer), ...problems(400, ...GATE, 404, 409, 413, 415, 422) },
});

const meta = (c: Context<AppEnv>): RequestMeta => ({ ip: clientIp(c) });

export const clinicianFlagRoutes = router()
  .openapi(practiceFlagsRoute, async (c) => {
    const flags = await listPracticeFlags(c.var.services, c.var.clinician, c.req.valid('query'));
    return c.json({ flags }, 200);
  })
  .openapi(patientFlagsRoute, async (c) => {
    const { patientId } = c.req.valid('param');
    const flags = await patientFlags(c.var.services, c.var.clinician, patientId, meta(c));
    return c.json({ flags }, 200);
  })
  .openapi(updateFlagRoute, async (c) => {
    const { patientId, flagId } = c.req.valid('param');
    const flag = await updatePatientFlag(
      c.var.services,
      c.var.clinician,
      patientId,
      flagId,
      c.req.valid('json'),
      meta(c),
    );
    return c.json(flag, 200);
  });
