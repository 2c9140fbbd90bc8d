/**
 * A clinician's prescription (docs/care-team.md, clinical-rules §6): the plan changes and clearances
 * recorded for a patient, each in the engine's own shape with its author, date and reason; and walks
 * a clinician supervised. Frozen once shipped.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { columnTypes } from './column-types.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const t = columnTypes(dialect);

  await db.schema
    .createTable('prescription_items')
    // The patient, first in the key like every table of a person's data (docs/scaling.md).
    .addColumn('account_id', t.uuid, (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('id', t.uuid, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql.raw(`kind in ('change', 'clearance')`)))
    // Ids only, no foreign keys: the item is part of the patient's record and stays when the practice
    // or the clinician's account goes; the item itself carries the name the clinician went by.
    .addColumn('practice_id', t.uuid, (c) => c.notNull())
    .addColumn('clinician_id', t.uuid, (c) => c.notNull())
    // The engine's shape (prescriptionChangeSchema / clinicianClearanceSchema), `by` included.
    .addColumn('item', t.json, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('prescription_items_pkey', ['account_id', 'id'])
    .execute();

  // The clinician who supervised the walk; null for the patient's own. An id only, so the walk keeps
  // its mark when that account goes.
  await db.schema.alterTable('walks').addColumn('supervised_by', t.uuid).execute();
}
