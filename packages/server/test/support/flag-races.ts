/**
 * For the tests of flags raised by several server processes at once: a walk stored straight into the
 * table (as a restore would, before any flag is kept for it), and the housekeeping job run in two
 * processes side by side, each with its own connection pool to the same database.
 */
import { openDatabase } from '../../src/db/database.js';
import { refreshAllFlags } from '../../src/services/flags.service.js';
import type { TestServer } from './test-server.js';

export interface UnkeptWalk {
  kind: 'forward' | 'retro';
  painDuring: number;
  dizziness: boolean;
  fall: boolean;
  newSymptoms: string[];
}

/** A walk on 2026-11-20, written to the table itself: no flag or weekly minutes are kept for it. */
export async function storeWalkUnkept(
  server: TestServer,
  accountId: string,
  walk: UnkeptWalk,
): Promise<void> {
  // SQLite keeps booleans as 0 and 1.
  const bool = (value: boolean) => (server.dialect === 'postgres' ? value : value ? 1 : 0);
  await server.db.kysely
    .insertInto('walks')
    .values({
      account_id: accountId,
      id: crypto.randomUUID(),
      date: '2026-11-20',
      kind: walk.kind,
      minutes: 10,
      pain_during: walk.painDuring,
      pain_next_morning: null,
      dizziness: bool(walk.dizziness),
      fall: bool(walk.fall),
      new_symptoms: JSON.stringify(walk.newSymptoms),
      request_hash: 'x',
      created_at: '2026-11-20T18:00:00.000Z',
      updated_at: '2026-11-20T18:00:00.000Z',
    })
    .execute();
}

/** `runs` runs of the flags job in this process and as many in a second one, all at once. */
export async function refreshInTwoProcesses(server: TestServer, runs: number): Promise<void> {
  const other = openDatabase(server.context.config.database);
  try {
    const otherContext = { ...server.context, db: other };
    await Promise.all([
      ...Array.from({ length: runs }, () => refreshAllFlags(server.context)),
      ...Array.from({ length: runs }, () => refreshAllFlags(otherContext)),
    ]);
  } finally {
    await other.close();
  }
}
