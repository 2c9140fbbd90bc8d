// A soak run: the built server, as `npm start` runs it, under a few minutes of mixed use on loopback,
// to see that it neither fails nor grows. Run with `npm run bench:soak` (it builds first);
// `-- --duration 180` (seconds), `--clients 24`, `--outsiders 4`, `--database sqlite|postgres`.
//
// Patients sign up, fill in the intake, and then, each in its own loop: open today, log walks, correct
// and delete some, look at progress and the plan, export their data, sign out and in again. Between
// them outsiders keep sending what an attacker would: sign-ups with made-up time zones (each one
// different), wrong passwords, unknown paths, requests without a session. Prints the requests, the
// answers by status, the errors (5xx and broken connections), p50 and p99, and the server's memory
// after a full garbage collection (soak-probe.js) after the warm-up, every 30 s and at the end.
// Figures are printed, never asserted; the process fails only when the server breaks (a 5xx or a
// dead socket).
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { addDays, todayIn } from './http-client.js';
import { createDatabase, findPostgresBin, startCluster } from './pg-cluster.js';

const { values: options } = parseArgs({
  options: {
    duration: { type: 'string', default: '180' },
    warmup: { type: 'string', default: '15' },
    clients: { type: 'string', default: '24' },
    outsiders: { type: 'string', default: '4' },
    database: { type: 'string', default: 'sqlite' },
  },
});
const DURATION_S = Number(options.duration);
const WARMUP_S = Number(options.warmup);
const CLIENTS = Number(options.clients);
const OUTSIDERS = Number(options.outsiders);
const DATABASE = options.database;
const SAMPLE_EVERY_MS = 30_000;
const SERVER_BIN = new URL('../packages/server/bin/wandelcoach-server.js', import.meta.url);
const PROBE = new URL('./soak-probe.js', import.meta.url);
const INTAKE = JSON.parse(
  await readFile(new URL('../examples/intake-back-pain.json', import.meta.url), 'utf8'),
);
const PASSWORD = 'een lange wandeling in de duinen';

/** @typedef {{ cookie?: string, csrfToken?: string, email: string, walkIds: string[] }} Patient */

// --- the server ---

/**
 * Starts the built server on a free loopback port; resolves once it says where it runs.
 * @param {Record<string, string>} env
 */
function startServer(env) {
  const child = spawn(process.execPath, ['--expose-gc', '--import', PROBE.href, SERVER_BIN.pathname], {
    env: { ...process.env, ...env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let said = '';
    child.once('exit', (code, signal) =>
      reject(new Error(`the server stopped (${signal ?? code})\n${said}`)),
    );
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      said += chunk;
      const url = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(said)?.[1];
      if (url !== undefined) resolve({ child, url });
    });
  });
}

/**
 * @typedef {{ rss: number, heapUsed: number, external: number, arrayBuffers: number }} Memory
 * @typedef {{ child: import('node:child_process').ChildProcess, url: string, memory: () => Promise<Memory> }} Server
 */

/**
 * Asks the server (through soak-probe.js) to collect its garbage and say what memory is left in use.
 * @param {import('node:child_process').ChildProcess} child
 * @returns {Promise<Memory>}
 */
function memoryOf(child) {
  return new Promise((resolve) => {
    let said = '';
    /** @param {string} chunk */
    const listen = (chunk) => {
      said += chunk;
      const line = /soak-memory (\{.*\})/.exec(said)?.[1];
      if (line === undefined) return;
      child.stdout?.off('data', listen);
      resolve(JSON.parse(line));
    };
    child.stdout?.on('data', listen);
    child.kill('SIGUSR2');
  });
}

