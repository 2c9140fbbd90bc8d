// Requests per second and latency of the HTTP API, against a bare Hono route served the same way.
// Run with `npm run bench:api` (it builds first); `-- --profile` also records where the server's time
// goes, `-- --only sqlite|postgres|list`, `--duration 5`, `--connections 50` change what is run
// (`list`: the clinician's list on SQLite alone, with its bare route).
//
// The server runs in a child process (bench/api-server.js) and autocannon in this one, so on a
// two-core machine each gets a core. For each database: the bare route (the ceiling), then the real
// app with one patient signed up, an intake started four weeks ago and four weeks of walks logged,
// measured on GET /api/v1/me/today and POST /api/v1/me/walks (a new walk id per request), and
// GET /api/v1/me/today for a patient with a year of walks (its cost must not grow with the log).
// PostgreSQL runs twice: straight to the database, and through PgBouncer in transaction pooling (as
// docs/scaling.md advises for many processes). On SQLite, a practice of 200 linked patients also
// measures the clinician's list (GET /api/v1/clinician/patients, 10 connections).
// Prints figures and whether they meet the aim, and for a miss where the time went; a miss never fails
// the process, broken requests do.
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
import { findPgBouncer, startPgBouncer } from './pgbouncer.js';

/**
 * @typedef {import('@wandelcoach/engine').PlanOutput} PlanOutput
 * @typedef {{ sessions: unknown[], walked: unknown[], week: number | null, date: string }} Today
 * @typedef {{ rps: number, p50: number, p99: number, total: number, bad: number, statuses: string, cpuPerRequest: number }} Figures
 * @typedef {{ database: string, route: string, figures: Figures, bare?: Figures, aim?: Aim }} Row
 * @typedef {{ label: string, minShare?: number, p99Ms: number, maxCpuOf?: Figures, maxCpuFactor?: number }} Aim
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
const SERVER_SCRIPT = new URL('./api-server.js', import.meta.url);
const INTAKE_FILE = new URL('../examples/intake-combined.json', import.meta.url);
/** The aims of issue 16 (per database) and issue 15 (the clinician's list); reported, never asserted. */
const AIMS = {
  sqlite: {
    today: { label: '>= 25% of bare, p99 < 25 ms', minShare: 0.25, p99Ms: 25 },
    walks: { label: '>= 20% of bare, p99 < 25 ms', minShare: 0.2, p99Ms: 25 },
  },
  postgres: {
    today: { label: '>= 12% of bare, p99 < 50 ms', minShare: 0.12, p99Ms: 50 },
    walks: { label: '>= 10% of bare, p99 < 50 ms', minShare: 0.1, p99Ms: 50 },
  },
};
/** A year of walks may cost at most this many times the four weeks' CPU a request. */
const YEAR_FACTOR = 1.5;
const PRACTICE_PATIENTS = 200;
const PRACTICE_CONNECTIONS = 10;
const PRACTICE_P99_MS = 50;
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
    // The request log still costs what it costs; only the terminal is spared its lines.
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
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
 * @property {number} [connections] instead of --connections
 */

/**
 * @param {Target} target
 * @param {number} duration
 * @returns {Promise<Figures>}
 */
