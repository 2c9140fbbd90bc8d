// How long a sign-up takes for a new address and for one that already has an account, with and
// without mail. Run with `npm run bench:sign-up` (it builds first); `-- --rounds 41` asks more.
//
// With SMTP set, sign-up is private (docs/security.md): both kinds must take about the same time, so
// the time cannot tell a stranger which addresses have an account. Without SMTP a taken address is
// refused at once, which is fine for a local install and shown here for comparison. The server runs
// in this process on a fresh SQLite database, with a real SMTP server on loopback that accepts and
// drops every mail. Requests are sent one at a time, new and taken in turns, so both meet the same
// moments of the machine. Prints the figures; nothing is asserted (tests hold the same work instead).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import {
  createApp,
  createLogger,
  createServiceContext,
  loadConfig,
  migrateToLatest,
  openDatabase,
} from '@wandelcoach/server';
import { SMTPServer } from 'smtp-server';

const { values: options } = parseArgs({ options: { rounds: { type: 'string', default: '21' } } });
const ROUNDS = Number(options.rounds);
const PASSWORD = 'lopen-helpt-echt-ook-hier';

/** A mail server on loopback that takes every mail and keeps nothing. */
async function startSink() {
  const sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, done) {
      stream.resume();
      stream.on('end', () => done());
    },
  });
  await new Promise((resolve) => sink.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (sink.server.address());
  return {
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => sink.close(() => resolve(undefined))),
  };
}

/**
 * The app on a fresh SQLite database in a temporary folder, served on loopback.
 * @param {Record<string, string>} env
 */
async function startApp(env) {
  const dataDir = await mkdtemp(join(tmpdir(), 'wandelcoach-bench-sign-up-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'error',
    SIGN_UP_LIMIT_PER_IP: '100000',
    SIGN_UP_LIMIT_PER_ACCOUNT: '100000',
    MAIL_LIMIT_PER_ADDRESS: '100000',
    ...env,
  });
  const db = openDatabase(config.database);
  await migrateToLatest(db);
  const context = createServiceContext(db, config, createLogger(config.logLevel));
  const app = createApp(context, { logger: createLogger(config.logLevel) });
  /** @type {import('@hono/node-server').ServerType} */
  const server = await new Promise((resolve) => {
    const started = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(started));
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    base: `http://127.0.0.1:${port}/api/v1`,
    async close() {
      await new Promise((resolve) => server.close(() => resolve(undefined)));
      await context.mail.close();
      await db.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

let counter = 0;
const freshEmail = () => `bench-${process.pid}-${++counter}@example.nl`;

/**
 * @param {string} base
 * @param {string} email
 */
async function signUp(base, email) {
  const started = performance.now();
  const response = await fetch(`${base}/accounts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status };
}

/** @param {number[]} values @param {number} share */
function quantile(values, share) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN;
}

/**
 * @param {string} label
 * @param {Record<string, string>} env
 */
async function run(label, env) {
  const app = await startApp(env);
  try {
    const taken = freshEmail();
    await signUp(app.base, taken);
    // Warm-up: the first hashes and queries are slower than the rest.
    for (let i = 0; i < 3; i++) await signUp(app.base, freshEmail());
    /** @type {Record<'new' | 'taken', { ms: number[], statuses: Set<number> }>} */
    const kinds = { new: { ms: [], statuses: new Set() }, taken: { ms: [], statuses: new Set() } };
    for (let i = 0; i < ROUNDS; i++) {
      for (const kind of /** @type {const} */ (['new', 'taken'])) {
        const answer = await signUp(app.base, kind === 'taken' ? taken : freshEmail());
        kinds[kind].ms.push(answer.ms);
        kinds[kind].statuses.add(answer.status);
      }
    }
    console.log(`\n${label} (${ROUNDS} of each, in turns)`);
    for (const [kind, { ms, statuses }] of Object.entries(kinds)) {
      console.log(
        `  ${kind.padEnd(6)} status ${[...statuses].join('/')}  median ${quantile(ms, 0.5).toFixed(1)} ms  p90 ${quantile(ms, 0.9).toFixed(1)} ms`,
      );
    }
    const ratio = quantile(kinds.taken.ms, 0.5) / quantile(kinds.new.ms, 0.5);
    console.log(`  taken / new (medians): ${ratio.toFixed(2)}`);
  } finally {
    await app.close();
  }
}

const sink = await startSink();
try {
  await run('With SMTP (private sign-up: the same answer, and about the same time, for both)', {
    SMTP_URL: sink.url,
    MAIL_FROM: 'Wandelcoach <noreply@example.nl>',
    PUBLIC_URL: 'https://wandelcoach.example.nl',
  });
  await run('Without SMTP (a local install: a taken address is refused at once)', {});
} finally {
  await sink.close();
}
