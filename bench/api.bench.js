// Requests per second and latency of the HTTP API, against a bare Hono route served the same way.
// Run with `npm run bench:api` (it builds first); `-- --profile` also records where the server's time
// goes, `-- --only sqlite|postgres`, `--duration 5`, `--connections 50` change what is run.
//
// The server runs in a child process (bench/api-server.js) and autocannon in this one, so on a
// two-core machine each gets a core. For each database: the bare route (the ceiling), then the real
// app with one patient signed up, an intake started four weeks ago and four weeks of walks logged,
// measured on GET /api/v1/me/today and POST /api/v1/me/walks (a new walk id per request).
// Prints figures and whether they meet the aim; a miss never fails the process, broken requests do.
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { formatSummary, readProfile, summarise } from './cpu-profile.js';
import { addDays, call, signUp, todayIn } from './http-client.js';
import { createDatabase, findPostgresBin, startCluster } from './pg-cluster.js';

/**
 * @typedef {import('@wandelcoach/engine').PlanOutput} PlanOutput
 * @typedef {{ sessions: unknown[], walked: unknown[], week: number | null, date: string }} Today
 * @typedef {{ rps: number, p50: number, p99: number, total: number, bad: number, statuses: string, cpuPerRequest: number }} Figures
 * @typedef {{ database: string, route: string, figures: Figures, bare?: Figures, aim?: Aim }} Row
 * @typedef {{ label: string, minShare: number }} Aim
 * @typedef {{ port: number, send: (message: object) => void, next: (key: string) => Promise<object>, stop: () => Promise<void> }} Child
 */

const { values: options } = parseArgs({
  options: {
    duration: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '1' },
    connections: { type: 'string', default: '50' },
    only: { type: 'string' },
    profile: { type: 'boolean', default: false },
  },
});
const DURATION = Number(options.duration);
const WARMUP = Number(options.warmup);
const CONNECTIONS = Number(options.connections);
const PROFILE = options.profile;
const P99_LIMIT_MS = 25;
const SERVER_SCRIPT = new URL('./api-server.js', import.meta.url);
const INTAKE_FILE = new URL('../examples/intake-combined.json', import.meta.url);
const AIMS = {
  today: { label: `>= 50% of bare, p99 < ${P99_LIMIT_MS} ms`, minShare: 0.5 },
  walks: { label: `>= 30% of bare, p99 < ${P99_LIMIT_MS} ms`, minShare: 0.3 },
};
/** CPU profile summaries, printed after the table. @type {string[]} */
const profiles = [];
/** Rate limits out of the way: the benchmark signs up once per database, but from one address. */
const LIMITS = {
  SIGN_UP_LIMIT_PER_IP: '100000',
  SIGN_IN_LIMIT_PER_IP: '100000',
  SIGN_IN_LIMIT_PER_ACCOUNT: '100000',
};

// --- the server child ---

/**
 * Forks bench/api-server.js and waits until it listens.
 * @param {'bare' | 'app'} mode
 * @param {Record<string, string>} env
 * @returns {Promise<Child>}
 */
async function startChild(mode, env) {
  const child = fork(SERVER_SCRIPT, [mode], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  /** @type {Array<{ key: string, resolve: (message: object) => void, reject: (error: Error) => void }>} */
  let waiting = [];
  /** @type {Error | undefined} */
  let died;
  child.on('message', (message) => {
    if (typeof message !== 'object' || message === null) return;
    const index = waiting.findIndex((entry) => entry.key in message);
    if (index >= 0) waiting.splice(index, 1)[0]?.resolve(message);
  });
  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      died = new Error(`the ${mode} server exited (${signal ?? `exit code ${code}`})`);
      for (const entry of waiting) entry.reject(died);
      waiting = [];
      resolve(undefined);
    });
  });
  /**
   * The next message from the child that has this key.
   * @param {string} key
   * @returns {Promise<object>}
   */
  const next = (key) =>
    new Promise((resolve, reject) => {
      if (died) reject(died);
      else waiting.push({ key, resolve, reject });
    });
  const ready = /** @type {{ port: number }} */ (await next('ready'));
  return {
    port: ready.port,
    send: (message) => child.send(message),
    next,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.send({ cmd: 'stop' });
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}

