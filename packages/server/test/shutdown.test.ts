/**
 * Stopping the server must not cost anyone a walk. This runs the built server as its own process,
 * keeps many walk uploads in flight over keep-alive connections, sends SIGTERM in the middle, and
 * checks that every request was either answered normally or refused before the server took it, never
 * cut off or answered 5xx; that the server closed its database and exited 0; and that every walk
 * answered 201 is stored. Only 127.0.0.1 is ever contacted.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { connect, type Socket } from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { expectAcknowledgedWalksStored, restartAndListWalks } from './support/acknowledged-walks.js';
import { PASSWORD, walkBody } from './support/api-client.js';
import {
  cleanUpProcesses,
  startServerOnFreshDatabase,
  stopServerProcess,
  type ServerProcess,
} from './support/built-processes.js';
import { withTimeout } from './support/child-processes.js';
import { dialectAvailable, testDialects } from './support/test-server.js';

const CONCURRENCY = 16;
/** Signal once this many walks are acknowledged, or after SIGNAL_AFTER_MS, whichever comes first. */
const SIGNAL_AFTER_ACKS = 150;
const SIGNAL_AFTER_MS = 3_000;
/** Give up on the load (and fail) if the server is still taking requests this long after starting. */
const LOAD_GIVE_UP_MS = 30_000;
/**
 * The server's grace period here: longer than an idle keep-alive connection lives (5 s), so a stop
 * that ends before it shows the server never had to cut a connection.
 */
const GRACE_MS = 8_000;

afterEach(cleanUpProcesses);
afterAll(cleanUpProcesses);

interface Outcome {
  status?: number | undefined;
  text?: string;
  error?: NodeJS.ErrnoException;
  /** The session cookie, when the answer set one. */
  cookie?: string | undefined;
  /** Sent on a keep-alive connection that an earlier request had used (node:http tells). */
  reusedConnection: boolean;
}

/**
 * A client on node:http with keep-alive connections, as a phone's browser keeps them. Unlike fetch it
 * says whether a request went out on a connection the server had already taken, which is what tells a
 * refused request from a cut-off one.
 */
class KeepAliveClient {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  private cookie = '';
  private csrfToken = '';

  constructor(private readonly baseUrl: string) {}

  post(path: string, body: unknown): Promise<Outcome> {
    return new Promise((resolve) => {
      const request = httpRequest(
        `${this.baseUrl}/api/v1${path}`,
        {
          method: 'POST',
          agent: this.agent,
          headers: {
            'content-type': 'application/json',
            cookie: this.cookie,
            'x-csrf-token': this.csrfToken,
          },
        },
        (response) => {
          let text = '';
          response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
          response.on('end', () => {
            resolve({
              status: response.statusCode,
              text,
              cookie: response.headers['set-cookie']?.[0]?.split(';')[0],
              reusedConnection: request.reusedSocket,
            });
          });
          response.on('error', (error) => {
            resolve({ error, reusedConnection: request.reusedSocket });
          });
        },
      );
      request.on('error', (error) => {
        resolve({ error, reusedConnection: request.reusedSocket });
      });
      request.end(JSON.stringify(body));
    });
  }

  async signUp(email: string): Promise<void> {
    const outcome = await this.post('/accounts', { email, password: PASSWORD });
    if (outcome.status !== 201 || outcome.cookie === undefined) {
      throw new Error(
        `sign-up answered ${outcome.status ?? outcome.error?.message ?? '?'}: ${outcome.text ?? ''}`,
      );
    }
    this.cookie = outcome.cookie;
    this.csrfToken = (JSON.parse(outcome.text ?? '{}') as { csrfToken: string }).csrfToken;
  }

  close(): void {
    this.agent.destroy();
  }
}

interface LoadResult {
  acknowledged: string[];
  sent: string[];
  /**
   * Requests the server never took: on a new connection, refused, or reset while still waiting in the
   * listening socket's queue when it closed (the kernel resets those; the server never read them).
   */
  refused: string[];
  /** Anything else: a status other than 201, or an error on a connection the server had taken. */
  unexpected: string[];
  inFlightAtSignal: number;
  answeredAfterSignal: number;
}

