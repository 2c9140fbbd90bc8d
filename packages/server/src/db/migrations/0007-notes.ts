/**
 * Notes a clinician writes on a patient: part of the patient's file, so they go with the patient's
 * account and are in the patient's data export. Frozen once shipped.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { columnTypes } from './column-types.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema
    .createTable('patient_notes')
    // The patient, first in the key like every table of a person's data (docs/scaling.md).
    .addColumn('account_id', t.uuid, (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('id', t.uuid, (c) => c.notNull())
    // Ids only, no foreign keys: the note stays in the patient's file when the practice or the
    // clinician's account goes; it keeps the name its author went by when writing it.
    .addColumn('practice_id', t.uuid, (c) => c.notNull())
    .addColumn('clinician_id', t.uuid, (c) => c.notNull())
    .addColumn('clinician_name', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('patient_notes_pkey', ['account_id', 'id'])
    .execute();
}
