/**
 * A clinician's changes to a linked patient's record (docs/care-team.md): plan changes with a reason,
 * clearances, supervised sessions, and the prescription they make. Mounted under `/clinician` behind
 * `requireClinician`, like the reads. A patient out of reach is a 404; a link whose patient agreed only
 * to reading (`care-team-1`) is a 403 `consent-needed`; every change is in the access log.
 */
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { RequestMeta } from '../../services/access.js';
import {
  patientPrescription,
  prescribe,
  recordSupervisedSession,
} from '../../services/clinician-patients.service.js';
import {
  clinicianClearanceBody,
  patientIdParams,
  prescriptionAnswer,
  prescriptionChangeBody,
  supervisedSessionBody,
} from '../care-team-schemas.js';
import { clientIp } from '../client-ip.js';
import type { AppEnv } from '../env.js';
import { planOutputSchema, walkSchema } from '../responses.js';
import { json, jsonBody, problems, router, SIGNED_IN } from './define.js';

/** Refusals every route here can give before its own: not signed in, not a clinician, no second factor. */
const GATE = [401, 403] as const;

const CHANGE_NOTE =
  'Written to the access log. 403 `consent-needed` while the patient agreed only to reading (`care-team-1`); 404 for a patient out of reach; 404 `no-intake` before the patient’s intake.';

const changeRoute = createRoute({
  method: 'post',
  path: '/patients/{patientId}/prescription/changes',
  summary: 'Change a linked patient’s plan, with a reason the patient sees; answers with the new plan',
  description: `Within the bounds of docs/clinical-rules.md §6: a change is a ceiling, never less careful than the rules. ${CHANGE_NOTE}`,
  security: SIGNED_IN,
  request: { params: patientIdParams, body: jsonBody(prescriptionChangeBody) },
  responses: {
    201: json('Recorded: the plan it gives', planOutputSchema),
    ...problems(400, ...GATE, 404, 413, 415, 422),
  },
});

const clearanceRoute = createRoute({
  method: 'post',
  path: '/patients/{patientId}/prescription/clearances',
  summary: 'Record a clearance (GP, retro-walking, its supervision, an emergency sign after care)',
  description: `A clearance of an emergency sign is the only way besides a new intake to reopen a plan after one (docs/clinical-rules.md §1). ${CHANGE_NOTE}`,
  security: SIGNED_IN,
  request: { params: patientIdParams, body: jsonBody(clinicianClearanceBody) },
  responses: {
    201: json('Recorded: the plan it gives', planOutputSchema),
    ...problems(400, ...GATE, 404, 413, 415, 422),
  },
});

const prescriptionRoute = createRoute({
  method: 'get',
  path: '/patients/{patientId}/prescription',
  summary:
    'A linked patient’s plan changes and clearances, and their date and time zone (written to the access log)',
  security: SIGNED_IN,
  request: { params: patientIdParams },
  responses: { 200: json('The prescription', prescriptionAnswer), ...problems(...GATE, 404, 422) },
});

const supervisedRoute = createRoute({
  method: 'post',
  path: '/patients/{patientId}/supervised-sessions',
  summary:
    'Log a walk the clinician supervised, with why: it counts as the patient’s walk, marked as supervised',
  description: `The id is made by the client: the same session again is answered 200, another with that id 409, one deleted since 410. ${CHANGE_NOTE.replace(' 404 `no-intake` before the patient’s intake.', '')}`,
  security: SIGNED_IN,
  request: { params: patientIdParams, body: jsonBody(supervisedSessionBody) },
  responses: {
    201: json('Stored', walkSchema),
    200: json('Stored before: this is a retry', walkSchema),
    ...problems(400, ...GATE, 404, 409, 410, 413, 415, 422),
  },
});

const meta = (c: Context<AppEnv>): RequestMeta => ({ ip: clientIp(c) });

export const clinicianChangeRoutes = router()
  .openapi(changeRoute, async (c) => {
    const { patientId } = c.req.valid('param');
    const input = { kind: 'change' as const, item: c.req.valid('json') };
    return c.json(await prescribe(c.var.services, c.var.clinician, patientId, input, meta(c)), 201);
  })
  .openapi(clearanceRoute, async (c) => {
    const { patientId } = c.req.valid('param');
    const input = { kind: 'clearance' as const, item: c.req.valid('json') };
    return c.json(await prescribe(c.var.services, c.var.clinician, patientId, input, meta(c)), 201);
  })
  .openapi(prescriptionRoute, async (c) => {
    const { patientId } = c.req.valid('param');
    const { items, today, timeZone } = await patientPrescription(
      c.var.services,
      c.var.clinician,
      patientId,
      meta(c),
    );
    const shown = items.map(({ practiceId: _p, clinicianId: _c, ...item }) => item);
    return c.json({ items: shown, today, timeZone }, 200);
  })
  .openapi(supervisedRoute, async (c) => {
    const { patientId } = c.req.valid('param');
    const { id, reason, ...session } = c.req.valid('json');
    const log = { ...session, painNextMorning: null };
    const { walk, created } = await recordSupervisedSession(
      c.var.services,
      c.var.clinician,
      patientId,
      id,
      { log, reason },
      meta(c),
    );
    return created ? c.json(walk, 201) : c.json(walk, 200);
  });
