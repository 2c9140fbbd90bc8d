/** SQL for clinicians' second factor: the TOTP secret, the last step used, and recovery codes. */
import { sql } from 'kysely';
import type { Executor } from './executor.js';

export interface SecondFactor {
  secret: string;
  confirmed: boolean;
  /** The step of the last code accepted; that code and older ones are refused. */
  lastStep: number;
}

export async function findSecondFactor(db: Executor, accountId: string): Promise<SecondFactor | undefined> {
  const row = await db
    .selectFrom('second_factors')
    .select(['secret', 'confirmed_at', 'last_step'])
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return row === undefined
    ? undefined
    : { secret: row.secret, confirmed: row.confirmed_at !== null, lastStep: row.last_step };
}

/**
 * Stores a new secret that is not confirmed yet, replacing one not yet confirmed. A confirmed one is
 * left alone: says whether the secret was stored.
 */
export async function storeUnconfirmedSecret(
  db: Executor,
  accountId: string,
  secret: string,
  at: string,
): Promise<boolean> {
  const row = await db
    .insertInto('second_factors')
    .values({ account_id: accountId, secret, confirmed_at: null, last_step: 0, created_at: at })
    .onConflict((conflict) =>
      conflict
        .column('account_id')
        .doUpdateSet({ secret, last_step: 0, created_at: at })
        .where('second_factors.confirmed_at', 'is', null),
    )
    .returning('account_id')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Confirms the secret with the step of its first code; false when it was confirmed already (by
 * another request at the same moment).
 */
export async function confirmSecondFactor(
  db: Executor,
  accountId: string,
  step: number,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('second_factors')
    .set({ confirmed_at: at, last_step: step })
    .where('account_id', '=', accountId)
    .where('confirmed_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Records `step` as the last one used, only when it is newer than the one stored: of two requests
 * with the same code, only one moves it, so a code is accepted once.
 */
export async function useStep(db: Executor, accountId: string, step: number): Promise<boolean> {
  const result = await db
    .updateTable('second_factors')
    .set({ last_step: step })
    .where('account_id', '=', accountId)
    .where('confirmed_at', 'is not', null)
    .where('last_step', '<', step)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Removes a confirmed second factor and its recovery codes (a practice admin's or the operator's
 * reset); false when the account had none confirmed. One being set up is left: setting up replaces it.
 */
export async function deleteConfirmedSecondFactor(db: Executor, accountId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('second_factors')
    .where('account_id', '=', accountId)
    .where('confirmed_at', 'is not', null)
    .executeTakeFirst();
  if (result.numDeletedRows === 0n) return false;
  await db.deleteFrom('recovery_codes').where('account_id', '=', accountId).execute();
  return true;
}

export async function replaceRecoveryCodes(db: Executor, accountId: string, hashes: string[]): Promise<void> {
  await db.deleteFrom('recovery_codes').where('account_id', '=', accountId).execute();
  await db
    .insertInto('recovery_codes')
    .values(hashes.map((codeHash) => ({ account_id: accountId, code_hash: codeHash, used_at: null })))
    .execute();
}

/** Marks an unused recovery code used; false when there is no such code or it was used before. */
export async function useRecoveryCode(
  db: Executor,
  accountId: string,
  codeHash: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('recovery_codes')
    .set({ used_at: at })
    .where('account_id', '=', accountId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** How many unused recovery codes the account has left. */
export async function countUnusedRecoveryCodes(db: Executor, accountId: string): Promise<number> {
  const row = await db
    .selectFrom('recovery_codes')
    .select(sql<number | string>`count(*)`.as('left'))
    .where('account_id', '=', accountId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.left);
}
