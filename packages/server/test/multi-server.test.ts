/**
 * docs/scaling.md promises that any number of server processes can run behind a load balancer on one
 * PostgreSQL, with PgBouncer in transaction pooling in front of it. This builds that on loopback, with
 * real programs: Debian's HAProxy (round robin, health checks) in front of two built server processes,
 * Debian's PgBouncer (transaction pooling, fewer server connections than the servers' pools) in front of
 * the test cluster, and between PgBouncer and PostgreSQL a tap that reads the wire protocol for named
 * prepared statements. Then: a session made on one process works on the other; a rate limit counts
 * attempts on both; many clients sign up and log walks through HAProxy while one process is SIGKILLed,
 * retrying what failed as the app's outbox does (same walk id, same content), and every walk that was
 * acknowledged is stored exactly once.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { WALK_DATE } from './support/api-client.js';
import { INTAKE } from './support/fixtures.js';
import {
  assertBuilt,
  cleanUpProcesses,
  processEnv,
  startServerProcess,
  type ServerProcess,
} from './support/built-processes.js';
import { sleep, withTimeout } from './support/child-processes.js';
import { findHaproxy, startHaproxy, type LoadBalancer } from './support/haproxy.js';
import { LoopbackClient, type Answer } from './support/loopback-client.js';
import { findPgBouncer, startPgBouncer, type PgBouncer } from './support/pgbouncer.js';
import { createTestDatabase, dropTestDatabase } from './support/postgres-cluster.js';
import { startStatementTap, type StatementTap } from './support/statement-tap.js';
import { dialectAvailable, testDialects } from './support/test-server.js';

/** Load: this many clients at once, each from its own loopback address, each with its own account. */
const CLIENTS = 16;
/** Kill server "a" once this many walks are acknowledged (or after KILL_AFTER_MS with at least one). */
const KILL_AFTER_ACKS = 150;
const KILL_AFTER_MS = 4_000;
/** Keep writing after the kill until this many more are acknowledged and this long has passed. */
const ACKS_AFTER_KILL = 150;
const WRITE_AFTER_KILL_MS = 2_000;
/** Fail rather than hang if the load cannot get there. */
const LOAD_GIVE_UP_MS = 40_000;
/** How often one walk may be tried before the outbox gives up (it never should here). */
const MAX_ATTEMPTS = 40;
const RETRY_PAUSE_MS = 50;
/** Each process's PostgreSQL pool, and PgBouncer's: 2 × 5 client connections share 3 server ones. */
const SERVER_POOL_SIZE = 5;
const PGBOUNCER_POOL_SIZE = 3;
/** Sign-ups per address an hour; low, so the shared count is seen within a few requests. */
const SIGN_UP_LIMIT = 3;
/** The negative control's statement name: the one named statement the tap must find. */
const PROBE = 'wandelcoach_tap_probe';
const SERVERS = ['a', 'b'] as const;

/** What the global setup does for PostgreSQL: CI proves this path, so a missing package fails there. */
const inCi = Boolean(process.env['CI']);
const tools = { haproxy: findHaproxy(), pgbouncer: findPgBouncer() };
const missing = Object.entries(tools)
  .filter(([, bin]) => bin === undefined)
  .map(([name]) => name);
const postgresWanted = testDialects().includes('postgres');
const runnable = missing.length === 0 && postgresWanted && dialectAvailable('postgres');

if (missing.length > 0 && postgresWanted) {
  if (inCi) {
    describe('more than one server on one PostgreSQL', () => {
      it('has HAProxy and PgBouncer to run with', () => {
        throw new Error(
          `Debian's ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not installed, and CI may not skip the multi-server test. .ci/run installs them; check its "missing" list.`,
        );
      });
    });
  } else {
    const frame = '!'.repeat(100);
    console.warn(
      [
        '',
        frame,
        '!!!!  multi-server.test.ts is SKIPPED: two servers behind HAProxy on PgBouncer are NOT tested.',
        `!!!!  Missing: Debian's ${missing.join(', ')} (looked on PATH and in /usr/sbin).`,
        `!!!!  Fix: sudo apt-get install -y ${missing.join(' ')}   (CI installs them and never skips.)`,
        frame,
        '',
      ].join('\n'),
    );
  }
}