/**
 * @template T
 * @param {'bare' | 'app'} mode
 * @param {Record<string, string>} env
 * @param {(child: Child) => Promise<T>} work
 * @returns {Promise<T>}
 */
async function withChild(mode, env, work) {
  const child = await startChild(mode, env);
  try {
    return await work(child);
  } finally {
    await child.stop();
  }
}

// --- measuring ---

/**
 * @typedef {object} Target
 * @property {string} url
 * @property {string} [method]
 * @property {Record<string, string>} [headers]
 * @property {() => string} [body] a fresh body for every request
 */

/**
 * @param {Target} target
 * @param {number} duration
 * @returns {Promise<Figures>}
 */
async function cannon(target, duration) {
  const { url, method = 'GET', headers = {}, body } = target;
  const path = new URL(url).pathname;
  /** @type {import('autocannon').Request} */
  const request = { method, path, headers };
  if (body) request.setupRequest = (req) => ({ ...req, body: body() });
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration,
    requests: [request],
  });
  const statuses = Object.entries(result.statusCodeStats ?? {})
    .map(([code, stats]) => `${code}×${stats.count}`)
    .join(' ');
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    bad: result.non2xx + result.errors + result.timeouts,
    statuses,
    cpuPerRequest: 0,
  };
}

/**
 * CPU time (user + system, µs) the server process has used so far.
 * @param {Child} child
 */
async function serverCpu(child) {
  child.send({ cmd: 'cpu' });
  return /** @type {{ cpu: number }} */ (await child.next('cpu')).cpu;
}

/**
 * Warm-up, then the measured run; with --profile, the child records a CPU profile of the measured run.
 * @param {string} name
 * @param {Target} target
 * @param {Child} child
 * @returns {Promise<Figures>}
 */
async function measure(name, target, child) {
  process.stdout.write(`  ${name}: warming up ${WARMUP} s, measuring ${DURATION} s... `);
  await cannon(target, WARMUP);
  let profileFile;
  if (PROFILE) {
    profileFile = join(tmpdir(), `wandelcoach-${name.replace(/[^a-z0-9]+/gi, '-')}-${Date.now()}.cpuprofile`);
    child.send({ cmd: 'profile-start' });
    await child.next('profiling');
  }
  const cpuBefore = await serverCpu(child);
  const figures = await cannon(target, DURATION);
  figures.cpuPerRequest = ((await serverCpu(child)) - cpuBefore) / Math.max(1, figures.total);
  console.log(
    `${Math.round(figures.rps)} req/s, ${Math.round(figures.cpuPerRequest)} µs server CPU a request`,
  );
  if (figures.bad > 0) {
    console.log(`  !! ${figures.bad} of ${figures.total} requests failed (${figures.statuses})`);
  }
  if (profileFile) {
    child.send({ cmd: 'profile-stop', file: profileFile });
    await child.next('profiled');
    profiles.push(
      `${formatSummary(name, summarise(await readProfile(profileFile)))}\n  (profile: ${profileFile})`,
    );
  }
  return figures;
}

// --- a patient with four weeks of history ---

/**
 * Signs up, starts an intake about four weeks back (on a day that puts walks on today), and logs the
 * planned walks of every day before today, skipping a few and with believable pain scores.
 * @param {string} base
 */