/**
 * Keeps CONCURRENCY uploads in flight, sends `signal` to the server while they are, and goes on until
 * every worker's next request is refused.
 */
async function uploadWalksThroughStop(
  client: KeepAliveClient,
  server: ServerProcess,
  signal: NodeJS.Signals,
): Promise<LoadResult> {
  const result: LoadResult = {
    acknowledged: [],
    sent: [],
    refused: [],
    unexpected: [],
    inFlightAtSignal: -1,
    answeredAfterSignal: 0,
  };
  const started = Date.now();
  let inFlight = 0;
  let signalled = false;
  // Read through a function: TypeScript cannot see that sendSignal() flips the flag between awaits.
  const isSignalled = () => signalled;
  const sendSignal = () => {
    if (signalled) return;
    signalled = true;
    result.inFlightAtSignal = inFlight;
    server.child.kill(signal);
  };
  const timeToSignal = () =>
    result.acknowledged.length >= SIGNAL_AFTER_ACKS ||
    (result.acknowledged.length > 0 && Date.now() - started >= SIGNAL_AFTER_MS);

  const worker = async () => {
    for (;;) {
      if (Date.now() - started > LOAD_GIVE_UP_MS) {
        result.unexpected.push('the server still took requests long after the signal');
        return;
      }
      const id = randomUUID();
      result.sent.push(id);
      inFlight++;
      const reply = client.post('/me/walks', walkBody(id, result.sent.length));
      // Checked right after starting a request, so at the signal this one at least is in flight.
      if (timeToSignal()) sendSignal();
      const sentAfterSignal = isSignalled();
      const outcome = await reply;
      inFlight--;
      if (outcome.error === undefined) {
        if (isSignalled()) result.answeredAfterSignal++;
        if (outcome.status === 201) result.acknowledged.push(id);
        else result.unexpected.push(`${outcome.status ?? '?'} ${outcome.text?.slice(0, 200) ?? ''}`);
        continue;
      }
      const code = outcome.error.code ?? '';
      if (sentAfterSignal && !outcome.reusedConnection && ['ECONNREFUSED', 'ECONNRESET'].includes(code)) {
        // The server takes no new connections: this worker is done.
        result.refused.push(id);
        return;
      }
      result.unexpected.push(
        `${outcome.error.message} (${code}, ${outcome.reusedConnection ? 'on a kept-alive connection' : 'new connection'}, ${sentAfterSignal ? 'after' : 'before'} the signal)`,
      );
      return;
    }
  };

  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return result;
}

for (const dialect of testDialects()) {
  describe.skipIf(!dialectAvailable(dialect))(`graceful shutdown [${dialect}]`, () => {
    it(
      'on SIGTERM under load answers every request it took, refuses the rest, closes the database and exits 0',
      { timeout: 90_000 },
      async () => {
        const { database, env, server } = await startServerOnFreshDatabase(dialect, 'shutdown', {
          SHUTDOWN_GRACE_MS: String(GRACE_MS),
        });
        const email = `stopping-${randomUUID()}@example.nl`;

        const writer = new KeepAliveClient(server.url);
        await writer.signUp(email);
        const signalledAt = Date.now();
        const load = await uploadWalksThroughStop(writer, server, 'SIGTERM');
        writer.close();

        const exit = await withTimeout(server.exited, GRACE_MS + 10_000, () => `no exit\n${server.output()}`);
        const stopTook = Date.now() - signalledAt;
        expect(load.unexpected, `requests cut off or answered with an error\n${server.output()}`).toEqual([]);
        expect(exit, server.output()).toEqual({ code: 0, signal: null });
        expect(server.output()).toContain('Wandelcoach has stopped.');
        // Before its deadline: it never had to cut a connection to stop.
        expect(stopTook).toBeLessThan(GRACE_MS);
        // The signal came mid-load, requests sent before it were answered after it, and then every
        // worker met a closed door.
        expect(load.inFlightAtSignal).toBeGreaterThan(0);
        expect(load.answeredAfterSignal).toBeGreaterThan(0);
        expect(load.refused.length).toBe(CONCURRENCY);
        if ('DATA_DIR' in database) {
          // SQLite removes the write-ahead log when the last connection closes properly.
          expect(existsSync(path.join(database.DATA_DIR, 'wandelcoach.db-wal'))).toBe(false);
        }

        const { server: again, stored } = await restartAndListWalks(env, email);
        const storedSet = expectAcknowledgedWalksStored(stored, load, 'acknowledged walks missing');
        expect(
          load.refused.filter((id) => storedSet.has(id)),
          'a refused request was stored',
        ).toEqual([]);

        console.info(
          `[${dialect}] ${load.acknowledged.length} acknowledged (${load.answeredAfterSignal} answered after SIGTERM, ` +
            `${load.inFlightAtSignal} in flight at it), ${load.refused.length} refused, ${stored.length} stored; stopped in ${stopTook} ms`,
        );
        expect(await stopServerProcess(again)).toEqual({ code: 0, signal: null });
      },
    );
  });
}