interface Deployment {
  databaseUrl: string;
  tap: StatementTap;
  bouncer: PgBouncer;
  servers: Record<(typeof SERVERS)[number], ServerProcess>;
  env: NodeJS.ProcessEnv;
  balancer: LoadBalancer;
}

let deployment: Deployment | undefined;
const cleanups: (() => Promise<unknown>)[] = [];
const clients: LoopbackClient[] = [];

function deployed(): Deployment {
  if (deployment === undefined) throw new Error('the deployment did not start');
  return deployment;
}

function client(sourceAddress: string): LoopbackClient {
  const made = new LoopbackClient(deployed().balancer.url, sourceAddress);
  clients.push(made);
  return made;
}

function portOf(server: ServerProcess): number {
  return Number(new URL(server.url).port);
}

function describeAnswer(answer: Answer): string {
  return `${answer.status} from ${answer.servedBy ?? '?'}: ${answer.text.slice(0, 300)}`;
}

function email(what: string): string {
  return `${what}-${randomUUID()}@example.nl`;
}

/** Waits until HAProxy sends requests to `name` (after a start, its health check has to pass first). */
async function untilServing(name: string, timeoutMs: number): Promise<void> {
  const probe = client('127.0.0.1');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await probe.send('GET', '/session').catch(() => undefined);
    if (answer?.servedBy === name) return;
    if (Date.now() > deadline)
      throw new Error(`HAProxy sent nothing to server ${name} within ${timeoutMs} ms`);
    await sleep(50);
  }
}