async function seedPatient(base) {
  const session = await signUp(base);

  const intake = JSON.parse(await readFile(INTAKE_FILE, 'utf8'));
  const today = todayIn(new Date());
  /** @type {PlanOutput | undefined} */
  let plan;
  for (const back of [28, 27, 29, 26, 30, 25, 31]) {
    const put = await call(base, 'PUT', '/api/v1/me/intake', {
      session,
      body: { ...intake, startDate: addDays(today, -back) },
    });
    plan = /** @type {PlanOutput} */ (put.json);
    const days = plan.plan?.weeks.flatMap((week) => week.days) ?? [];
    if ((days.find((day) => day.date === today)?.sessions.length ?? 0) > 0) break;
  }
  if (!plan?.plan) throw new Error('the example intake got no plan');

  let n = 0;
  let logged = 0;
  for (const day of plan.plan.weeks.flatMap((week) => week.days)) {
    if (day.date >= today) continue;
    for (const planned of day.sessions) {
      n++;
      if (n % 7 === 3) continue; // a missed walk
      await call(base, 'POST', '/api/v1/me/walks', {
        session,
        body: {
          id: randomUUID(),
          date: day.date,
          kind: planned.kind,
          minutes: n % 5 === 0 ? Math.max(1, planned.minutes - 2) : planned.minutes,
          painDuring: 2 + (n % 3),
          painNextMorning: n % 4 === 0 ? null : 2 + (n % 2),
          dizziness: false,
          fall: false,
          newSymptoms: [],
        },
      });
      logged++;
    }
  }
  const todayNow = /** @type {Today} */ ((await call(base, 'GET', '/api/v1/me/today', { session })).json);
  console.log(
    `  seeded: 1 patient, plan from ${plan.plan.startDate}, ${logged} walks logged; today ${today} (week ${todayNow.week}) has ${todayNow.sessions.length} session(s)`,
  );
  if (todayNow.sessions.length === 0)
    console.log('  !! today has no sessions: GET /me/today measures a rest day');
  return { session, today };
}

// --- one database ---

/**
 * @param {string} database
 * @param {Record<string, string>} env
 * @returns {Promise<Row[]>}
 */
