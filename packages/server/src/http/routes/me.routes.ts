/** The signed-in person's own record: password, intake, plan, today, progress, export, deletion. */
import { createRoute } from '@hono/zod-openapi';
import type { TypedResponse } from 'hono';
import { intakeSchema } from '@wandelcoach/engine';
import { z } from 'zod';
import { changeAccount, changePassword, deleteAccount } from '../../services/accounts.service.js';
import { exportData, walksToCsv } from '../../services/export.service.js';
import { getIntake, getPlan, putIntake } from '../../services/plan.service.js';
import { ownTodayJson } from '../../services/today.service.js';
import { getProgress } from '../../services/progress.service.js';
import { clientIp } from '../client-ip.js';
import { clearSessionCookie } from '../middleware/session.js';
import {
  accountSchema,
  exportAnswer,
  intakeAnswer,
  planOutputSchema,
  progressAnswer,
  todayAnswer,
} from '../responses.js';
import { accountChangesBody, changePasswordBody, deleteAccountBody, exportQuery } from '../schemas.js';
import { json, jsonBody, problems, router, SIGNED_IN } from './define.js';
import { ownRecord } from './request.js';

const passwordRoute = createRoute({
  method: 'put',
  path: '/password',
  summary: 'Change the password; other sessions end',
  security: SIGNED_IN,
  request: { body: jsonBody(changePasswordBody) },
  responses: { 204: { description: 'Changed' }, ...problems(400, 401, 403, 413, 415, 422, 429) },
});

const putIntakeRoute = createRoute({
  method: 'put',
  path: '/intake',
  summary: 'Store the intake (the plan contract’s); answers with the plan',
  security: SIGNED_IN,
  request: { body: jsonBody(intakeSchema.meta({ id: 'Intake' })) },
  responses: { 200: json('The plan for today', planOutputSchema), ...problems(400, 401, 403, 413, 415, 422) },
});

const getIntakeRoute = createRoute({
  method: 'get',
  path: '/intake',
  summary: 'The stored intake, as sent',
  security: SIGNED_IN,
  responses: { 200: json('The intake', intakeAnswer), ...problems(401, 404) },
});

const planRoute = createRoute({
  method: 'get',
  path: '/plan',
  summary: 'The plan for today, from the stored intake and walks',
  security: SIGNED_IN,
  responses: { 200: json('The plan', planOutputSchema), ...problems(401, 404) },
});

const todayRoute = createRoute({
  method: 'get',
  path: '/today',
  summary: 'Today’s walks with the words of their cues, and what was walked today',
  description:
    'Before the intake there is no plan yet: `hasIntake` is false, with no safety check and no walks.',
  security: SIGNED_IN,
  responses: { 200: json('Today', todayAnswer), ...problems(401, 404) },
});

const progressRoute = createRoute({
  method: 'get',
  path: '/progress',
  summary: 'Minutes planned and walked per week, pain over time, the decisions',
  security: SIGNED_IN,
  responses: { 200: json('Progress', progressAnswer), ...problems(401, 404) },
});

const exportRoute = createRoute({
  method: 'get',
  path: '/export',
  summary: 'Everything stored about me (JSON), or my walks (CSV)',
  security: SIGNED_IN,
  request: { query: exportQuery },
  responses: {
    200: {
      description: 'The export, as a download',
      content: {
        'application/json': { schema: exportAnswer },
        'text/csv': { schema: z.string() },
      },
    },
    ...problems(401, 422),
  },
});

const accountRoute = createRoute({
  method: 'patch',
  path: '/',
  summary: 'Change my language or time zone',
  security: SIGNED_IN,
  request: { body: jsonBody(accountChangesBody) },
  responses: { 200: json('The account', accountSchema), ...problems(400, 401, 403, 413, 415, 422) },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/',
  summary: 'Delete my account and everything about me',
  description:
    '409 `last-admin` while the account is the only admin of a practice with other members or linked patients: make another member admin first. The problem’s `practices` names each such practice.',
  security: SIGNED_IN,
  request: { body: jsonBody(deleteAccountBody) },
  responses: { 204: { description: 'Deleted' }, ...problems(400, 401, 403, 409, 413, 415, 422, 429) },
});

export const meRoutes = router()
  .openapi(passwordRoute, async (c) => {
    await changePassword(c.var.services, ownRecord(c).actor, c.var.sessionToken, c.req.valid('json'), {
      ip: clientIp(c),
    });
    return c.body(null, 204);
  })
  .openapi(putIntakeRoute, async (c) => {
    // The intake is stored as sent (the engine fills in its defaults on every read): the raw body,
    // which the schema above has already checked.
    const output = await putIntake(c.var.services, ownRecord(c), await c.req.json());
    return c.json(output, 200);
  })
  .openapi(getIntakeRoute, async (c) =>
    c.json((await getIntake(c.var.services, ownRecord(c))) as Record<string, unknown>, 200),
  )
  .openapi(planRoute, async (c) => c.json(await getPlan(c.var.services, ownRecord(c)), 200))
  .openapi(todayRoute, async (c) => {
    // Kept as JSON text per data version (services/today.service.ts): sent as it is.
    // c.get, not c.var: Hono builds a new object for every c.var.
    const json = await ownTodayJson(c.get('services'), ownRecord(c), {
      planVersion: c.get('planVersion'),
      locale: c.get('account').locale,
    });
    return c.body(json, 200, { 'Content-Type': 'application/json' }) as unknown as TypedResponse<
      z.infer<typeof todayAnswer>,
      200,
      'json'
    >;
  })
  .openapi(progressRoute, async (c) => c.json(await getProgress(c.var.services, ownRecord(c)), 200))
  .openapi(exportRoute, async (c) => {
    const { format } = c.req.valid('query');
    const data = await exportData(c.var.services, ownRecord(c), format);
    const day = data.exportedAt.slice(0, 10);
    if (format === 'csv') {
      return c.body(walksToCsv(data.walks), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="wandelcoach-walks-${day}.csv"`,
      });
    }
    c.header('Content-Disposition', `attachment; filename="wandelcoach-export-${day}.json"`);
    return c.json(data, 200);
  })
  .openapi(accountRoute, async (c) => {
    return c.json(await changeAccount(c.var.services, ownRecord(c).actor, c.req.valid('json')), 200);
  })
  .openapi(deleteRoute, async (c) => {
    const { password } = c.req.valid('json');
    await deleteAccount(c.var.services, ownRecord(c).actor, password, { ip: clientIp(c) });
    clearSessionCookie(c);
    return c.body(null, 204);
  });
