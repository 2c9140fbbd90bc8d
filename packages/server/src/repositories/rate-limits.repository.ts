/** SQL for rate-limit counters, kept in the database so every server instance sees the same count. */
import { sql } from 'kysely';
import type { Executor } from './executor.js';

/**
 * Counts one attempt against `key` in a fixed window and returns the count so far and when the
 * window started. A single statement, so two instances counting at once cannot lose an attempt.
 */
export async function countAttempt(
  db: Executor,
  key: string,
  now: string,
  windowStartedBefore: string,
): Promise<{ count: number; windowStart: Date | string }> {
  const row = await db
    .insertInto('rate_limits')
    .values({ key, window_start: now, count: 1 })
    .onConflict((conflict) =>
      conflict.column('key').doUpdateSet({
        count: sql<number>`case when rate_limits.window_start <= ${windowStartedBefore} then 1 else rate_limits.count + 1 end`,
        window_start: sql<string>`case when rate_limits.window_start <= ${windowStartedBefore} then ${now} else rate_limits.window_start end`,
      }),
    )
    .returning(['count', 'window_start'])
    .executeTakeFirstOrThrow();
  return { count: row.count, windowStart: row.window_start };
}

export async function deleteStaleCounters(db: Executor, before: string): Promise<void> {
  await db.deleteFrom('rate_limits').where('window_start', '<', before).execute();
}

/** The count of `key` in its current window (0 when there is none, or it has ended). */
export async function readCount(db: Executor, key: string, windowStartedBefore: string): Promise<number> {
  const row = await db
    .selectFrom('rate_limits')
    .select('count')
    .where('key', '=', key)
    .where('window_start', '>', windowStartedBefore)
    .executeTakeFirst();
  return row?.count ?? 0;
}

export async function deleteCounter(db: Executor, key: string): Promise<void> {
  await db.deleteFrom('rate_limits').where('key', '=', key).execute();
}

/** Every counter whose key names this person (by the hash of their email): none outlives the account. */
export async function deleteCountersFor(db: Executor, emailHash: string): Promise<void> {
  await db.deleteFrom('rate_limits').where('key', 'like', `%:${emailHash}%`).execute();
}
