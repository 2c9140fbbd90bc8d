/** SQL for a person's intake: one current intake per account. */
import { fromJson } from '../db/values.js';
import type { Executor } from './executor.js';

export async function findIntake(db: Executor, accountId: string): Promise<unknown> {
  const row = await db
    .selectFrom('intakes')
    .select('intake')
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return row === undefined ? undefined : fromJson(row.intake);
}

export async function saveIntake(
  db: Executor,
  accountId: string,
  intake: unknown,
  now: string,
): Promise<void> {
  const json = JSON.stringify(intake);
  await db
    .insertInto('intakes')
    .values({ account_id: accountId, intake: json, updated_at: now })
    .onConflict((conflict) => conflict.column('account_id').doUpdateSet({ intake: json, updated_at: now }))
    .execute();
}
