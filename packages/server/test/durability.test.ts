/**
 * A 201 for a walk is a promise that it is stored. This runs the built server as its own process,
 * logs walks into it over real HTTP as fast as it takes them, kills it with SIGKILL mid-load (no
 * shutdown code runs), starts it again on the same database and checks every acknowledged walk is
 * there. Only 127.0.0.1 is ever contacted.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import type { Readable } from 'node:stream';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import type { Dialect } from '../src/db/database.js';
import { createTestDatabase, dropTestDatabase } from './support/postgres-cluster.js';
import { dialectAvailable, testDialects } from './support/test-server.js';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SERVER_BIN = path.join(REPO_ROOT, 'packages/server/bin/wandelcoach-server.js');
const BUILT_START = path.join(REPO_ROOT, 'packages/server/dist/start.js');

const PASSWORD = 'lopen-helpt-echt';
/** Well before any "today" the server could have, so no walk is refused as being in the future. */
const WALK_DATE = '2024-03-01';
const CONCURRENCY = 12;
/** Kill once this many walks are acknowledged, or after KILL_AFTER_MS, whichever comes first. */
const KILL_AFTER_ACKS = 100;
const KILL_AFTER_MS = 3_000;
/** Give up on the load (and fail) if not even one walk is acknowledged in this long. */
const LOAD_GIVE_UP_MS = 15_000;
const STARTUP_TIMEOUT_MS = 20_000;
const STOP_TIMEOUT_MS = 10_000;

const READY_LINE = /Wandelcoach is running at (http:\/\/127\.0\.0\.1:\d+)/;

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

interface ServerProcess {
  child: ChildProcess;
  url: string;
  exited: Promise<Exit>;
  /** Everything it printed so far, for failure messages. */
  output(): string;
}

/** Every child started here, so afterEach can kill whatever a failed test left running. */
const children = new Set<ChildProcess>();
const cleanups: (() => Promise<void>)[] = [];

function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

function exitOf(child: ChildProcess): Promise<Exit> {
  if (!isRunning(child)) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      resolve({ code, signal });
    });
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      reject(new Error(what()));
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => {
    clearTimeout(timer);
  });
}

function assertBuilt(): void {
  // The test runs the real entry point, which imports dist/; `npm test` builds first.
  if (!existsSync(BUILT_START)) {
    throw new Error(
      `The durability test runs the built server, but ${BUILT_START} is missing. Run \`npm run build\` first.`,
    );
  }
}

/** The environment the server gets: ours, minus any database setting that would point it elsewhere. */
function serverEnv(database: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1' };
  delete env['DATABASE_URL'];
  delete env['DATA_DIR'];
  return { ...env, ...database };
}

async function startServerProcess(env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  const child = spawn(process.execPath, [SERVER_BIN], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  const exited = exitOf(child);
  let stdout = '';
  let stderr = '';
  const output = () => `--- stdout ---\n${stdout}\n--- stderr ---\n${stderr}`;
  // Keep draining both pipes for the child's whole life, so it never blocks on a full pipe.
  // stdio is 'pipe', so both streams exist.
  const [out, err] = [child.stdout, child.stderr] as [Readable, Readable];
  out.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  err.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });

  const ready = new Promise<string>((resolve, reject) => {
    const onData = () => {
      const match = READY_LINE.exec(stdout);
      if (match?.[1] !== undefined) {
        out.off('data', onData);
        resolve(match[1]);
      }
    };
    out.on('data', onData);
    child.once('error', reject);
    void exited.then((exit) => {
      reject(new Error(`the server exited before it was ready (${JSON.stringify(exit)})\n${output()}`));
    });
  });
  const url = await withTimeout(
    ready,
    STARTUP_TIMEOUT_MS,
    () => `the server did not say it was running within ${STARTUP_TIMEOUT_MS} ms\n${output()}`,
  );
  return { child, url, exited, output };
}

async function stopServerProcess(server: ServerProcess): Promise<Exit> {
  server.child.kill('SIGTERM');
  return withTimeout(
    server.exited,
    STOP_TIMEOUT_MS,
    () => `the server did not stop within ${STOP_TIMEOUT_MS} ms of SIGTERM\n${server.output()}`,
  );
}

interface Reply {
  status: number;
  body: unknown;
}

