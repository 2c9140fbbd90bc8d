/** Logged walks: `/me/walks`. */
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { changeWalk, deleteWalk, listWalks, logWalk } from '../../services/walks.service.js';
import { walkSchema, walksAnswer } from '../responses.js';
import { newWalkBody, walkChangesBody, walkId } from '../schemas.js';
import { json, jsonBody, problems, router, SIGNED_IN } from './define.js';
import { ownRecord } from './request.js';

const params = z.strictObject({ id: walkId });

const logRoute = createRoute({
  method: 'post',
  path: '/',
  summary:
    'Log a walk with a client-made id (a retry of the same walk is answered 200; of a walk deleted since, 410)',
  security: SIGNED_IN,
  request: { body: jsonBody(newWalkBody) },
  responses: {
    201: json('Stored', walkSchema),
    200: json('Stored before: this is a retry', walkSchema),
    ...problems(400, 401, 403, 409, 410, 413, 415, 422),
  },
});

const listRoute = createRoute({
  method: 'get',
  path: '/',
  summary: 'All logged walks, by date',
  security: SIGNED_IN,
  responses: { 200: json('The walks', walksAnswer), ...problems(401) },
});

const changeRoute = createRoute({
  method: 'patch',
  path: '/{id}',
  summary: 'Change a walk, e.g. add next-morning pain (a walk deleted before is answered 410)',
  security: SIGNED_IN,
  request: { params, body: jsonBody(walkChangesBody) },
  responses: { 200: json('Changed', walkSchema), ...problems(400, 401, 403, 404, 410, 413, 415, 422) },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/{id}',
  summary: 'Delete a walk',
  security: SIGNED_IN,
  request: { params },
  responses: { 204: { description: 'Deleted' }, ...problems(401, 403, 404, 410, 422) },
});

export const walkRoutes = router()
  .openapi(logRoute, async (c) => {
    const { id, ...log } = c.req.valid('json');
    const { walk, created } = await logWalk(c.get('services'), ownRecord(c), id, log);
    return created ? c.json(walk, 201) : c.json(walk, 200);
  })
  .openapi(listRoute, async (c) => c.json({ walks: await listWalks(c.get('services'), ownRecord(c)) }, 200))
  .openapi(changeRoute, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await changeWalk(c.get('services'), ownRecord(c), id, c.req.valid('json')), 200);
  })
  .openapi(deleteRoute, async (c) => {
    await deleteWalk(c.get('services'), ownRecord(c), c.req.valid('param').id);
    return c.body(null, 204);
  });
