/** SQL for accounts. */
import type { AccountRow, AccountsTable } from '../db/schema.js';
import type { Insertable } from 'kysely';
import type { Executor } from './executor.js';

export function insertAccount(db: Executor, account: Insertable<AccountsTable>): Promise<unknown> {
  return db.insertInto('accounts').values(account).execute();
}

export function findAccountByEmail(db: Executor, email: string): Promise<AccountRow | undefined> {
  return db.selectFrom('accounts').selectAll().where('email', '=', email).executeTakeFirst();
}

export function findAccountById(db: Executor, id: string): Promise<AccountRow | undefined> {
  return db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updatePasswordHash(db: Executor, id: string, hash: string, now: string): Promise<void> {
  await db
    .updateTable('accounts')
    .set({ password_hash: hash, updated_at: now })
    .where('id', '=', id)
    .execute();
}

/** Changes the account's language and time zone; a field left out stays as it is. */
export async function updateAccountSettings(
  db: Executor,
  id: string,
  changes: { locale?: 'nl' | 'en' | undefined; timeZone?: string | undefined },
  now: string,
): Promise<void> {
  await db
    .updateTable('accounts')
    .set({
      ...(changes.locale !== undefined && { locale: changes.locale }),
      ...(changes.timeZone !== undefined && { time_zone: changes.timeZone }),
      updated_at: now,
    })
    .where('id', '=', id)
    .execute();
}

export async function markEmailConfirmed(db: Executor, id: string, now: string): Promise<void> {
  await db
    .updateTable('accounts')
    .set({ email_confirmed_at: now, updated_at: now })
    .where('id', '=', id)
    .where('email_confirmed_at', 'is', null)
    .execute();
}

/** Removes the account; sessions, intake and walks go with it (foreign keys cascade). */
export async function deleteAccount(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('walks').where('account_id', '=', id).execute();
  // The foreign key would take them along too; said here so the erasure does not hang on a pragma.
  await db.deleteFrom('walk_tombstones').where('account_id', '=', id).execute();
  await db.deleteFrom('intakes').where('account_id', '=', id).execute();
  await db.deleteFrom('prescription_items').where('account_id', '=', id).execute();
  await db.deleteFrom('sessions').where('account_id', '=', id).execute();
  await db.deleteFrom('email_tokens').where('account_id', '=', id).execute();
  await db.deleteFrom('accounts').where('id', '=', id).execute();
}

/**
 * Accounts made before `before` whose address was never confirmed and that have no confirmation link
 * still working at `now`.
 */
export function listAbandonedAccounts(
  db: Executor,
  before: string,
  now: string,
): Promise<{ id: string; email: string }[]> {
  return db
    .selectFrom('accounts')
    .select(['id', 'email'])
    .where('email_confirmed_at', 'is', null)
    .where('created_at', '<', before)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('email_tokens')
            .select('email_tokens.account_id')
            .whereRef('email_tokens.account_id', '=', 'accounts.id')
            .where('email_tokens.purpose', '=', 'confirm-email')
            .where('email_tokens.expires_at', '>', now),
        ),
      ),
    )
    .execute();
}

/** The time zones accounts use, each once. */
export async function listTimeZones(db: Executor): Promise<string[]> {
  const rows = await db.selectFrom('accounts').select('time_zone').distinct().execute();
  return rows.map((row) => row.time_zone);
}

export async function renameTimeZone(db: Executor, from: string, to: string): Promise<void> {
  await db.updateTable('accounts').set({ time_zone: to }).where('time_zone', '=', from).execute();
}

/** The name a clinician is known by to patients and colleagues. */
export async function setDisplayName(db: Executor, id: string, name: string, now: string): Promise<void> {
  await db
    .updateTable('accounts')
    .set({ display_name: name, updated_at: now })
    .where('id', '=', id)
    .execute();
}
