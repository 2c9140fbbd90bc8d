/**
 * `/clinician/patients/{patientId}/access-log`: what the members of the practice the clinician acts
 * for did with a linked patient's record (NEN 7513), newest first, a page at a time, behind
 * `requireClinician`. A patient out of reach is a 404; the read itself is in the log.
 */
import { createRoute } from '@hono/zod-openapi';
import { readPatientAccessLog } from '../../services/access-log.service.js';
import { patientRecord } from '../../services/clinician-patients.service.js';
import {
  accessLogQuery,
  encodeCursor,
  patientAccessLogAnswer,
  patientIdParams,
} from '../care-team-schemas.js';
import { clientIp } from '../client-ip.js';
import { json, problems, router, SIGNED_IN } from './define.js';

const readRoute = createRoute({
  method: 'get',
  path: '/patients/{patientId}/access-log',
  summary: 'Who of the practice looked at or changed a linked patient’s record, when (NEN 7513)',
  description:
    'Only entries by members and former members of the practice the clinician acts for. Written to the access log. 404 for a patient out of reach.',
  security: SIGNED_IN,
  request: { params: patientIdParams, query: accessLogQuery },
  responses: {
    200: json('A page of the access log', patientAccessLogAnswer),
    ...problems(401, 403, 404, 422),
  },
});

export const clinicianAccessLogRoutes = router().openapi(readRoute, async (c) => {
  const { patientId } = c.req.valid('param');
  const request = await patientRecord(c.var.services, c.var.clinician, patientId, { ip: clientIp(c) });
  const page = await readPatientAccessLog(c.var.services, request, c.req.valid('query'));
  return c.json({ entries: page.entries, next: encodeCursor(page.next) }, 200);
});
