/**
 * The patient's care team, `/me/care-team`: see what a practice's invite would allow, agree to it,
 * the running links, and end one. Consent is given by the patient alone, with their own session.
 */
import { createRoute } from '@hono/zod-openapi';
import {
  acceptLink,
  agreeToConsent,
  listCareTeam,
  previewLink,
  revokeLink,
} from '../../services/care-team.service.js';
import {
  acceptLinkBody,
  careLinkAnswer,
  careTeamAnswer,
  inviteAnswerBody,
  linkConsentBody,
  linkIdParams,
  linkPreviewAnswer,
} from '../care-team-schemas.js';
import { clientIp } from '../client-ip.js';
import { json, jsonBody, problems, router, SIGNED_IN } from './define.js';

const previewRoute = createRoute({
  method: 'post',
  path: '/preview',
  summary: 'What linking with a practice would allow, from the code and year of birth its clinician gave',
  description:
    'A wrong code, a wrong year, an expired or a used invite all answer the same 422, naming both fields. Wrong attempts are limited per account and per address (429 with Retry-After).',
  security: SIGNED_IN,
  request: { body: jsonBody(inviteAnswerBody) },
  responses: {
    200: json('The practice, the clinician, and the consent to show', linkPreviewAnswer),
    ...problems(400, 401, 403, 413, 415, 422, 429),
  },
});

const acceptRoute = createRoute({
  method: 'post',
  path: '/',
  summary: 'Agree: link with the practice under the consent version shown',
  description:
    '409 when the consent changed since it was shown (show it again), or when already linked with that practice. The invite is used up.',
  security: SIGNED_IN,
  request: { body: jsonBody(acceptLinkBody) },
  responses: {
    201: json('The link', careLinkAnswer),
    ...problems(400, 401, 403, 409, 413, 415, 422, 429),
  },
});

const listRoute = createRoute({
  method: 'get',
  path: '/',
  summary: 'My running links with practices, and the last ones that ended',
  security: SIGNED_IN,
  responses: { 200: json('The care team', careTeamAnswer), ...problems(401) },
});

const revokeRoute = createRoute({
  method: 'delete',
  path: '/{linkId}',
  summary: 'End a link: no clinician of that practice reaches my record from now on',
  security: SIGNED_IN,
  request: { params: linkIdParams },
  responses: { 204: { description: 'Ended' }, ...problems(401, 403, 404, 422) },
});

const consentRoute = createRoute({
  method: 'post',
  path: '/{linkId}/consent',
  summary: 'Agree to the current consent for a link made under an older one (written to the access log)',
  description:
    'A link keeps what the consent it was made under allows until its patient agrees to the newer one: under `care-team-1` clinicians read only. 409 when the version sent is not the current one (show it again).',
  security: SIGNED_IN,
  request: { params: linkIdParams, body: jsonBody(linkConsentBody) },
  responses: {
    200: json('The link, now under the current consent', careLinkAnswer),
    ...problems(400, 401, 403, 404, 409, 413, 415, 422),
  },
});

export const careTeamRoutes = router()
  .openapi(previewRoute, async (c) =>
    c.json(await previewLink(c.var.services, c.var.account, c.req.valid('json'), { ip: clientIp(c) }), 200),
  )
  .openapi(acceptRoute, async (c) =>
    c.json(await acceptLink(c.var.services, c.var.account, c.req.valid('json'), { ip: clientIp(c) }), 201),
  )
  .openapi(listRoute, async (c) => c.json(await listCareTeam(c.var.services, c.var.account), 200))
  .openapi(consentRoute, async (c) => {
    const { linkId } = c.req.valid('param');
    const { consentVersion } = c.req.valid('json');
    return c.json(await agreeToConsent(c.var.services, c.var.account, linkId, consentVersion), 200);
  })
  .openapi(revokeRoute, async (c) => {
    await revokeLink(c.var.services, c.var.account, c.req.valid('param').linkId);
    return c.body(null, 204);
  });