/** @param {number} bytes */
function mib(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** @param {Memory} memory */
function describeMemory(memory) {
  return `heap ${mib(memory.heapUsed)}, outside the heap ${mib(memory.external)}, resident ${mib(memory.rss)}`;
}

// --- the clients ---

/** Every answer's status and time; a connection that broke counts as status 0. */
const latencies = /** @type {number[]} */ ([]);
const statuses = /** @type {Map<string, number>} */ (new Map());
/** @type {string[]} */
const failures = [];
let measuring = false;

/**
 * One request, timed and counted once the warm-up is over.
 * @param {string} base
 * @param {string} method
 * @param {string} path
 * @param {{ body?: unknown, raw?: string, patient?: Patient }} [init]
 */
async function send(base, method, path, init = {}) {
  /** @type {Record<string, string>} */
  const headers = {};
  if (init.body !== undefined || init.raw !== undefined) headers['content-type'] = 'application/json';
  if (init.patient?.cookie) headers['cookie'] = init.patient.cookie;
  if (init.patient?.csrfToken) headers['x-csrf-token'] = init.patient.csrfToken;
  const started = performance.now();
  let status = 0;
  let text = '';
  /** @type {Response | undefined} */
  let response;
  try {
    response = await fetch(`${base}${path}`, {
      method,
      headers,
      ...(init.body !== undefined && { body: JSON.stringify(init.body) }),
      ...(init.raw !== undefined && { body: init.raw }),
    });
    status = response.status;
    text = await response.text();
  } catch (error) {
    failures.push(`${method} ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (measuring) {
    latencies.push(performance.now() - started);
    const key = `${method} ${path.replace(/[0-9a-f-]{36}/g, ':id')} ${status}`;
    statuses.set(key, (statuses.get(key) ?? 0) + 1);
  }
  if (status >= 500) failures.push(`${method} ${path}: ${status} ${text.slice(0, 200)}`);
  return { status, response, json: text.startsWith('{') ? JSON.parse(text) : undefined };
}

/**
 * Signs the patient in (or up, the first time) and keeps the session.
 * @param {string} base
 * @param {Patient} patient
 * @param {'accounts' | 'session'} how
 */
async function enter(base, patient, how) {
  const path = how === 'accounts' ? '/api/v1/accounts' : '/api/v1/session';
  const answer = await send(base, 'POST', path, { body: { email: patient.email, password: PASSWORD } });
  const cookie = answer.response?.headers.getSetCookie()[0]?.split(';')[0];
  if (cookie !== undefined && answer.json?.csrfToken) {
    patient.cookie = cookie;
    patient.csrfToken = answer.json.csrfToken;
  }
}

/** @template T @param {readonly T[]} list @returns {T} */
function pick(list) {
  return /** @type {T} */ (list[Math.floor(Math.random() * list.length)]);
}

/**
 * A patient's day, over and over until `until`: mostly reading and logging, now and then the rest.
 * @param {string} base
 * @param {number} until
 */
async function patientLoop(base, until) {
  /** @type {Patient} */
  const patient = { email: `soak-${randomUUID()}@example.org`, walkIds: [] };
  await enter(base, patient, 'accounts');
  const today = todayIn(new Date());
  await send(base, 'PUT', '/api/v1/me/intake', {
    body: { ...INTAKE, startDate: addDays(today, -14) },
    patient,
  });
  const actions = [
    ...Array(4).fill('today'),
    ...Array(3).fill('walk'),
    'correct',
    'progress',
    'plan',
    'list',
    'delete',
    'export',
    'again',
  ];
  while (performance.now() < until) {
    switch (pick(actions)) {
      case 'today':
        await send(base, 'GET', '/api/v1/me/today', { patient });
        break;
      case 'walk': {
        const id = randomUUID();
        const date = addDays(today, -Math.floor(Math.random() * 14));
        const body = {
          id,
          date,
          kind: 'forward',
          minutes: 5 + Math.floor(Math.random() * 20),
          painDuring: 3,
        };
        if ((await send(base, 'POST', '/api/v1/me/walks', { body, patient })).status === 201)
          patient.walkIds.push(id);
        break;
      }
      case 'correct':
        if (patient.walkIds.length > 0) {
          const body = { painNextMorning: Math.floor(Math.random() * 6) };
          await send(base, 'PATCH', `/api/v1/me/walks/${pick(patient.walkIds)}`, { body, patient });
        }
        break;
      case 'progress':
        await send(base, 'GET', '/api/v1/me/progress', { patient });
        break;
      case 'plan':
        await send(base, 'GET', '/api/v1/me/plan', { patient });
        break;
      case 'list':
        await send(base, 'GET', '/api/v1/me/walks', { patient });
        break;
      case 'delete': {
        const id = patient.walkIds.shift();
        if (id !== undefined) await send(base, 'DELETE', `/api/v1/me/walks/${id}`, { patient });
        break;
      }
      case 'export':
        await send(base, 'GET', '/api/v1/me/export?format=csv', { patient });
        break;
      case 'again':
        await send(base, 'DELETE', '/api/v1/session', { patient });
        await enter(base, patient, 'session');
        break;
    }
  }
}

/**
 * What an attacker sends, without an account: nothing of it may stick in the server's memory.
 * @param {string} base
 * @param {number} until
 * @param {number} index which outsider, so no two send the same
 */
async function outsiderLoop(base, until, index) {
  let n = index * 1_000_000_000;
  while (performance.now() < until) {
    n++;
    switch (n % 4) {
      case 0:
        // A new time zone every time, with a password too short: refused after validation.
        await send(base, 'POST', '/api/v1/accounts', {
          body: { email: `x${n}@example.org`, password: 'kort', timeZone: `Europe/Nowhere${randomUUID()}` },
        });
        break;
      case 1:
        await send(base, 'POST', '/api/v1/session', {
          body: { email: `nobody-${n}@example.org`, password: 'raden' },
        });
        break;
      case 2:
        await send(base, 'GET', `/api/v1/${randomUUID()}`);
        break;
      default:
        await send(base, 'PUT', '/api/v1/me/intake', { raw: '{"age": 5' });
    }
  }
}

// --- the run ---

/** @param {number[]} sorted @param {number} share */
function percentile(sorted, share) {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? NaN;
}

async function main() {
  const dataDir = await mkdtemp(join(tmpdir(), 'wandelcoach-soak-'));
  /** @type {{ url: string, stop: () => Promise<void> } | undefined} */
  let cluster;
  /** @type {Record<string, string>} */
  const env = {
    DATA_DIR: dataDir,
    SIGN_UP_LIMIT_PER_IP: '100000',
    SIGN_UP_LIMIT_PER_ACCOUNT: '100000',
    SIGN_IN_LIMIT_PER_IP: '100000',
    SIGN_IN_LIMIT_PER_ACCOUNT: '100000',
    SIGN_IN_LIMIT_PER_ACCOUNT_AND_IP: '100000',
  };
  if (DATABASE === 'postgres') {
    const found = findPostgresBin();
    if (!found.ok) throw new Error(`--database postgres: ${found.why}`);
    cluster = await startCluster(found.bin);
    env['DATABASE_URL'] = await createDatabase(cluster.url, 'wandelcoach_soak');
  } else if (DATABASE !== 'sqlite') {
    throw new Error('--database must be sqlite or postgres');
  }
  const { child, url } = /** @type {{ child: import('node:child_process').ChildProcess, url: string }} */ (
    await startServer(env)
  );
  console.log(
    `Soak: ${DURATION_S} s (after ${WARMUP_S} s warm-up), ${CLIENTS} patients and ${OUTSIDERS} outsiders, ${DATABASE}, ${url}`,
  );
  try {
    const start = performance.now();
    const until = start + (WARMUP_S + DURATION_S) * 1000;
    const loops = [
      ...Array.from({ length: CLIENTS }, () => patientLoop(url, until)),
      ...Array.from({ length: OUTSIDERS }, (_, index) => outsiderLoop(url, until, index)),
    ];
    await new Promise((resolve) => setTimeout(resolve, WARMUP_S * 1000));
    measuring = true;
    // Each figure after a full garbage collection: what the server keeps, not what it has yet to free.
    const first = await memoryOf(child);
    console.log(`  after warm-up: ${describeMemory(first)}`);
    const sampler = setInterval(() => {
      void memoryOf(child).then((memory) => {
        const seconds = Math.round((performance.now() - start) / 1000 - WARMUP_S);
        console.log(
          `  ${String(seconds).padStart(4)} s: ${describeMemory(memory)}, ${latencies.length} requests`,
        );
      });
    }, SAMPLE_EVERY_MS);
    await Promise.all(loops);
    clearInterval(sampler);
    const seconds = (performance.now() - start) / 1000 - WARMUP_S;
    const end = await memoryOf(child);

    const sorted = [...latencies].sort((a, b) => a - b);
    const errors = [...statuses]
      .filter(([key]) => / (0|5\d\d)$/.test(key))
      .reduce((sum, [, n]) => sum + n, 0);
    console.log('');
    console.log(`requests: ${sorted.length} (${(sorted.length / seconds).toFixed(0)}/s)`);
    console.log(`errors (5xx or broken connection): ${errors}`);
    console.log(
      `latency: p50 ${percentile(sorted, 0.5).toFixed(1)} ms, p99 ${percentile(sorted, 0.99).toFixed(1)} ms`,
    );
    const growth = end.heapUsed - first.heapUsed;
    console.log(`server memory after warm-up: ${describeMemory(first)}`);
    console.log(`server memory at the end:    ${describeMemory(end)}`);
    console.log(
      `heap growth: ${growth >= 0 ? '+' : ''}${mib(growth)} (${((growth / first.heapUsed) * 100).toFixed(1)}%) over ${sorted.length} requests`,
    );
    console.log('answers:');
    for (const [key, n] of [...statuses].sort(([a], [b]) => a.localeCompare(b))) {
      console.log(`  ${key.padEnd(40)} ${n}`);
    }
    if (failures.length > 0) {
      console.log(`\nFAILED: ${failures.length} broken answers, the first ones:`);
      for (const failure of failures.slice(0, 10)) console.log(`  ${failure}`);
      process.exitCode = 1;
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    await cluster?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
