/**
 * Outcome measures a patient answers at the start, in week 6 and in week 12 of a plan (docs/clinical-rules.md
 * §7): part of the patient's file, so they go with the account and are in the data export. Frozen once
 * shipped.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { columnTypes } from './column-types.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema
    .createTable('outcome_measures')
    .addColumn('account_id', t.uuid, (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('id', t.uuid, (c) => c.notNull())
    // The plan the answer belongs to, by its start date: a new intake with a new start is a new plan.
    .addColumn('plan_start', 'text', (c) => c.notNull())
    .addColumn('timepoint', 'text', (c) => c.notNull())
    // The person's own date when answering, and the moment, for the record.
    .addColumn('answered_on', 'text', (c) => c.notNull())
    .addColumn('answered_at', t.timestamp, (c) => c.notNull())
    .addColumn('nprs', 'integer', (c) => c.notNull())
    // The Patient-Specific Functional Scale's three activities, named by the person, and their scores.
    .addColumn('activity_1', 'text', (c) => c.notNull())
    .addColumn('score_1', 'integer', (c) => c.notNull())
    .addColumn('activity_2', 'text', (c) => c.notNull())
    .addColumn('score_2', 'integer', (c) => c.notNull())
    .addColumn('activity_3', 'text', (c) => c.notNull())
    .addColumn('score_3', 'integer', (c) => c.notNull())
    // Null at the start, when there is nothing to compare with.
    .addColumn('global_rating', 'integer')
    .addPrimaryKeyConstraint('outcome_measures_pkey', ['account_id', 'id'])
    // Once per timepoint of a plan, also when two devices send at the same moment.
    .addUniqueConstraint('outcome_measures_once', ['account_id', 'plan_start', 'timepoint'])
    .execute();

  await db.schema
    .createTable('outcome_postponements')
    .addColumn('account_id', t.uuid, (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('plan_start', 'text', (c) => c.notNull())
    .addColumn('timepoint', 'text', (c) => c.notNull())
    .addColumn('ask_again_on', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('outcome_postponements_pkey', ['account_id', 'plan_start', 'timepoint'])
    .execute();
}