/**
 * A client that sends the start of a request and then nothing: it must not hold a stop up for long.
 * A first, whole request is answered before, so the server has surely taken the connection.
 */
async function stalledRequest(url: string): Promise<{ socket: Socket; closed: Promise<void> }> {
  const { hostname, port } = new URL(url);
  const socket = connect({ host: hostname, port: Number(port) });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve).once('error', reject);
  });
  const closed = new Promise<void>((resolve) => {
    socket.once('close', () => {
      resolve();
    });
  });
  socket.on('error', () => undefined);
  const answered = new Promise<void>((resolve) => {
    let text = '';
    const onData = (chunk: string) => {
      text += chunk;
      if (/^HTTP\/1\.1 200[^]*\r\n\r\n[^]*"status"/.test(text)) {
        socket.off('data', onData);
        // Whatever comes later is read and dropped; a socket nobody reads never sees the server close it.
        socket.resume();
        resolve();
      }
    };
    socket.setEncoding('utf8').on('data', onData);
  });
  socket.write(`GET /healthz HTTP/1.1\r\nHost: ${hostname}:${port}\r\n\r\n`);
  await answered;
  // The headers of the next request, unfinished: the server has a request under way, nothing to answer.
  socket.write(
    `POST /api/v1/me/walks HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\n`,
  );
  return { socket, closed };
}

describe('graceful shutdown, bounded', () => {
  it(
    'closes connections still open once SHUTDOWN_GRACE_MS is over, and still exits 0',
    { timeout: 60_000 },
    async () => {
      const { server } = await startServerOnFreshDatabase('sqlite', 'shutdown-grace', {
        SHUTDOWN_GRACE_MS: '1000',
      });
      // An idle keep-alive connection, and a request that never finishes arriving.
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      const stalled = await stalledRequest(server.url);

      const signalledAt = Date.now();
      server.child.kill('SIGINT');
      const exit = await withTimeout(server.exited, 10_000, () => `no exit\n${server.output()}`);
      const took = Date.now() - signalledAt;
      await stalled.closed;
      expect(exit, server.output()).toEqual({ code: 0, signal: null });
      // It waited for the stalled request, but no longer than the grace period (plus start-up of the
      // stop); well before the keep-alive connection's own 5 s would have ended it.
      expect(took).toBeGreaterThanOrEqual(900);
      expect(took).toBeLessThan(4_000);
    },
  );

  it('stops at once when asked a second time', { timeout: 60_000 }, async () => {
    const { server } = await startServerOnFreshDatabase('sqlite', 'shutdown-twice', {
      SHUTDOWN_GRACE_MS: '60000',
    });
    const stalled = await stalledRequest(server.url);

    const signalledAt = Date.now();
    server.child.kill('SIGINT');
    await new Promise((resolve) => setTimeout(resolve, 300));
    server.child.kill('SIGINT');
    const exit = await withTimeout(server.exited, 10_000, () => `no exit\n${server.output()}`);
    await stalled.closed;
    expect(exit, server.output()).toEqual({ code: 0, signal: null });
    expect(Date.now() - signalledAt).toBeLessThan(5_000);
    expect(server.output()).toContain('Stopping now');
  });
});
