/**
 * A 201 for a walk is a promise that it is stored. This runs the built server as its own process,
 * logs walks into it over real HTTP as fast as it takes them, kills it with SIGKILL mid-load (no
 * shutdown code runs), starts it again on the same database and checks every acknowledged walk is
 * there. Only 127.0.0.1 is ever contacted.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { expectAcknowledgedWalksStored, restartAndListWalks } from './support/acknowledged-walks.js';
import { ApiClient, walkBody } from './support/api-client.js';
import {
  cleanUpProcesses,
  startServerOnFreshDatabase,
  stopServerProcess,
  type ServerProcess,
} from './support/built-processes.js';
import { withTimeout } from './support/child-processes.js';
import { dialectAvailable, testDialects } from './support/test-server.js';

const CONCURRENCY = 12;
/** Kill once this many walks are acknowledged, or after KILL_AFTER_MS, whichever comes first. */
const KILL_AFTER_ACKS = 100;
const KILL_AFTER_MS = 3_000;
/** Give up on the load (and fail) if not even one walk is acknowledged in this long. */
const LOAD_GIVE_UP_MS = 15_000;
const STOP_TIMEOUT_MS = 10_000;

afterEach(cleanUpProcesses);
// Belt and braces, in case a hook above itself failed partway.
afterAll(cleanUpProcesses);

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
      const reply = client.send('POST', '/me/walks', walkBody(id, sent.length));
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

for (const dialect of testDialects()) {
  describe.skipIf(!dialectAvailable(dialect))(`durability [${dialect}]`, () => {
    it(
      'walks acknowledged with 201 are still there after the server process is killed with SIGKILL mid-load and restarted',
      { timeout: 90_000 },
      async () => {
        const { env, server: first } = await startServerOnFreshDatabase(dialect, 'durability');
        const email = `durable-${randomUUID()}@example.nl`;
        const writer = new ApiClient(first.url);
        await writer.signUp(email);
        const load = await logWalksUntilKilled(writer, first);

        const exit = await withTimeout(first.exited, STOP_TIMEOUT_MS, () => 'the killed server did not exit');
        // Proves it died of the kill mid-load, not of something else before it.
        expect(exit).toEqual({ code: null, signal: 'SIGKILL' });
        expect(load.acknowledged.length).toBeGreaterThan(0);
        expect(load.inFlightAtKill).toBeGreaterThan(0);

        const { server: second, stored } = await restartAndListWalks(env, email);
        expectAcknowledgedWalksStored(
          stored,
          load,
          `acknowledged walks missing after the restart (of ${load.acknowledged.length})`,
        );

        console.info(
          `[${dialect}] ${load.acknowledged.length} acknowledged, ${load.sent.length} sent, ` +
            `${stored.length} stored; killed after ${load.millisecondsToKill} ms with ${load.inFlightAtKill} in flight`,
        );

        expect(await stopServerProcess(second, STOP_TIMEOUT_MS)).toEqual({ code: 0, signal: null });
      },
    );
  });
}
