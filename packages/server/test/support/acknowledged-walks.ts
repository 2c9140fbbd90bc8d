/**
 * How the suites that do something to the built server under write load (kill it, stop it, back it up)
 * end: a server started again on the same database reads back what the person has stored, and that is
 * held to what a 201 promises.
 */
import { expect } from 'vitest';
import { ApiClient } from './api-client.js';
import { startServerProcess, type ServerProcess } from './built-processes.js';

/**
 * Starts the server again on the same database and lists the person's walks, as they would find them
 * after whatever the test did to the first process. The caller stops it, and checks how it stopped.
 */
export async function restartAndListWalks(
  env: NodeJS.ProcessEnv,
  email: string,
): Promise<{ server: ServerProcess; stored: string[] }> {
  const server = await startServerProcess(env);
  const reader = new ApiClient(server.url);
  await reader.signIn(email);
  return { server, stored: await reader.walkIds() };
}

/**
 * What a 201 promises: every acknowledged walk is stored, none is listed twice, and nothing is stored
 * that was never sent. `missing` says which walks were expected, for the failure message. Returns the
 * stored ids, for the test's own further checks.
 */
export function expectAcknowledgedWalksStored(
  stored: readonly string[],
  walks: { acknowledged: readonly string[]; sent: Iterable<string> },
  missing: string,
): Set<string> {
  const storedSet = new Set(stored);
  expect(
    walks.acknowledged.filter((id) => !storedSet.has(id)),
    missing,
  ).toEqual([]);
  expect(stored.length, 'the same walk listed twice').toBe(storedSet.size);
  const sent = new Set(walks.sent);
  expect(
    stored.filter((id) => !sent.has(id)),
    'walks stored that were never sent',
  ).toEqual([]);
  return storedSet;
}
