/** Logged walks: `/me/walks`. */
import { Hono } from 'hono';
import { changeWalk, deleteWalk, listWalks, logWalk } from '../../services/walks.service.js';
import { check, readBody } from '../body.js';
import type { AppEnv } from '../env.js';
import { newWalkBody, walkChangesBody, walkId } from '../schemas.js';
import { ownRecord } from './request.js';

export const walkRoutes = new Hono<AppEnv>()
  .post('/', async (c) => {
    const { id, ...log } = await readBody(c, newWalkBody);
    const { walk, created } = await logWalk(c.var.services, ownRecord(c), id, log);
    return c.json(walk, created ? 201 : 200);
  })
  .get('/', async (c) => c.json({ walks: await listWalks(c.var.services, ownRecord(c)) }))
  .patch('/:id', async (c) => {
    const id = check(walkId, c.req.param('id'));
    const changes = await readBody(c, walkChangesBody);
    return c.json(await changeWalk(c.var.services, ownRecord(c), id, changes));
  })
  .delete('/:id', async (c) => {
    await deleteWalk(c.var.services, ownRecord(c), check(walkId, c.req.param('id')));
    return c.body(null, 204);
  });
