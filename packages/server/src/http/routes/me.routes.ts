/** The signed-in person's own record: password, intake, plan, today, progress, export, deletion. */
import { Hono } from 'hono';
import { changePassword, deleteAccount } from '../../services/accounts.service.js';
import { exportData, walksToCsv } from '../../services/export.service.js';
import { getIntake, getPlan, getToday, putIntake } from '../../services/plan.service.js';
import { getProgress } from '../../services/progress.service.js';
import { check, readBody, readJson } from '../body.js';
import { clientIp } from '../client-ip.js';
import type { AppEnv } from '../env.js';
import { clearSessionCookie } from '../middleware/session.js';
import { changePasswordBody, deleteAccountBody, exportQuery } from '../schemas.js';
import { ownRecord } from './request.js';

export const meRoutes = new Hono<AppEnv>()
  .put('/password', async (c) => {
    const input = await readBody(c, changePasswordBody);
    await changePassword(c.var.services, ownRecord(c).actor, c.var.sessionToken, input, { ip: clientIp(c) });
    return c.body(null, 204);
  })
  .put('/intake', async (c) => {
    // The engine checks the intake itself, so the API and the command line accept exactly the same.
    const output = await putIntake(c.var.services, ownRecord(c), await readJson(c));
    return c.json(output);
  })
  .get('/intake', async (c) => c.json(await getIntake(c.var.services, ownRecord(c))))
  .get('/plan', async (c) => c.json(await getPlan(c.var.services, ownRecord(c))))
  .get('/today', async (c) => c.json(await getToday(c.var.services, ownRecord(c))))
  .get('/progress', async (c) => c.json(await getProgress(c.var.services, ownRecord(c))))
  .get('/export', async (c) => {
    const { format } = check(exportQuery, c.req.query());
    const data = await exportData(c.var.services, ownRecord(c), format);
    const day = data.exportedAt.slice(0, 10);
    if (format === 'csv') {
      return c.body(walksToCsv(data.walks), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="wandelcoach-walks-${day}.csv"`,
      });
    }
    c.header('Content-Disposition', `attachment; filename="wandelcoach-export-${day}.json"`);
    return c.json(data);
  })
  .delete('/', async (c) => {
    const { password } = await readBody(c, deleteAccountBody);
    await deleteAccount(c.var.services, ownRecord(c).actor, password);
    clearSessionCookie(c);
    return c.body(null, 204);
  });
