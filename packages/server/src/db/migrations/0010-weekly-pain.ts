/**
 * Each plan week's average pain while walking, kept beside its minutes (`weekly_minutes`), so the
 * practice's list shows a pain trend from the rows it reads already and never reads walks. Null for a
 * week without a walk, and for rows stored before this migration until their patient's flags are
 * kept again (after a walk, or by the hourly housekeeping). Frozen once shipped.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { columnTypes } from './column-types.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema.alterTable('weekly_minutes').addColumn('average_pain', t.real).execute();
}
