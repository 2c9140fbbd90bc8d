/**
 * Flags for the care team (docs/care-team.md, "Flags") and each week's planned and walked minutes,
 * both keyed by the patient's account so a practice's list reads rows and never replays a plan. At
 * most one open (not handled) flag per patient and kind: a unique partial index, so server processes
 * raising the same flag at once store it once. Frozen once shipped.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { columnTypes } from './column-types.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const t = columnTypes(dialect);

  await db.schema
    .createTable('flags')
    .addColumn('account_id', t.uuid, (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('id', t.uuid, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) =>
      c.notNull().check(sql.raw(`severity in ('urgent', 'attention', 'inactivity', 'adherence')`)),
    )
    .addColumn('state', 'text', (c) => c.notNull().check(sql.raw(`state in ('new', 'seen', 'handled')`)))
    .addColumn('raised_at', t.timestamp, (c) => c.notNull())
    // What raised it: walk dates, signs, minutes; shown to the clinician as it was when raised.
    .addColumn('evidence', t.json, (c) => c.notNull())
    // The clinician who saw or handled it; null once that account is gone (the flag stays).
    .addColumn('seen_by', t.uuid, (c) => c.references('accounts.id').onDelete('set null'))
    .addColumn('seen_at', t.timestamp)
    .addColumn('handled_by', t.uuid, (c) => c.references('accounts.id').onDelete('set null'))
    .addColumn('handled_at', t.timestamp)
    .addColumn('note', 'text', (c) => c.check(sql.raw('length(note) <= 2000')))
    .addPrimaryKeyConstraint('flags_pkey', ['account_id', 'id'])
    .execute();
  // One open flag per patient and kind: what makes raising a flag idempotent across processes.
  await db.schema
    .createIndex('flags_one_open')
    .on('flags')
    .columns(['account_id', 'kind'])
    .unique()
    .where(sql.ref('handled_at'), 'is', null)
    .execute();

  await db.schema
    .createTable('weekly_minutes')
    .addColumn('account_id', t.uuid, (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    // The first day of the plan's week, YYYY-MM-DD.
    .addColumn('week_start', 'text', (c) => c.notNull())
    .addColumn('planned_minutes', 'integer', (c) => c.notNull())
    .addColumn('walked_minutes', 'integer', (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('weekly_minutes_pkey', ['account_id', 'week_start'])
    .execute();
}