async function benchDatabase(database, env) {
  console.log(`\n${database}`);
  const bare = await withChild('bare', {}, (child) =>
    measure(`${database} bare`, { url: `http://127.0.0.1:${child.port}/bare` }, child),
  );
  const rows = await withChild('app', { ...LIMITS, ...env }, async (child) => {
    const base = `http://127.0.0.1:${child.port}`;
    const { session, today } = await seedPatient(base);
    const headers = { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
    const todayFigures = await measure(
      `${database} GET today`,
      { url: `${base}/api/v1/me/today`, headers },
      child,
    );
    const walkFigures = await measure(
      `${database} POST walks`,
      {
        url: `${base}/api/v1/me/walks`,
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: () =>
          JSON.stringify({
            id: randomUUID(),
            date: today,
            kind: 'forward',
            minutes: 15,
            painDuring: 2,
            painNextMorning: null,
            dizziness: false,
            fall: false,
            newSymptoms: [],
          }),
      },
      child,
    );
    return [
      { database, route: 'GET /api/v1/me/today', figures: todayFigures, bare, aim: AIMS.today },
      { database, route: 'POST /api/v1/me/walks', figures: walkFigures, bare, aim: AIMS.walks },
    ];
  });
  return [{ database, route: 'GET /bare (ceiling)', figures: bare }, ...rows];
}

async function benchSqlite() {
  const dir = await mkdtemp(join(tmpdir(), 'wandelcoach-bench-sqlite-'));
  try {
    return await benchDatabase('SQLite', { DATA_DIR: dir, DATABASE_URL: '' });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** @returns {Promise<{ rows: Row[] } | { skipped: string }>} */
async function benchPostgres() {
  const found = findPostgresBin();
  if (!found.ok) {
    console.log(`\n!!!!! PostgreSQL half SKIPPED: ${found.why}`);
    return { skipped: found.why };
  }
  let cluster;
  try {
    cluster = await startCluster(found.bin);
  } catch (error) {
    const why = `the throwaway cluster did not start: ${error instanceof Error ? error.message : String(error)}`;
    console.log(`\n!!!!! PostgreSQL half SKIPPED: ${why}`);
    return { skipped: why };
  }
  try {
    const url = await createDatabase(cluster.url, 'wandelcoach_bench');
    const pool = process.env['DATABASE_POOL_SIZE'] || '10';
    return {
      rows: await benchDatabase(`PostgreSQL (${found.bin.split('/').at(-2)}, pool ${pool})`, {
        DATABASE_URL: url,
        DATABASE_POOL_SIZE: pool,
      }),
    };
  } finally {
    await cluster.stop();
  }
}

// --- report ---

/** @param {Row} row */
function verdict(row) {
  if (!row.aim || !row.bare) return '';
  const share = row.figures.rps / row.bare.rps;
  const pass = share >= row.aim.minShare && row.figures.p99 < P99_LIMIT_MS && row.figures.bad === 0;
  return pass ? 'PASS' : 'MISS';
}

/** @param {Row[]} rows */
function table(rows) {
  const header = ['Database', 'Route', 'req/s', 'p50 ms', 'p99 ms', 'CPU µs/req', 'req/s of bare', 'Aim', ''];
  const body = rows.map((row) => {
    const { figures, bare } = row;
    return [
      row.database,
      row.route,
      Math.round(figures.rps).toLocaleString('en'),
      figures.p50.toFixed(1),
      figures.p99.toFixed(1),
      Math.round(figures.cpuPerRequest).toLocaleString('en'),
      bare ? `${((figures.rps / bare.rps) * 100).toFixed(1)}%` : '100%',
      row.aim?.label ?? '(ceiling)',
      verdict(row) + (figures.bad > 0 ? ` (${figures.bad} failed)` : ''),
    ];
  });
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((cells) => (cells[i] ?? '').length)));
  const numeric = new Set([2, 3, 4, 5, 6]);
  /** @param {string[]} cells */
  const line = (cells) =>
    cells
      .map((cell, i) => (numeric.has(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

const started = performance.now();
const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log('Wandelcoach API benchmark');
console.log(
  `Node ${process.version}, ${cpus().length} cores (${cpu}); autocannon: ${CONNECTIONS} connections, ${WARMUP} s warm-up + ${DURATION} s per route, loopback`,
);
if (PROFILE) console.log('Profiling the server: figures are lower than without --profile.');
const [load = 0] = loadavg();
if (load > 0.5) {
  console.log(
    `!! Load average ${load.toFixed(1)} before starting: other work on this machine competes for its ${cpus().length} cores, so req/s and latency will be low and noisy (CPU µs/req is steadier).`,
  );
}

/** @type {Row[]} */
const rows = [];
/** @type {string | undefined} */
let postgresSkipped;
if (options.only !== 'postgres') rows.push(...(await benchSqlite()));
if (options.only !== 'sqlite') {
  const result = await benchPostgres();
  if ('rows' in result) rows.push(...result.rows);
  else postgresSkipped = result.skipped;
}

console.log(`\nResults (${((performance.now() - started) / 1000).toFixed(0)} s in all)\n`);
console.log(table(rows));
console.log(
  `\nAim: GET /me/today >= 50% and POST /me/walks >= 30% of the bare route's req/s, p99 under ${P99_LIMIT_MS} ms at ${CONNECTIONS} connections. A MISS is reported, not failed.`,
);
console.log(
  "CPU µs/req: user + system CPU time of the server's Node process over the measured run, divided by the requests answered (PostgreSQL's own processes are not counted).",
);
if (postgresSkipped) {
  console.log(`\n!!!!! PostgreSQL half SKIPPED: ${postgresSkipped}`);
}
for (const profile of profiles) console.log(`\n${profile}`);
if (rows.some((row) => row.figures.bad > 0)) {
  console.log('\n!! Some requests failed, so those figures do not measure the route; see above.');
  process.exitCode = 1;
}
