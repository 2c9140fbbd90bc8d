/**
 * The patient's outcome measures (`/me/outcome-measures`): what is due today, the answers, and putting
 * a questionnaire off. A linked clinician reads them (`/clinician/patients/{id}/outcome-measures`).
 */
import { createRoute } from '@hono/zod-openapi';
import { patientRecord } from '../../services/clinician-patients.service.js';
import {
  answerOutcomes,
  getOutcomes,
  outcomeTrend,
  skipOutcomes,
} from '../../services/outcome-measures.service.js';
import { patientIdParams } from '../care-team-schemas.js';
import { clientIp } from '../client-ip.js';
import {
  outcomeAnswer,
  outcomeAnswerBody,
  outcomesAnswer,
  outcomeSkipAnswer,
  outcomeSkipBody,
  outcomeTrendAnswer,
} from '../outcome-schemas.js';
import { json, jsonBody, problems, router, SIGNED_IN } from './define.js';
import { ownRecord } from './request.js';

const listRoute = createRoute({
  method: 'get',
  path: '/',
  summary: 'My outcome measures: the questionnaire due today, if any, and my answers',
  security: SIGNED_IN,
  responses: { 200: json('Due and answered', outcomesAnswer), ...problems(401) },
});

const answerRoute = createRoute({
  method: 'post',
  path: '/',
  summary: 'Answer the questionnaire open today (NPRS, PSFS, global rating of change)',
  description:
    '409 when that timepoint is already answered for this plan; 422 naming `timepoint` when it is not the one open today; 404 `no-intake` before an intake.',
  security: SIGNED_IN,
  request: { body: jsonBody(outcomeAnswerBody) },
  responses: { 201: json('Stored', outcomeAnswer), ...problems(400, 401, 403, 404, 409, 413, 415, 422) },
});

const skipRoute = createRoute({
  method: 'post',
  path: '/skip',
  summary: 'Not now: the questionnaire open today is asked again in a few days',
  security: SIGNED_IN,
  request: { body: jsonBody(outcomeSkipBody) },
  responses: { 200: json('Put off', outcomeSkipAnswer), ...problems(400, 401, 403, 404, 409, 413, 415, 422) },
});

export const outcomeMeasureRoutes = router()
  .openapi(listRoute, async (c) => c.json(await getOutcomes(c.var.services, ownRecord(c)), 200))
  .openapi(answerRoute, async (c) =>
    c.json(await answerOutcomes(c.var.services, ownRecord(c), c.req.valid('json')), 201),
  )
  .openapi(skipRoute, async (c) =>
    c.json(await skipOutcomes(c.var.services, ownRecord(c), c.req.valid('json').timepoint), 200),
  );

const trendRoute = createRoute({
  method: 'get',
  path: '/patients/{patientId}/outcome-measures',
  summary: 'A linked patient’s outcome measures over time, and the change over the current plan',
  description: 'Written to the access log. 404 for a patient out of reach.',
  security: SIGNED_IN,
  request: { params: patientIdParams },
  responses: { 200: json('The answers and the change', outcomeTrendAnswer), ...problems(401, 403, 404, 422) },
});

export const clinicianOutcomeRoutes = router().openapi(trendRoute, async (c) => {
  const { patientId } = c.req.valid('param');
  const request = await patientRecord(c.var.services, c.var.clinician, patientId, { ip: clientIp(c) });
  return c.json(await outcomeTrend(c.var.services, request), 200);
});