describe.skipIf(!runnable)(
  'more than one server on one PostgreSQL (HAProxy, PgBouncer in transaction pooling)',
  () => {
    beforeAll(async () => {
      assertBuilt();
      const clusterUrl = inject('postgresUrl');
      const databaseUrl = await createTestDatabase(clusterUrl, 'wandelcoach_multi');
      cleanups.push(() => dropTestDatabase(databaseUrl));
      const tap = await startStatementTap(Number(new URL(clusterUrl).port));
      cleanups.push(() => tap.close());
      const bouncer = await startPgBouncer(tools.pgbouncer ?? '', {
        upstreamPort: tap.port,
        database: new URL(databaseUrl).pathname.slice(1),
        poolSize: PGBOUNCER_POOL_SIZE,
      });
      cleanups.push(() => bouncer.stop());

      const env = processEnv({
        DATABASE_URL: bouncer.url,
        DATABASE_POOL_SIZE: String(SERVER_POOL_SIZE),
        // HAProxy puts the client's address in X-Forwarded-For (and removes any the client sent).
        TRUST_PROXY: 'true',
        SIGN_UP_LIMIT_PER_IP: String(SIGN_UP_LIMIT),
        LOG_LEVEL: 'warn',
      });
      // Killed before PgBouncer and the database go (cleanups run last to first).
      cleanups.push(cleanUpProcesses);
      // One after the other, as docs/scaling.md says to deploy: the first brings the schema up to date
      // (through PgBouncer, in one transaction), the second finds it so.
      const a = await startServerProcess(env);
      const b = await startServerProcess(env);
      const balancer = await startHaproxy(tools.haproxy ?? '', [
        { name: 'a', port: portOf(a) },
        { name: 'b', port: portOf(b) },
      ]);
      cleanups.push(() => balancer.stop());
      deployment = { databaseUrl, tap, bouncer, servers: { a, b }, env, balancer };
      for (const name of SERVERS) await untilServing(name, 10_000);
    });

    afterAll(async () => {
      for (const made of clients.splice(0)) made.close();
      for (const cleanup of cleanups.splice(0).reverse()) {
        await cleanup().catch((error: unknown) => {
          console.warn('multi-server cleanup:', error);
        });
      }
    });

    it('the tap sees a named prepared statement sent through PgBouncer (so the check at the end can fail)', async () => {
      const { bouncer, tap } = deployed();
      const probe = new pg.Client({ connectionString: bouncer.url });
      await probe.connect();
      try {
        // In one transaction, so the statements are made and removed on one server connection and leave
        // nothing behind for the servers' transactions.
        await probe.query('begin');
        await probe.query({ name: PROBE, text: 'select $1::int as n', values: [1] });
        await probe.query(`prepare ${PROBE}_sql as select 1`);
        await probe.query(`deallocate ${PROBE}`);
        await probe.query(`deallocate ${PROBE}_sql`);
        await probe.query('commit');
      } finally {
        await probe.end();
      }
      const seen = tap.named.filter((statement) => statement.name === PROBE || statement.sql.includes(PROBE));
      expect(seen.map((statement) => statement.name)).toEqual(
        expect.arrayContaining([PROBE, '(SQL PREPARE)']),
      );
    });

    it('a session made on one process works on the other, and signing out ends it on both', async () => {
      const address = email('session');
      expect((await client('127.0.0.2').signUp(address)).status).toBe(201);

      const person = client('127.0.0.3');
      const signedIn = await person.signIn(address);
      expect(signedIn.status, describeAnswer(signedIn)).toBe(200);
      // Round robin: each next request goes to the other process. Signed in on X, then on Y: who am I.
      const used = await person.send('GET', '/session');
      expect(used.status, describeAnswer(used)).toBe(200);
      expect(used.servedBy, 'HAProxy sent both requests to one process').not.toBe(signedIn.servedBy);
      expect(used.body.account.email).toBe(address);
      const walk = { id: randomUUID(), date: WALK_DATE, kind: 'forward', minutes: 12, painDuring: 2 };
      const logged = await person.send('POST', '/me/walks', walk);
      expect(logged.status, describeAnswer(logged)).toBe(201);
      expect(logged.servedBy).not.toBe(used.servedBy);

      // On Y again: signing out needs the CSRF token X gave; then on X the session is gone.
      const signedOut = await person.send('DELETE', '/session');
      expect(signedOut.status, describeAnswer(signedOut)).toBe(204);
      const afterwards = await person.send('GET', '/session');
      expect(afterwards.servedBy).not.toBe(signedOut.servedBy);
      expect(afterwards.status, describeAnswer(afterwards)).toBe(200);
      expect(afterwards.body, describeAnswer(afterwards)).toEqual({ account: null });
    });

    it("today's answer, kept on both processes, changes on both after a walk is written on one", async () => {
      const person = client('127.0.0.5');
      expect((await person.signUp(email('today'))).status).toBe(201);
      // Without a start date, the plan starts on the server's today (these processes run on the real clock).
      const { startDate: _start, ...intake } = INTAKE;
      const put = await person.send('PUT', '/me/intake', intake);
      expect(put.status, describeAnswer(put)).toBe(200);
      // Today on both processes, twice each: each keeps its answer.
      const before = [];
      for (let n = 0; n < 4; n++) before.push(await person.send('GET', '/me/today'));
      expect(new Set(before.map((answer) => answer.servedBy)).size).toBe(2);
      const date = String(before[0]?.body.date);
      const walk = { id: randomUUID(), date, kind: 'forward', minutes: 12, painDuring: 2 };
      const logged = await person.send('POST', '/me/walks', walk);
      expect(logged.status, describeAnswer(logged)).toBe(201);
      const after = [await person.send('GET', '/me/today'), await person.send('GET', '/me/today')];
      expect(new Set(after.map((answer) => answer.servedBy)).size).toBe(2);
      for (const answer of after) {
        expect(answer.body.walked, describeAnswer(answer)).toMatchObject([{ id: walk.id }]);
      }
    });

    it('a rate limit counts the attempts on every process', async () => {
      const newcomer = client('127.0.0.4');
      const answers: Answer[] = [];
      for (let attempt = 0; attempt <= SIGN_UP_LIMIT; attempt++)
        answers.push(await newcomer.signUp(email('limit')));

      expect(answers.map((answer) => answer.status)).toEqual([
        ...Array<number>(SIGN_UP_LIMIT).fill(201),
        429,
      ]);
      const refusedBy = answers.at(-1)?.servedBy;
      const earlierOnThatProcess = answers
        .slice(0, -1)
        .filter((answer) => answer.servedBy === refusedBy).length;
      // Counted per process, the process that refused would still have had room.
      expect(new Set(answers.map((answer) => answer.servedBy))).toEqual(new Set(SERVERS));
      expect(earlierOnThatProcess).toBeLessThan(SIGN_UP_LIMIT);
    });

    it(
      'every walk acknowledged while a process is SIGKILLed mid-load is stored exactly once',
      { timeout: 120_000 },
      async () => {
        const { servers, env, databaseUrl, bouncer } = deployed();
        // Their own addresses: one address may sign up only SIGN_UP_LIMIT accounts an hour.
        const people = Array.from({ length: CLIENTS }, (_, index) => client(`127.0.0.${10 + index}`));
        const signUps = await Promise.all(people.map((person) => person.signUp(email('load'))));
        expect(signUps.filter((answer) => answer.status !== 201).map(describeAnswer)).toEqual([]);

        const load = await writeWalksThroughAKill(people, servers.a);
        expect(await withTimeout(servers.a.exited, 10_000, () => 'the killed server did not exit')).toEqual({
          code: null,
          signal: 'SIGKILL',
        });
        expect(load.unexpected, 'answers the outbox could not settle').toEqual([]);
        expect(load.inFlightAtKill, 'the kill came between requests, not mid-load').toBeGreaterThan(0);
        expect(load.retried, 'no request was cut off by the kill, so no retry was tested').toBeGreaterThan(0);

        // Transaction pooling really shared connections: one look at PgBouncer's clients (the servers'
        // pools) and at its connections to PostgreSQL.
        const ofOurDatabase = (rows: Record<string, unknown>[]) =>
          rows.filter((row) => row['database'] === 'wandelcoach').length;
        const pooling = {
          clients: ofOurDatabase(await bouncer.show('SHOW CLIENTS')),
          servers: ofOurDatabase(await bouncer.show('SHOW SERVERS')),
        };
        expect(pooling.servers).toBeLessThanOrEqual(PGBOUNCER_POOL_SIZE);
        expect(pooling.clients, 'no more client connections than server ones').toBeGreaterThan(
          pooling.servers,
        );

        // The killed process comes back on its port; HAProxy's health check lets it in again.
        servers.a = await startServerProcess({ ...env, PORT: String(portOf(servers.a)) });
        await untilServing('a', 10_000);

        // Every person's walks, read through HAProxy: from both processes, with sessions made before the kill.
        const listings = await Promise.all(people.map((person) => person.send('GET', '/me/walks')));
        expect(listings.filter((answer) => answer.status !== 200).map(describeAnswer)).toEqual([]);
        expect(new Set(listings.map((answer) => answer.servedBy))).toEqual(new Set(SERVERS));
        const lost: string[] = [];
        const listedTwice: string[] = [];
        const changed: string[] = [];
        const unknown: string[] = [];
        let stored = 0;
        people.forEach((person, index) => {
          const listed: Walk[] = listings[index]?.body.walks ?? [];
          stored += listed.length;
          const sent = load.sent.get(person) ?? new Map<string, Walk>();
          const byId = new Map(listed.map((walk) => [walk.id, walk]));
          if (byId.size !== listed.length) listedTwice.push(person.sourceAddress);
          for (const id of load.acknowledged.get(person) ?? []) {
            const walk = byId.get(id);
            const original = sent.get(id);
            if (walk === undefined) lost.push(id);
            else if (
              ['date', 'kind', 'minutes', 'painDuring'].some(
                (key) => walk[key as keyof Walk] !== original?.[key as keyof Walk],
              )
            ) {
              changed.push(id);
            }
          }
          for (const id of byId.keys()) if (!sent.has(id)) unknown.push(id);
        });
        const acknowledged = [...load.acknowledged.values()].reduce((sum, ids) => sum + ids.length, 0);
        expect(lost, `acknowledged walks missing (of ${acknowledged})`).toEqual([]);
        expect(listedTwice, 'clients whose list holds a walk twice').toEqual([]);
        expect(changed, 'walks stored with other content than sent').toEqual([]);
        expect(unknown, 'walks stored that were never sent').toEqual([]);
        // Each walk was retried until acknowledged, so everything sent was acknowledged, once each.
        expect(stored).toBe(acknowledged);

        // And in the database itself, past the API and PgBouncer: one row per walk.
        const direct = new pg.Client({ connectionString: databaseUrl });
        await direct.connect();
        try {
          const { rows } = await direct.query<{ rows: number; walks: number }>(
            `select count(*)::int as rows, count(distinct (w.account_id, w.id))::int as walks
               from walks w join accounts a on a.id = w.account_id where a.email like 'load-%'`,
          );
          expect(rows[0]).toEqual({ rows: acknowledged, walks: acknowledged });
        } finally {
          await direct.end();
        }

        console.info(
          `[multi-server] ${acknowledged} walks acknowledged (${load.acknowledgedAfterKill} after the kill, ` +
            `${load.retried} retries, ${load.retriedOk} answered 200 as a retry), ${stored} stored; ` +
            `killed after ${load.millisecondsToKill} ms with ${load.inFlightAtKill} requests in flight; ` +
            `${pooling.clients} connections to PgBouncer shared ${pooling.servers} to PostgreSQL`,
        );
      },
    );

    it('no query on PostgreSQL used a named prepared statement, which PgBouncer 1.18 cannot pool', () => {
      const { tap } = deployed();
      const named = tap.named.filter(
        (statement) => statement.name !== PROBE && !statement.sql.includes(PROBE),
      );
      expect(tap.problems, 'traffic the tap could not read').toEqual([]);
      // The first few are enough to find the code that names them; all of them would flood the report.
      expect(
        named.slice(0, 3),
        `${named.length} named prepared statements reached PostgreSQL; every query must use the unnamed one`,
      ).toEqual([]);
      // The tap really read the servers' queries: at least one per walk logged.
      expect(tap.counts.parse).toBeGreaterThan(KILL_AFTER_ACKS + ACKS_AFTER_KILL);
    });
  },
);