async function cannon(target, duration) {
  const { url, method = 'GET', headers = {}, body, connections = CONNECTIONS } = target;
  const path = new URL(url).pathname;
  /** @type {import('autocannon').Request} */
  const request = { method, path, headers };
  if (body) request.setupRequest = (req) => ({ ...req, body: body() });
  const result = await autocannon({
    url,
    connections,
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
 * planned walks of every day before today, skipping a few and with believable pain scores. With
 * `yearOfWalks`, also two walks a day for the year before that (a long log).
 * @param {string} base
 * @param {{ yearOfWalks?: boolean }} [options]
 */
async function seedPatient(base, options = {}) {
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
  if (options.yearOfWalks) {
    const start = plan.plan.startDate;
    for (let back = 1; back <= 365; back++) {
      for (const minutes of [10, 12]) {
        await call(base, 'POST', '/api/v1/me/walks', {
          session,
          body: {
            id: randomUUID(),
            date: addDays(start, -back),
            kind: 'forward',
            minutes,
            painDuring: 2 + (back % 3),
            painNextMorning: null,
            dizziness: false,
            fall: false,
            newSymptoms: [],
          },
        });
        logged++;
      }
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
 * @param {'sqlite' | 'postgres'} kind
 * @param {Record<string, string>} env
 * @returns {Promise<Row[]>}
 */
async function benchDatabase(database, kind, env) {
  console.log(`\n${database}`);
  const aims = AIMS[kind];
  const bare = await withChild('bare', {}, (child) =>
    measure(`${database} bare`, { url: `http://127.0.0.1:${child.port}/bare` }, child),
  );
  const rows = await withChild('app', { ...LIMITS, ...env }, async (child) => {
    const base = `http://127.0.0.1:${child.port}`;
    if (options.only === 'list') return [await benchPractice(database, base, child, bare)];
    const { session, today } = await seedPatient(base);
    const long = await seedPatient(base, { yearOfWalks: true });
    const headers = { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
    const todayFigures = await measure(
      `${database} GET today`,
      { url: `${base}/api/v1/me/today`, headers },
      child,
    );
    const yearFigures = await measure(
      `${database} GET today, a year of walks`,
      { url: `${base}/api/v1/me/today`, headers: { cookie: long.session.cookie } },
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
    /** @type {Row[]} */
    const measured = [
      { database, route: 'GET /api/v1/me/today', figures: todayFigures, bare, aim: aims.today },
      {
        database,
        route: 'GET /api/v1/me/today (a year of walks)',
        figures: yearFigures,
        bare,
        aim: {
          label: `CPU <= ${YEAR_FACTOR}x the four weeks, p99 < ${aims.today.p99Ms} ms`,
          p99Ms: aims.today.p99Ms,
          maxCpuOf: todayFigures,
          maxCpuFactor: YEAR_FACTOR,
        },
      },
      { database, route: 'POST /api/v1/me/walks', figures: walkFigures, bare, aim: aims.walks },
    ];
    if (kind === 'sqlite') measured.push(await benchPractice(database, base, child, bare));
    return measured;
  });
  return [{ database, route: 'GET /bare (ceiling)', figures: bare }, ...rows];
}

/**
 * Issue 15: the clinician's list of 200 linked patients, with walks and flags, at 10 connections.
 * @param {string} database
 * @param {string} base
 * @param {Child} child
 * @param {Figures} bare
 * @returns {Promise<Row>}
 */
async function benchPractice(database, base, child, bare) {
  const intake = JSON.parse(await readFile(INTAKE_FILE, 'utf8'));
  child.send({ cmd: 'seed-practice', patients: PRACTICE_PATIENTS, intake });
  const { practice } = /** @type {{ practice: { cookie: string } }} */ (await child.next('practice'));
  const list = await call(base, 'GET', '/api/v1/clinician/patients', {
    session: { cookie: practice.cookie, csrfToken: '' },
  });
  const patients = /** @type {{ patients?: { openFlags?: unknown[] }[] }} */ (list.json).patients ?? [];
  const flagged = patients.filter((patient) => (patient.openFlags?.length ?? 0) > 0).length;
  console.log(
    `  seeded: a practice of ${patients.length} linked patients (${flagged} with open flags); the list answered ${list.response.status}`,
  );
  const figures = await measure(
    `${database} GET clinician/patients`,
    {
      url: `${base}/api/v1/clinician/patients`,
      headers: { cookie: practice.cookie },
      connections: PRACTICE_CONNECTIONS,
    },
    child,
  );
  return {
    database,
    route: `GET /api/v1/clinician/patients (${PRACTICE_PATIENTS} patients, ${PRACTICE_CONNECTIONS} conn.)`,
    figures,
    bare,
    aim: { label: `p99 < ${PRACTICE_P99_MS} ms`, p99Ms: PRACTICE_P99_MS },
  };
}

async function benchSqlite() {
  const dir = await mkdtemp(join(tmpdir(), 'wandelcoach-bench-sqlite-'));
  try {
    return await benchDatabase('SQLite', 'sqlite', { DATA_DIR: dir, DATABASE_URL: '' });
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
    const version = found.bin.split('/').at(-2);
    const rows = await benchDatabase(`PostgreSQL (${version}, pool ${pool})`, 'postgres', {
      DATABASE_URL: url,
      DATABASE_POOL_SIZE: pool,
    });
    const bouncer = findPgBouncer();
    if (!bouncer) {
      console.log('\n!! PgBouncer is not installed (apt install pgbouncer): the pooled run is skipped');
      return { rows };
    }
    // A database of its own, so the pooled run starts as empty as the direct one.
    await createDatabase(cluster.url, 'wandelcoach_bench_pooled');
    const pgbouncer = await startPgBouncer(bouncer, {
      upstreamPort: Number(new URL(cluster.url).port),
      database: 'wandelcoach_bench_pooled',
      poolSize: Number(pool),
    });
    try {
      // Migrations need no session features either, so they run through PgBouncer too.
      rows.push(
        ...(await benchDatabase(
          `PostgreSQL (${version}) via PgBouncer (transaction, pool ${pool})`,
          'postgres',
          {
            DATABASE_URL: pgbouncer.url,
            DATABASE_POOL_SIZE: pool,
          },
        )),
      );
    } finally {
      await pgbouncer.stop();
    }
    return { rows };
  } finally {
    await cluster.stop();
  }
}

// --- report ---

/** @param {Row} row */
function verdict(row) {
  if (!row.aim || !row.bare) return '';
  return misses(row).length === 0 ? 'PASS' : 'MISS';
}

/**
 * What a row missed of its aim, in words; empty when it met it.
 * @param {Row} row
 * @returns {string[]}
 */
function misses(row) {
  const { aim, bare, figures } = row;
  if (!aim || !bare) return [];
  /** @type {string[]} */
  const missed = [];
  const share = figures.rps / bare.rps;
  if (aim.minShare !== undefined && share < aim.minShare) {
    missed.push(`${(share * 100).toFixed(1)}% of bare, aim ${(aim.minShare * 100).toFixed(0)}%`);
  }
  if (figures.p99 >= aim.p99Ms) missed.push(`p99 ${figures.p99.toFixed(1)} ms, aim under ${aim.p99Ms} ms`);
  if (aim.maxCpuOf && aim.maxCpuFactor) {
    const factor = figures.cpuPerRequest / Math.max(1, aim.maxCpuOf.cpuPerRequest);
    if (factor > aim.maxCpuFactor) {
      missed.push(`CPU ${factor.toFixed(2)}x the four weeks, aim at most ${aim.maxCpuFactor}x`);
    }
  }
  if (figures.bad > 0) missed.push(`${figures.bad} requests failed`);
  return missed;
}

/**
 * Where the time of a missed row went: the server's own CPU (its share of one core over the run)
 * against waiting (the database, the load generator, other work on the machine).
 * @param {Row} row
 */
function whereTheTimeGoes(row) {
  const { figures } = row;
  const busy = (figures.cpuPerRequest * figures.rps) / 1e6;
  const perRequestMs = figures.p50;
  const cpuMs = figures.cpuPerRequest / 1000;
  const cause =
    busy >= 0.85
      ? "the server's JavaScript kept its core busy; `-- --profile` names the functions"
      : `the server's core was ${(busy * 100).toFixed(0)}% busy: the rest is waiting for the database, autocannon and the other processes sharing ${cpus().length} cores`;
  return `${row.database}, ${row.route}: ${misses(row).join('; ')}. Each request took ${cpuMs.toFixed(2)} ms of server CPU of a median ${perRequestMs.toFixed(1)} ms; ${cause}.`;
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
if (options.only !== 'sqlite' && options.only !== 'list') {
  const result = await benchPostgres();
  if ('rows' in result) rows.push(...result.rows);
  else postgresSkipped = result.skipped;
}

console.log(`\nResults (${((performance.now() - started) / 1000).toFixed(0)} s in all)\n`);
console.log(table(rows));
console.log(
  `\nAims (issue 16), at ${CONNECTIONS} connections in the same run as the bare route: SQLite GET /me/today >= 25% and POST /me/walks >= 20% of bare, p99 under 25 ms; PostgreSQL >= 12% and >= 10%, p99 under 50 ms; a year of walks costs at most ${YEAR_FACTOR}x the four weeks' CPU. Issue 15: the clinician's list of ${PRACTICE_PATIENTS} patients under ${PRACTICE_P99_MS} ms at p99 with ${PRACTICE_CONNECTIONS} connections on SQLite. A MISS is reported, not failed.`,
);
const missed = rows.filter((row) => verdict(row) === 'MISS');
if (missed.length === 0 && rows.some((row) => row.aim)) console.log('\nEvery aim met.');
for (const row of missed) console.log(`\nMISS ${whereTheTimeGoes(row)}`);
if (missed.length > 0) {
  console.log(
    '\nWhere the rest of a request\'s time goes (measured with `-- --profile` and with the app called without a socket), and the next steps: docs/scaling.md, "What the benchmark measured", "Latest figures".',
  );
}
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
