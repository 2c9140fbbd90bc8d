// The server side of `npm run bench:api`, run as a child process (forked, with an IPC channel):
//
//   node bench/api-server.js bare   a bare Hono route, GET /bare → {"ok":true}: the ceiling
//   node bench/api-server.js app    the real app from the built package, on the database the
//                                   environment names (DATA_DIR for SQLite, DATABASE_URL for PostgreSQL)
//
// Both are served by the same @hono/node-server `serve()` on 127.0.0.1 and a free port, so the only
// difference between them is the work the app does. The child reports { ready, port } to its parent,
// and on { cmd: 'profile-start' } / { cmd: 'profile-stop', file } records a CPU profile of just the
// measured window. { cmd: 'stop' } (or the parent going away) closes everything and exits.
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { serve } from '@hono/node-server';
import {
  createApp,
  createLogger,
  createServiceContext,
  loadConfig,
  migrateToLatest,
  openDatabase,
} from '@wandelcoach/server';
import { Hono } from 'hono';

/**
 * @typedef {{ cmd: 'stop' } | { cmd: 'cpu' } | { cmd: 'profile-start' } | { cmd: 'profile-stop', file: string }} Command
 * @typedef {import('node:net').AddressInfo} AddressInfo
 */

const mode = process.argv[2];
if (mode !== 'bare' && mode !== 'app') {
  console.error('usage: node bench/api-server.js bare|app');
  process.exit(2);
}
if (!process.send) {
  console.error('bench/api-server.js is started by bench/api.bench.js, with an IPC channel');
  process.exit(2);
}
const send = process.send.bind(process);

/** @type {() => Promise<void>} */
let closeDatabase = () => Promise.resolve();
/** @type {Parameters<typeof serve>[0]['fetch']} */
let fetch;
if (mode === 'bare') {
  const bare = new Hono().get('/bare', (c) => c.json({ ok: true }));
  fetch = bare.fetch;
} else {
  const config = loadConfig();
  const db = openDatabase(config.database);
  await migrateToLatest(db);
  const logger = createLogger(config.logLevel);
  const app = createApp(createServiceContext(db, config, logger), { logger });
  fetch = app.fetch;
  closeDatabase = () => db.close();
}

// Requests still being answered: on stop, the database stays open until they are done. Both modes
// count, so the bare route pays the same (tiny) price.
let inFlight = 0;
/** @type {() => void} */
let drained = () => undefined;
/** @type {typeof fetch} */
const counted = async (request, env) => {
  inFlight++;
  try {
    return await fetch(request, env);
  } finally {
    if (--inFlight === 0) drained();
  }
};

/** @type {import('@hono/node-server').ServerType} */
const server = await new Promise((resolve) => {
  const started = serve({ fetch: counted, hostname: '127.0.0.1', port: 0 }, () => resolve(started));
});

const session = new Session();
session.connect();

async function stop() {
  await new Promise((resolve) => server.close(resolve));
  if (inFlight > 0) await new Promise((resolve) => (drained = () => resolve(undefined)));
  await closeDatabase();
  process.exit(0);
}

process.on('message', (/** @type {Command} */ message) => {
  if (message.cmd === 'stop') {
    void stop();
  } else if (message.cmd === 'cpu') {
    const { user, system } = process.cpuUsage();
    send({ cpu: user + system });
  } else if (message.cmd === 'profile-start') {
    void (async () => {
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 200 });
      await session.post('Profiler.start');
      send({ profiling: true });
    })();
  } else if (message.cmd === 'profile-stop') {
    void (async () => {
      const { profile } = await session.post('Profiler.stop');
      await writeFile(message.file, JSON.stringify(profile));
      send({ profiled: message.file });
    })();
  }
});
process.on('disconnect', () => void stop());

send({ ready: true, port: /** @type {AddressInfo} */ (server.address()).port });
