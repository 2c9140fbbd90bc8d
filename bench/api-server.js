// The server side of `npm run bench:api`, run as a child process (forked, with an IPC channel):
//
//   node bench/api-server.js bare   a bare Hono route, GET /bare → {"ok":true}: the ceiling
//   node bench/api-server.js app    the real app from the built package, on the database the
//                                   environment names (DATA_DIR for SQLite, DATABASE_URL for PostgreSQL)
//
// In app mode, { cmd: 'seed-practice', patients, intake } writes a practice straight into the database
// (far quicker than 200 sign-ups with argon2): a clinician whose session has proven the second factor
// and acts for it, and linked patients with four weeks of walks, some with falls; then the flags and
// weekly minutes are kept as housekeeping keeps them. It answers { practice: { cookie } }.
//
// Both are served by the same @hono/node-server `serve()` on 127.0.0.1 and a free port, so the only
// difference between them is the work the app does. The child reports { ready, port } to its parent,
// and on { cmd: 'profile-start' } / { cmd: 'profile-stop', file } records a CPU profile of just the
// measured window. { cmd: 'stop' } (or the parent going away) closes everything and exits.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
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
  refreshAllFlags,
} from '@wandelcoach/server';
import { Hono } from 'hono';

/**
 * @typedef {{ cmd: 'stop' } | { cmd: 'cpu' } | { cmd: 'profile-start' } | { cmd: 'profile-stop', file: string } | { cmd: 'seed-practice', patients: number, intake: Record<string, unknown> }} Command
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
/** @type {((patients: number, intake: Record<string, unknown>) => Promise<{ cookie: string }>) | undefined} */
let seedPractice;
if (mode === 'bare') {
  const bare = new Hono().get('/bare', (c) => c.json({ ok: true }));
  fetch = bare.fetch;
} else {
  const config = loadConfig();
  const db = openDatabase(config.database);
  await migrateToLatest(db);
  const logger = createLogger(config.logLevel);
  const context = createServiceContext(db, config, logger);
  const app = createApp(context, { logger });
  fetch = app.fetch;
  seedPractice = async (patients, intake) => {
    const cookie = await writePractice(db, patients, intake);
    await refreshAllFlags(context);
    return { cookie };
  };
  closeDatabase = () => db.close();
}

/**
 * A practice, its clinician's signed-in session (second factor proven, acting for it) and `patients`
 * linked patients with an intake four weeks old and two walks a day since; every tenth fell once.
 * @param {import('@wandelcoach/server').Db} db
 * @param {number} patients
 * @param {Record<string, unknown>} intake
 * @returns {Promise<string>} the clinician's session cookie
 */
async function writePractice(db, patients, intake) {
  const k = /** @type {import('kysely').Kysely<any>} */ (db.kysely);
  const bool = (/** @type {boolean} */ value) => (db.dialect === 'postgres' ? value : value ? 1 : 0);
  const now = new Date();
  const at = now.toISOString();
  const zone = 'Europe/Amsterdam';
  const day = (/** @type {number} */ back) =>
    new Date(now.getTime() - back * 86_400_000).toLocaleDateString('sv-SE', { timeZone: zone });
  /** @param {string} id @param {string} role @param {string | null} name */
  const account = (id, role, name) => ({
    id,
    email: `${id}@bench.example.nl`,
    password_hash: 'signs-in-never',
    role,
    locale: 'nl',
    time_zone: zone,
    created_at: at,
    updated_at: at,
    email_confirmed_at: at,
    display_name: name,
  });
  const practiceId = randomUUID();
  const clinicianId = randomUUID();
  await k
    .insertInto('practices')
    .values({ id: practiceId, name: 'Praktijk Bench', created_at: at })
    .execute();
  await k
    .insertInto('accounts')
    .values(account(clinicianId, 'clinician', 'Fysio Bench'))
    .execute();
  await k
    .insertInto('practice_members')
    .values({
      practice_id: practiceId,
      account_id: clinicianId,
      is_admin: bool(true),
      is_clinician: bool(true),
      created_at: at,
    })
    .execute();
  const token = randomBytes(32).toString('base64url');
  await k
    .insertInto('sessions')
    .values({
      token_hash: createHash('sha256').update(token).digest('hex'),
      account_id: clinicianId,
      csrf_token: randomBytes(32).toString('base64url'),
      created_at: at,
      expires_at: new Date(now.getTime() + 7 * 86_400_000).toISOString(),
      second_factor_at: at,
      acting_practice_id: practiceId,
    })
    .execute();
  for (let n = 0; n < patients; n++) {
    const id = randomUUID();
    await k
      .insertInto('accounts')
      .values(account(id, 'patient', null))
      .execute();
    await k
      .insertInto('intakes')
      .values({ account_id: id, intake: JSON.stringify({ ...intake, startDate: day(28) }), updated_at: at })
      .execute();
    const walks = [];
    for (let back = 28; back >= 1; back--) {
      for (const partOfDay of [0, 1]) {
        walks.push({
          account_id: id,
          id: randomUUID(),
          date: day(back),
          kind: 'forward',
          minutes: 8 + ((n + back) % 5),
          pain_during: 2 + ((n + back + partOfDay) % 4),
          pain_next_morning: null,
          dizziness: bool(false),
          fall: bool(n % 10 === 0 && back === 3 && partOfDay === 0),
          new_symptoms: '[]',
          request_hash: randomUUID(),
          created_at: at,
          updated_at: at,
          supervised_by: null,
        });
      }
    }
    await k.insertInto('walks').values(walks).execute();
    await k
      .insertInto('care_links')
      .values({
        id: randomUUID(),
        account_id: id,
        practice_id: practiceId,
        clinician_id: clinicianId,
        patient_name: `Patiënt ${n + 1}`,
        invite_code: `BENCH-${n}`,
        consent_version: 'care-team-2',
        consented_at: at,
      })
      .execute();
  }
  const sessionCookie =
    process.env['SECURE_COOKIES'] === 'true' ? '__Host-wandelcoach_session' : 'wandelcoach_session';
  return `${sessionCookie}=${token}`;
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
  if (message.cmd === 'seed-practice') {
    if (!seedPractice) throw new Error('seed-practice needs the app mode');
    void seedPractice(message.patients, message.intake).then((practice) => send({ practice }));
  } else if (message.cmd === 'stop') {
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