/** What sign-up and sign-in answer with; the rest of the body does not matter here. */
function csrfTokenOf(body: unknown): string {
  if (
    typeof body === 'object' &&
    body !== null &&
    'csrfToken' in body &&
    typeof body.csrfToken === 'string'
  ) {
    return body.csrfToken;
  }
  throw new Error(`no csrfToken in ${JSON.stringify(body)}`);
}

function walkIdsOf(body: unknown): string[] {
  if (typeof body === 'object' && body !== null && 'walks' in body && Array.isArray(body.walks)) {
    return body.walks.map((walk: unknown) => {
      if (typeof walk === 'object' && walk !== null && 'id' in walk && typeof walk.id === 'string') {
        return walk.id;
      }
      throw new Error(`a walk without an id: ${JSON.stringify(walk)}`);
    });
  }
  throw new Error(`no walks in ${JSON.stringify(body)}`);
}

/** A browser as far as the API can tell: the session cookie, the CSRF token, no cross-site Origin. */
class ApiClient {
  private cookie: string | undefined;
  private csrfToken: string | undefined;

  constructor(private readonly baseUrl: string) {}

  /** Resolves as soon as the status is known: a 201 has been sent, so the walk is committed. */
  async send(method: string, path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = {};
    if (this.cookie !== undefined) headers['cookie'] = this.cookie;
    if (this.csrfToken !== undefined) headers['x-csrf-token'] = this.csrfToken;
    if (body !== undefined) headers['content-type'] = 'application/json';
    return fetch(`${this.baseUrl}/api/v1${path}`, {
      method,
      headers,
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
  }

  async request(method: string, path: string, body?: unknown): Promise<Reply> {
    const response = await this.send(method, path, body);
    const text = await response.text();
    return { status: response.status, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
  }

  async signUp(email: string): Promise<void> {
    await this.startSession('POST', '/accounts', { email, password: PASSWORD }, 201);
  }

  async signIn(email: string): Promise<void> {
    await this.startSession('POST', '/session', { email, password: PASSWORD }, 200);
  }

  private async startSession(method: string, path: string, body: unknown, expected: number): Promise<void> {
    const response = await this.send(method, path, body);
    const text = await response.text();
    if (response.status !== expected) {
      throw new Error(`${method} ${path} answered ${response.status}, not ${expected}: ${text}`);
    }
    const [pair] = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]);
    if (pair === undefined) throw new Error(`${method} ${path} set no session cookie`);
    this.cookie = pair;
    this.csrfToken = csrfTokenOf(JSON.parse(text) as unknown);
  }
}

interface LoadResult {
  /** Ids the server answered 201 for. */
  acknowledged: string[];
  /** Every id sent, answered or not. */
  sent: string[];
  /** Requests started but not answered when the kill signal went out. */
  inFlightAtKill: number;
  millisecondsToKill: number;
}

/**
 * Keeps CONCURRENCY walk uploads in flight until enough are acknowledged, then SIGKILLs the
 * server while the latest are still under way. Any answer other than 201 before the kill fails.
 */
async function logWalksUntilKilled(client: ApiClient, server: ServerProcess): Promise<LoadResult> {
  const acknowledged: string[] = [];
  const sent: string[] = [];
  const unexpected: string[] = [];
  const started = Date.now();
  let inFlight = 0;
  let inFlightAtKill = -1;
  let millisecondsToKill = -1;
  let killed = false;
  // Read through a function: TypeScript cannot see that kill() flips the flag between awaits.
  const isKilled = () => killed;

  const kill = () => {
    if (killed) return;
    killed = true;
    inFlightAtKill = inFlight;
    millisecondsToKill = Date.now() - started;
    server.child.kill('SIGKILL');
  };
  const timeToKill = () => {
    const elapsed = Date.now() - started;
    return (
      acknowledged.length >= KILL_AFTER_ACKS ||
      (acknowledged.length > 0 && elapsed >= KILL_AFTER_MS) ||
      elapsed >= LOAD_GIVE_UP_MS
    );
  };

  const worker = async () => {
    while (!isKilled()) {
      const id = randomUUID();
      sent.push(id);
      inFlight++;
      const reply = client.send('POST', '/me/walks', {
        id,
        date: WALK_DATE,
        kind: sent.length % 2 === 0 ? 'forward' : 'retro',
        minutes: 10 + (sent.length % 20),
        painDuring: 2,
      });
      // Checked right after starting a request, so at the kill this one at least is in flight.
      if (timeToKill()) kill();
      try {
        const response = await reply;
        // Counted even if it lands after the kill: the server sent it, so it had committed.
        if (response.status === 201) acknowledged.push(id);
        else if (!isKilled()) unexpected.push(`${response.status} ${await response.text()}`);
        // Read to the end, so the connection goes back to the pool rather than being torn down. A
        // body cut off by the kill does not matter: the status line already said 201.
        if (!response.bodyUsed) await response.arrayBuffer().catch(() => undefined);
      } catch (error) {
        // A request the kill cut off may or may not have been stored; either is fine. Before the
        // kill, an error is a real failure.
        if (!isKilled()) unexpected.push(`error: ${String(error)}`);
      } finally {
        inFlight--;
      }
      if (unexpected.length > 0) kill();
    }
  };

  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  if (unexpected.length > 0) {
    throw new Error(
      `walks were refused before the kill: ${unexpected.slice(0, 5).join('; ')}\n${server.output()}`,
    );
  }
  return { acknowledged, sent, inFlightAtKill, millisecondsToKill };
}

/** A database the server can reach, and how to get rid of it. */
async function databaseFor(dialect: Dialect): Promise<Record<string, string>> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'wandelcoach-durability-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    return { DATA_DIR: dir };
  }
  const url = await createTestDatabase(inject('postgresUrl'), 'wandelcoach_durability');
  cleanups.push(() => dropTestDatabase(url));
  return { DATABASE_URL: url };
}

