import { createServer } from 'node:net';
import { afterAll, expect, it } from 'vitest';
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
