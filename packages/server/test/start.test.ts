import { createServer } from 'node:net';
import { afterAll, expect, it } from 'vitest';
import { linkIn, startLoopbackMailbox } from '../../../scripts/loopback-mailbox.js';
import { loadConfig } from '../src/config.js';
import { startServer } from '../src/start.js';
import { freshDatabase, type FreshDatabase } from './support/test-server.js';

const cleanUps: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanUp of cleanUps) await cleanUp();
});

it('starts on a free port, answers /healthz, and stops', async () => {
  const fresh: FreshDatabase = await freshDatabase('sqlite');
  cleanUps.push(() => fresh.remove());
  const running = await startServer({ ...loadConfig({}), port: 0, database: fresh.settings });
  expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  const response = await fetch(`${running.url}/healthz`);
  expect(await response.json()).toEqual({ status: 'ok', database: 'reachable', dialect: 'sqlite' });
  await running.close();
});

it('rejects a port that is already taken, instead of crashing', async () => {
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  cleanUps.push(
    () =>
      new Promise((resolve) =>
        blocker.close(() => {
          resolve();
        }),
      ),
  );
  const address = blocker.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  const fresh = await freshDatabase('sqlite');
  cleanUps.push(() => fresh.remove());
  await expect(
    startServer({ ...loadConfig({}), port: address.port, database: fresh.settings }),
  ).rejects.toThrow(/EADDRINUSE/);
});

it('points the links in its mails at the address it listens on when PUBLIC_URL is not set', async () => {
  const mailbox = await startLoopbackMailbox();
  cleanUps.push(() => mailbox.close());
  const fresh = await freshDatabase('sqlite');
  cleanUps.push(() => fresh.remove());
  const running = await startServer({
    ...loadConfig({ SMTP_URL: mailbox.url, MAIL_FROM: 'noreply@example.nl', LOG_LEVEL: 'warn' }),
    port: 0,
    database: fresh.settings,
  });
  const email = 'start.test@example.nl';
  const signUp = await fetch(`${running.url}/api/v1/accounts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'een zin om mee te beginnen' }),
  });
  expect(signUp.status).toBe(202);
  // Stopping waits for the mail under way.
  await running.close();
  const mail = mailbox.received.find((received) => received.to.includes(email));
  if (mail === undefined) throw new Error('no mail arrived before the server stopped');
  expect(linkIn(mail, '/confirm-email').origin).toBe(running.url);
});
