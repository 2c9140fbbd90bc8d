/**
 * Email links: an account's address is confirmed (or not yet), and the single-use tokens of the
 * links mailed for a password reset or a confirmation, stored only as hashes. Accounts made before
 * this migration count as confirmed: they were made when sign-up signed in at once. Frozen once
 * shipped.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { columnTypes } from './column-types.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema.alterTable('accounts').addColumn('email_confirmed_at', t.timestamp).execute();
  await sql`update accounts set email_confirmed_at = created_at`.execute(db);
  // Housekeeping looks for old accounts never confirmed: few, among many confirmed ones.
  await db.schema
    .createIndex('accounts_unconfirmed_created_at')
    .on('accounts')
    .column('created_at')
    .where(sql.ref('email_confirmed_at'), 'is', null)
    .execute();

  await db.schema
    .createTable('email_tokens')
    // The hash of the token in the link: a copy of the database opens no account.
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('account_id', t.uuid, (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (c) =>
      c.notNull().check(sql.raw(`purpose in ('password-reset', 'confirm-email')`)),
    )
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('expires_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('email_tokens_account_id').on('email_tokens').column('account_id').execute();
  await db.schema.createIndex('email_tokens_expires_at').on('email_tokens').column('expires_at').execute();
}