async function killLeftovers(): Promise<void> {
  for (const child of children) {
    if (isRunning(child)) {
      child.kill('SIGKILL');
      await exitOf(child);
    }
    children.delete(child);
  }
}

afterEach(async () => {
  // Children first: the database (or its directory) must not vanish under a running server.
  await killLeftovers();
  for (const cleanup of cleanups.splice(0)) await cleanup().catch(() => undefined);
});

// Belt and braces, in case a hook above itself failed partway.
afterAll(killLeftovers);

for (const dialect of testDialects()) {
  describe.skipIf(!dialectAvailable(dialect))(`durability [${dialect}]`, () => {
    it(
      'walks acknowledged with 201 are still there after the server process is killed with SIGKILL mid-load and restarted',
      { timeout: 90_000 },
      async () => {
        assertBuilt();
        const env = serverEnv(await databaseFor(dialect));
        const email = `durable-${randomUUID()}@example.nl`;

        const first = await startServerProcess(env);
        const writer = new ApiClient(first.url);
        await writer.signUp(email);
        const load = await logWalksUntilKilled(writer, first);

        const exit = await withTimeout(first.exited, STOP_TIMEOUT_MS, () => 'the killed server did not exit');
        // Proves it died of the kill mid-load, not of something else before it.
        expect(exit).toEqual({ code: null, signal: 'SIGKILL' });
        expect(load.acknowledged.length).toBeGreaterThan(0);
        expect(load.inFlightAtKill).toBeGreaterThan(0);

        const second = await startServerProcess(env);
        const reader = new ApiClient(second.url);
        await reader.signIn(email);
        const listed = await reader.request('GET', '/me/walks');
        expect(listed.status).toBe(200);
        const stored = walkIdsOf(listed.body);

        const storedSet = new Set(stored);
        const lost = load.acknowledged.filter((id) => !storedSet.has(id));
        expect(lost, `acknowledged walks missing after the restart (of ${load.acknowledged.length})`).toEqual(
          [],
        );
        expect(stored.length, 'the same walk listed twice').toBe(storedSet.size);
        // Nothing stored that was never sent, and no more than was sent.
        const sentSet = new Set(load.sent);
        expect(stored.filter((id) => !sentSet.has(id))).toEqual([]);

        console.info(
          `[${dialect}] ${load.acknowledged.length} acknowledged, ${load.sent.length} sent, ` +
            `${stored.length} stored; killed after ${load.millisecondsToKill} ms with ${load.inFlightAtKill} in flight`,
        );

        expect(await stopServerProcess(second)).toEqual({ code: 0, signal: null });
      },
    );
  });
}
