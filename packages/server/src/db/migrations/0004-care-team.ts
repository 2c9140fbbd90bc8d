/**
 * The care team (docs/care-team.md): practices and their members, invitations by mailed link, the
 * second factor of clinicians (TOTP and recovery codes), links between a patient and a practice with
 * the consent that made them, and the access log (NEN 7513), which holds only random ids and, on
 * both databases, refuses to be changed or emptied. Frozen once shipped.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { columnTypes } from './column-types.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const t = columnTypes(dialect);

  // Only clinicians use it: the name patients and colleagues see.
  await db.schema.alterTable('accounts').addColumn('display_name', 'text').execute();
  // A session proves the second factor once (when the account has one), and acts for one practice.
  await db.schema.alterTable('sessions').addColumn('second_factor_at', t.timestamp).execute();
  await db.schema.alterTable('sessions').addColumn('acting_practice_id', t.uuid).execute();

  await db.schema
    .createTable('practices')
    .addColumn('id', t.uuid, (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('practice_members')
    .addColumn('practice_id', t.uuid, (c) => c.notNull().references('practices.id').onDelete('cascade'))
    .addColumn('account_id', t.uuid, (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('is_admin', t.boolean, (c) => c.notNull())
    .addColumn('is_clinician', t.boolean, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('practice_members_pkey', ['practice_id', 'account_id'])
    .execute();
  await db.schema
    .createIndex('practice_members_account_id')
    .on('practice_members')
    .column('account_id')
    .execute();

  // A mailed link that makes someone a member (the first admin's comes from the command line).
  await db.schema
    .createTable('member_invites')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', t.uuid, (c) => c.notNull().references('practices.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('is_admin', t.boolean, (c) => c.notNull())
    .addColumn('is_clinician', t.boolean, (c) => c.notNull())
    // Null for the first admin, made from the command line.
    .addColumn('invited_by', t.uuid)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('expires_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('member_invites_practice_id')
    .on('member_invites')
    .column('practice_id')
    .execute();

  await db.schema
    .createTable('second_factors')
    .addColumn('account_id', t.uuid, (c) => c.primaryKey().references('accounts.id').onDelete('cascade'))
    // Base32 TOTP secret. Null confirmed_at: set up but not yet proven with a first code.
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', t.timestamp)
    // The time step of the last code accepted: that code, and any older, is refused.
    .addColumn('last_step', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('recovery_codes')
    .addColumn('account_id', t.uuid, (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    // SHA-256 of the code: the codes are long random strings, so a plain hash suffices.
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('used_at', t.timestamp)
    .addPrimaryKeyConstraint('recovery_codes_pkey', ['account_id', 'code_hash'])
    .execute();

  // A clinician's invitation of a patient: a short code plus the patient's year of birth.
  await db.schema
    .createTable('patient_invites')
    .addColumn('id', t.uuid, (c) => c.primaryKey())
    .addColumn('practice_id', t.uuid, (c) => c.notNull().references('practices.id').onDelete('cascade'))
    .addColumn('clinician_id', t.uuid, (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('patient_name', 'text', (c) => c.notNull())
    .addColumn('birth_year', 'integer', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('expires_at', t.timestamp, (c) => c.notNull())
    .addColumn('used_at', t.timestamp)
    .execute();
  await db.schema
    .createIndex('patient_invites_practice_id')
    .on('patient_invites')
    .column('practice_id')
    .execute();

  // A patient linked with a practice: its clinicians may read the patient's record while it runs.
  await db.schema
    .createTable('care_links')
    .addColumn('id', t.uuid, (c) => c.primaryKey())
    .addColumn('account_id', t.uuid, (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('practice_id', t.uuid, (c) => c.notNull().references('practices.id').onDelete('cascade'))
    // The clinician who invited; null once that account is gone (the link stays with the practice).
    .addColumn('clinician_id', t.uuid, (c) => c.references('accounts.id').onDelete('set null'))
    .addColumn('patient_name', 'text', (c) => c.notNull())
    .addColumn('invite_code', 'text', (c) => c.notNull())
    .addColumn('consent_version', 'text', (c) => c.notNull())
    .addColumn('consented_at', t.timestamp, (c) => c.notNull())
    .addColumn('ended_at', t.timestamp)
    .addColumn('ended_by', 'text', (c) => c.check(sql.raw(`ended_by in ('patient', 'clinician')`)))
    .execute();
  await db.schema
    .createIndex('care_links_account_id')
    .on('care_links')
    .columns(['account_id', 'practice_id'])
    .execute();
  await db.schema
    .createIndex('care_links_practice_id')
    .on('care_links')
    .columns(['practice_id', 'account_id'])
    .execute();
  // At most one running link between a patient and a practice.
  await db.schema
    .createIndex('care_links_one_running')
    .on('care_links')
    .columns(['account_id', 'practice_id'])
    .unique()
    .where(sql.ref('ended_at'), 'is', null)
    .execute();

  // NEN 7513: who did what to whose record, when, for which practice. Random ids only, no foreign
  // keys (it outlives every account and practice it names), append-only on both databases.
  await db.schema
    .createTable('access_log')
    .addColumn('id', t.uuid, (c) => c.primaryKey())
    .addColumn('at', t.timestamp, (c) => c.notNull())
    .addColumn('actor_id', t.uuid)
    .addColumn('practice_id', t.uuid)
    .addColumn('patient_id', t.uuid)
    .addColumn('resource', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('access_log_patient_id_at')
    .on('access_log')
    .columns(['patient_id', 'at'])
    .execute();
  await db.schema
    .createIndex('access_log_practice_id_at')
    .on('access_log')
    .columns(['practice_id', 'at'])
    .execute();
  switch (dialect) {
    case 'postgres':
      await sql`
        create function access_log_append_only() returns trigger language plpgsql as $$
        begin
          raise exception 'the access log is append-only (NEN 7513)';
        end
        $$`.execute(db);
      await sql`
        create trigger access_log_append_only
        before update or delete on access_log
        for each row execute function access_log_append_only()`.execute(db);
      await sql`
        create trigger access_log_no_truncate
        before truncate on access_log
        for each statement execute function access_log_append_only()`.execute(db);
      break;
    case 'sqlite':
      await sql`
        create trigger access_log_no_update before update on access_log
        begin select raise(abort, 'the access log is append-only (NEN 7513)'); end`.execute(db);
      await sql`
        create trigger access_log_no_delete before delete on access_log
        begin select raise(abort, 'the access log is append-only (NEN 7513)'); end`.execute(db);
      break;
  }
}
