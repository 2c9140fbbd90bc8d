/** `/me/access-log`: who reached my record, newest first, in stable codes the app puts into words. */
import { createRoute } from '@hono/zod-openapi';
import { readAccessLog } from '../../services/access-log.service.js';
import { accessLogAnswer, accessLogQuery, encodeCursor } from '../care-team-schemas.js';
import { json, problems, router, SIGNED_IN } from './define.js';

const readRoute = createRoute({
  method: 'get',
  path: '/',
  summary: 'Who looked at or changed my record, for which practice, when (NEN 7513)',
  security: SIGNED_IN,
  request: { query: accessLogQuery },
  responses: { 200: json('A page of the access log', accessLogAnswer), ...problems(401, 422) },
});

export const accessLogRoutes = router().openapi(readRoute, async (c) => {
  const page = await readAccessLog(c.var.services, c.var.account, c.req.valid('query'));
  return c.json({ entries: page.entries, next: encodeCursor(page.next) }, 200);
});
