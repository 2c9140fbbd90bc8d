/** Sign up, sign in, sign out: `/accounts` and `/session`. */
import { Hono } from 'hono';
import { signIn, signOut, signUp } from '../../services/accounts.service.js';
import { readBody } from '../body.js';
import { clientIp } from '../client-ip.js';
import type { AppEnv } from '../env.js';
import { requireCsrfToken } from '../middleware/csrf.js';
import { clearSessionCookie, requireSession, setSessionCookie } from '../middleware/session.js';
import { signInBody, signUpBody } from '../schemas.js';

export const accountRoutes = new Hono<AppEnv>()
  .post('/accounts', async (c) => {
    const input = await readBody(c, signUpBody);
    const { account, session } = await signUp(c.var.services, input, { ip: clientIp(c) });
    setSessionCookie(c, session);
    return c.json({ account, csrfToken: session.csrfToken }, 201);
  })
  .post('/session', async (c) => {
    const input = await readBody(c, signInBody);
    const { account, session } = await signIn(c.var.services, input, { ip: clientIp(c) });
    setSessionCookie(c, session);
    return c.json({ account, csrfToken: session.csrfToken });
  })
  .get('/session', requireSession, (c) => c.json({ account: c.var.account, csrfToken: c.var.csrfToken }))
  .delete('/session', requireSession, requireCsrfToken, async (c) => {
    await signOut(c.var.services, c.var.sessionToken);
    clearSessionCookie(c);
    return c.body(null, 204);
  });
