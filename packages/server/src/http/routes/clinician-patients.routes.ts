/**
 * A clinician's patients: invites, the practice's linked patients and their records (read only), and
 * ending a link. Mounted under `/clinician` behind `requireClinician`: the second factor is proven and
 * the session acts for a practice where the account is a clinician. A patient out of reach is a 404.
 */
import { createRoute } from '@hono/zod-openapi';
import type { Context, TypedResponse } from 'hono';
import type { z } from 'zod';
import {
  endPatientLink,
  listPatientsJson,
  patientIntake,
  patientPlan,
  patientProgress,
  patientWalks,
} from '../../services/clinician-patients.service.js';
import { createPatientInvite, listPatientInvites } from '../../services/patient-invites.service.js';
import type { RequestMeta } from '../../services/access.js';
import {
  linkedPatientsAnswer,
  patientIdParams,
  patientInviteAnswer,
  patientInviteBody,
  patientInvitesAnswer,
} from '../care-team-schemas.js';
import { clientIp } from '../client-ip.js';
import type { AppEnv } from '../env.js';
import { intakeAnswer, planOutputSchema, progressAnswer, walksAnswer } from '../responses.js';
import { json, jsonBody, problems, router, SIGNED_IN } from './define.js';

/** Refusals every route here can give before its own: not signed in, not a clinician, no second factor. */
const GATE = [401, 403] as const;

const createInviteRoute = createRoute({
  method: 'post',
  path: '/patient-invites',
  summary: 'Invite a patient: a code to give them with their year of birth (14 days, single use)',
  security: SIGNED_IN,
  request: { body: jsonBody(patientInviteBody) },
  responses: { 201: json('The invite', patientInviteAnswer), ...problems(400, ...GATE, 413, 415, 422) },
});

const listInvitesRoute = createRoute({
  method: 'get',
  path: '/patient-invites',
  summary: 'The practice’s open invites',
  security: SIGNED_IN,
  responses: { 200: json('The open invites', patientInvitesAnswer), ...problems(...GATE) },
});

const listPatientsRoute = createRoute({
  method: 'get',
  path: '/patients',
  summary: 'The patients linked with the practice (written to the access log)',
  security: SIGNED_IN,
  responses: { 200: json('The linked patients', linkedPatientsAnswer), ...problems(...GATE) },
});

function recordRoute<S extends Parameters<typeof json>[1]>(part: string, summary: string, schema: S) {
  return createRoute({
    method: 'get',
    path: `/patients/{patientId}/${part}`,
    summary: `${summary} (written to the access log; a patient out of reach is not found)`,
    security: SIGNED_IN,
    request: { params: patientIdParams },
    responses: { 200: json(summary, schema), ...problems(...GATE, 404, 422) },
  });
}

const intakeRoute = recordRoute('intake', 'A linked patient’s intake, as stored', intakeAnswer);
const planRoute = recordRoute(
  'plan',
  'A linked patient’s plan with its safety check and decisions',
  planOutputSchema,
);
const walksRoute = recordRoute('walks', 'A linked patient’s walks', walksAnswer);
const progressRoute = recordRoute('progress', 'A linked patient’s progress', progressAnswer);

const endLinkRoute = createRoute({
  method: 'delete',
  path: '/patients/{patientId}',
  summary: 'End the practice’s link with a patient: every clinician of the practice loses access at once',
  security: SIGNED_IN,
  request: { params: patientIdParams },
  responses: { 204: { description: 'Ended' }, ...problems(...GATE, 404, 422) },
});

const meta = (c: Context<AppEnv>): RequestMeta => ({ ip: clientIp(c) });

export const clinicianPatientRoutes = router()
  .openapi(createInviteRoute, async (c) =>
    c.json(await createPatientInvite(c.var.services, c.var.clinician, c.req.valid('json')), 201),
  )
  .openapi(listInvitesRoute, async (c) =>
    c.json({ invites: await listPatientInvites(c.var.services, c.var.clinician) }, 200),
  )
  .openapi(listPatientsRoute, async (c) => {
    // Kept as JSON text per list version (services/practice-list-cache.ts): sent as it is.
    const json = await listPatientsJson(c.get('services'), c.get('clinician'));
    return c.body(json, 200, { 'Content-Type': 'application/json' }) as unknown as TypedResponse<
      z.infer<typeof linkedPatientsAnswer>,
      200,
      'json'
    >;
  })
  .openapi(intakeRoute, async (c) => {
    const { patientId } = c.req.valid('param');
    const intake = await patientIntake(c.var.services, c.var.clinician, patientId, meta(c));
    return c.json(intake as Record<string, unknown>, 200);
  })
  .openapi(planRoute, async (c) => {
    const { patientId } = c.req.valid('param');
    return c.json(await patientPlan(c.var.services, c.var.clinician, patientId, meta(c)), 200);
  })
  .openapi(walksRoute, async (c) => {
    const { patientId } = c.req.valid('param');
    return c.json({ walks: await patientWalks(c.var.services, c.var.clinician, patientId, meta(c)) }, 200);
  })
  .openapi(progressRoute, async (c) => {
    const { patientId } = c.req.valid('param');
    return c.json(await patientProgress(c.var.services, c.var.clinician, patientId, meta(c)), 200);
  })
  .openapi(endLinkRoute, async (c) => {
    await endPatientLink(c.var.services, c.var.clinician, c.req.valid('param').patientId);
    return c.body(null, 204);
  });
