import type { Context } from 'hono';
import type { PlanRequest } from '../../services/plan.service.js';
import { clientIp } from '../client-ip.js';
import type { AppEnv } from '../env.js';

/** A request about the signed-in person's own record (the `/me` routes). */
export function ownRecord(c: Context<AppEnv>): PlanRequest {
  // c.get, not c.var: Hono builds a new object for every c.var, and this runs on every request.
  const account = c.get('account');
  return {
    actor: { id: account.id, practiceId: null },
    subjectId: account.id,
    timeZone: account.timeZone,
    meta: { ip: clientIp(c) },
  };
}
