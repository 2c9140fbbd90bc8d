/**
 * Practices and their members: joining with a mailed invitation (`/practice-invites/accept`), one's
 * own practices (`/practices`), and, for a practice's admins only, its members and invitations. A
 * practice one is no admin of answers 404, as if there were none.
 */
import { createRoute } from '@hono/zod-openapi';
import {
  acceptMemberInvite,
  changeMemberRoles,
  inviteMember,
  membersOf,
  practicesOf,
  removeMember,
  resetMemberSecondFactor,
} from '../../services/practices.service.js';
import { clientIp } from '../client-ip.js';
import { requireCsrfToken } from '../middleware/csrf.js';
import { requireSession } from '../middleware/session.js';
import { memberAnswer, membersAnswer, practicesAnswer, sessionAnswer } from '../responses.js';
import {
  memberInviteAcceptBody,
  memberInviteBody,
  memberParams,
  memberRolesBody,
  practiceParams,
} from '../schemas.js';
import { json, jsonBody, problems, router, SIGNED_IN } from './define.js';
import { replaceSession, signedInAnswer } from './accounts.routes.js';
import type { Member } from '../../repositories/practices.repository.js';

const acceptRoute = createRoute({
  method: 'post',
  path: '/practice-invites/accept',
  summary: 'Join a practice with a mailed invitation’s token, and sign in',
  description:
    'An address without an account gets one with this password (the address counts as confirmed); an address with one joins with that account’s own password (a wrong one counts as a failed sign-in). An invitation as clinician needs `displayName` unless the account has one. The invitation works once and for 7 days.',
  request: { body: jsonBody(memberInviteAcceptBody) },
  responses: {
    200: json('Joined and signed in', sessionAnswer),
    ...problems(400, 403, 409, 413, 415, 422, 429),
  },
});

const practicesRoute = createRoute({
  method: 'get',
  path: '/practices',
  summary: 'The practices I belong to, and my roles in each',
  security: SIGNED_IN,
  middleware: [requireSession, requireCsrfToken] as const,
  responses: { 200: json('My practices', practicesAnswer), ...problems(401) },
});

const membersRoute = createRoute({
  method: 'get',
  path: '/practices/{practiceId}/members',
  summary: 'The practice’s members (its admins only)',
  security: SIGNED_IN,
  middleware: [requireSession, requireCsrfToken] as const,
  request: { params: practiceParams },
  responses: { 200: json('The members', membersAnswer), ...problems(401, 404, 422) },
});

const inviteRoute = createRoute({
  method: 'post',
  path: '/practices/{practiceId}/invites',
  summary: 'Invite someone by email as clinician, admin or both (the practice’s admins only)',
  description: 'Mails a single-use link that works for 7 days.',
  security: SIGNED_IN,
  middleware: [requireSession, requireCsrfToken] as const,
  request: { params: practiceParams, body: jsonBody(memberInviteBody) },
  responses: {
    202: { description: 'The invitation is on its way' },
    ...problems(400, 401, 403, 404, 409, 413, 415, 422, 429),
  },
});

const removeRoute = createRoute({
  method: 'delete',
  path: '/practices/{practiceId}/members/{accountId}',
  summary: 'Remove a member (the practice’s admins only); a clinician’s access ends at once',
  description: 'The last admin cannot be removed (409).',
  security: SIGNED_IN,
  middleware: [requireSession, requireCsrfToken] as const,
  request: { params: memberParams },
  responses: { 204: { description: 'Removed' }, ...problems(401, 403, 404, 409, 422) },
});

const rolesRoute = createRoute({
  method: 'patch',
  path: '/practices/{practiceId}/members/{accountId}',
  summary: 'Make a member clinician or admin, or no longer (the practice’s admins only; their own roles too)',
  description:
    'Roles left out stay as they are. The last admin stays admin (409). Making a clinician of a member without a display name needs `displayName`. A member no longer clinician stops acting for the practice at once.',
  security: SIGNED_IN,
  middleware: [requireSession, requireCsrfToken] as const,
  request: { params: memberParams, body: jsonBody(memberRolesBody) },
  responses: {
    200: json('The member as they are now', memberAnswer),
    ...problems(400, 401, 403, 404, 409, 413, 415, 422),
  },
});

const resetSecondFactorRoute = createRoute({
  method: 'delete',
  path: '/practices/{practiceId}/members/{accountId}/second-factor',
  summary: 'Reset a member’s second factor, for a lost phone (the practice’s admins only, never their own)',
  description:
    'Removes the member’s authenticator app and recovery codes and ends all their sessions; at their next sign-in they set the app up again (`secondFactor: "setup-needed"`). The member is mailed who did it. 409 `own-second-factor` for the admin’s own (another admin or the operator’s command line does that; a stolen session must not), 409 `conflict` when the member has not set the app up.',
  security: SIGNED_IN,
  middleware: [requireSession, requireCsrfToken] as const,
  request: { params: memberParams },
  responses: { 204: { description: 'Reset' }, ...problems(401, 403, 404, 409, 422) },
});

/** A member as the API shows them. */
function memberJson(m: Member) {
  return {
    accountId: m.accountId,
    displayName: m.displayName,
    email: m.email,
    admin: m.isAdmin,
    clinician: m.isClinician,
    since: m.since,
    secondFactor: m.hasSecondFactor,
  };
}

export const practiceRoutes = router()
  .openapi(acceptRoute, async (c) => {
    const signedIn = await acceptMemberInvite(c.var.services, c.req.valid('json'), { ip: clientIp(c) });
    await replaceSession(c, signedIn);
    return c.json(await signedInAnswer(c, signedIn), 200);
  })
  .openapi(practicesRoute, async (c) => {
    const memberships = await practicesOf(c.var.services, c.var.account.id);
    return c.json(
      {
        practices: memberships.map((m) => ({
          practiceId: m.practiceId,
          name: m.practiceName,
          admin: m.isAdmin,
          clinician: m.isClinician,
        })),
      },
      200,
    );
  })
  .openapi(membersRoute, async (c) => {
    const members = await membersOf(c.var.services, c.var.account.id, c.req.valid('param').practiceId);
    return c.json({ members: members.map(memberJson) }, 200);
  })
  .openapi(inviteRoute, async (c) => {
    await inviteMember(
      c.var.services,
      c.var.account.id,
      c.req.valid('param').practiceId,
      c.req.valid('json'),
    );
    return c.body(null, 202);
  })
  .openapi(rolesRoute, async (c) => {
    const { practiceId, accountId } = c.req.valid('param');
    const member = await changeMemberRoles(
      c.var.services,
      c.var.account.id,
      { practiceId, memberId: accountId },
      c.req.valid('json'),
    );
    return c.json(memberJson(member), 200);
  })
  .openapi(removeRoute, async (c) => {
    const { practiceId, accountId } = c.req.valid('param');
    await removeMember(c.var.services, c.var.account.id, practiceId, accountId);
    return c.body(null, 204);
  })
  .openapi(resetSecondFactorRoute, async (c) => {
    const { practiceId, accountId } = c.req.valid('param');
    await resetMemberSecondFactor(c.var.services, c.var.account.id, practiceId, accountId);
    return c.body(null, 204);
  });