interface Walk {
  id: string;
  date: string;
  kind: 'forward' | 'retro';
  minutes: number;
  painDuring: number;
}

interface LoadResult {
  /** Per client, every walk it sent (whether or not it was ever answered). */
  sent: Map<LoopbackClient, Map<string, Walk>>;
  /** Per client, the ids answered 201 or 200. */
  acknowledged: Map<LoopbackClient, string[]>;
  acknowledgedAfterKill: number;
  /** Attempts that got no answer from the app (a reset, or HAProxy's 502/503) and were tried again. */
  retried: number;
  /** Retries answered 200: the first attempt had been stored, only its answer was lost. */
  retriedOk: number;
  inFlightAtKill: number;
  millisecondsToKill: number;
  /** Answers no outbox could settle: anything but 201/200, or a retry that kept failing. */
  unexpected: string[];
}

/** HAProxy's own answers when the process it chose died under the request: try again. */
const RETRYABLE = new Set([502, 503, 504]);

/**
 * Every client logs walks one after another, each until it is acknowledged, as the app's outbox
 * does: a failed attempt is sent again with the same id and content. Server `victim` is SIGKILLed
 * mid-load; the writing goes on until enough walks are acknowledged after it.
 */
async function writeWalksThroughAKill(people: LoopbackClient[], victim: ServerProcess): Promise<LoadResult> {
  const result: LoadResult = {
    sent: new Map(people.map((person) => [person, new Map()])),
    acknowledged: new Map(people.map((person) => [person, []])),
    acknowledgedAfterKill: 0,
    retried: 0,
    retriedOk: 0,
    inFlightAtKill: -1,
    millisecondsToKill: -1,
    unexpected: [],
  };
  const started = Date.now();
  let acknowledged = 0;
  let inFlight = 0;
  let killedAt: number | undefined;
  // Read through functions: TypeScript cannot see the workers change these between awaits.
  const killed = () => killedAt !== undefined;
  const done = () => {
    const now = Date.now();
    if (now - started > LOAD_GIVE_UP_MS) return true;
    return (
      killedAt !== undefined &&
      result.acknowledgedAfterKill >= ACKS_AFTER_KILL &&
      now - killedAt >= WRITE_AFTER_KILL_MS
    );
  };
  const killIfTime = () => {
    if (killed()) return;
    const elapsed = Date.now() - started;
    if (acknowledged >= KILL_AFTER_ACKS || (acknowledged > 0 && elapsed >= KILL_AFTER_MS)) {
      killedAt = Date.now();
      result.inFlightAtKill = inFlight;
      result.millisecondsToKill = killedAt - started;
      victim.child.kill('SIGKILL');
    }
  };

  const worker = async (person: LoopbackClient, index: number) => {
    const sent = result.sent.get(person) ?? new Map<string, Walk>();
    const acks = result.acknowledged.get(person) ?? [];
    for (let count = 0; !done() && result.unexpected.length === 0; count++) {
      const walk: Walk = {
        id: randomUUID(),
        date: WALK_DATE,
        kind: (index + count) % 3 === 0 ? 'retro' : 'forward',
        minutes: 5 + ((index * 7 + count) % 25),
        painDuring: count % 4,
      };
      sent.set(walk.id, walk);
      for (let attempt = 1; ; attempt++) {
        inFlight++;
        const answer = person.send('POST', '/me/walks', walk);
        // Checked right after a request went out, so at the kill at least this one is in flight.
        killIfTime();
        let failure: string;
        try {
          const { status, text, servedBy } = await answer;
          if (status === 201 || status === 200) {
            acks.push(walk.id);
            acknowledged++;
            if (killed()) result.acknowledgedAfterKill++;
            if (attempt > 1 && status === 200) result.retriedOk++;
            break;
          }
          failure = `${status} from ${servedBy ?? '?'}: ${text.slice(0, 200)}`;
          // Only HAProxy's "the process went away" answers are retried; the app's own refusals are bugs here.
          if (!RETRYABLE.has(status) || servedBy !== undefined) {
            result.unexpected.push(`walk ${walk.id}, attempt ${attempt}: ${failure}`);
            break;
          }
        } catch (error) {
          failure = String(error);
        } finally {
          inFlight--;
        }
        if (attempt >= MAX_ATTEMPTS) {
          result.unexpected.push(`walk ${walk.id} still failing after ${attempt} attempts: ${failure}`);
          break;
        }
        result.retried++;
        await sleep(RETRY_PAUSE_MS);
      }
    }
  };

  await Promise.all(people.map(worker));
  if (!killed()) result.unexpected.push(`the load ended before the kill (${acknowledged} acknowledged)`);
  else if (result.acknowledgedAfterKill < ACKS_AFTER_KILL && result.unexpected.length === 0) {
    result.unexpected.push(
      `gave up after ${LOAD_GIVE_UP_MS} ms with ${result.acknowledgedAfterKill} walks acknowledged after the kill`,
    );
  }
  return result;
}
