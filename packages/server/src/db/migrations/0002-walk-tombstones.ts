/**
 * Tombstones of deleted walks: a late retry of a walk's first upload (an offline phone catching up)
 * must not bring a deleted walk back. Frozen once shipped.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import { columnTypes } from './column-types.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema
    .createTable('walk_tombstones')
    .addColumn('account_id', t.uuid, (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('id', t.uuid, (c) => c.notNull())
    .addColumn('deleted_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('walk_tombstones_pkey', ['account_id', 'id'])
    .execute();
  await db.schema
    .createIndex('walk_tombstones_deleted_at')
    .on('walk_tombstones')
    .column('deleted_at')
    .execute();
}
