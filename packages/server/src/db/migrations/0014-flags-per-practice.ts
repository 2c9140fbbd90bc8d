/**
 * Flags per practice (docs/care-team.md, "Flags"): a patient linked with two practices had one set of
 * flags both read and changed, so one practice saw the other's notes and could mark its urgent flag
 * handled. Each flag now belongs to one practice (`practice_id`), with its own state; at most one open
 * flag per patient, practice and kind (the unique partial index `flags_one_open`, which keeps raising
 * idempotent across server processes).
 *
 * SQLite cannot add a NOT NULL column with a foreign key, so the table is made anew on both
 * databases: each existing flag is copied, with a new id, to every practice the patient has a running
 * link with (each practice starts from the state both saw). Flags of patients without a running link
 * were read by nobody and are dropped. The list versions (migration 0013) are raised for the flag's
 * own practice only. Frozen once shipped.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Dialect } from '../database.js';
import { columnTypes } from './column-types.js';

const OLD = 'flags_before_0014';
const COPIES = 'flag_copies_0014';
/** Rows per insert of the copies' ids: well under SQLite's limit on bound values. */
const BATCH = 500;

const COLUMNS = sql.raw(
  'account_id, kind, severity, state, raised_at, evidence, seen_by, seen_at, handled_by, handled_at, note',
);

const raiseForPractice = (practice: RawBuilder<unknown>) => sql`
  update practices set list_version = list_version + 1 where id = ${practice}`;

async function createFlags(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema
    .createTable('flags')
    .addColumn('account_id', t.uuid, (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('id', t.uuid, (c) => c.notNull())
    .addColumn('practice_id', t.uuid, (c) => c.notNull().references('practices.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) =>
      c.notNull().check(sql.raw(`severity in ('urgent', 'attention', 'inactivity', 'adherence')`)),
    )
    .addColumn('state', 'text', (c) => c.notNull().check(sql.raw(`state in ('new', 'seen', 'handled')`)))
    .addColumn('raised_at', t.timestamp, (c) => c.notNull())
    .addColumn('evidence', t.json, (c) => c.notNull())
    .addColumn('seen_by', t.uuid, (c) => c.references('accounts.id').onDelete('set null'))
    .addColumn('seen_at', t.timestamp)
    .addColumn('handled_by', t.uuid, (c) => c.references('accounts.id').onDelete('set null'))
    .addColumn('handled_at', t.timestamp)
    .addColumn('note', 'text', (c) => c.check(sql.raw('length(note) <= 2000')))
    .addPrimaryKeyConstraint('flags_pkey', ['account_id', 'id'])
    .execute();
  await db.schema
    .createIndex('flags_one_open')
    .on('flags')
    .columns(['account_id', 'practice_id', 'kind'])
    .unique()
    .where(sql.ref('handled_at'), 'is', null)
    .execute();
}

/** Every old flag once per practice the patient has a running link with, each with a new id. */
async function copyFlags(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema
    .createTable(COPIES)
    .addColumn('account_id', t.uuid, (c) => c.notNull())
    .addColumn('old_id', t.uuid, (c) => c.notNull())
    .addColumn('practice_id', t.uuid, (c) => c.notNull())
    .addColumn('new_id', t.uuid, (c) => c.notNull())
    .execute();
  // Neither database makes a uuid in SQL alike, so the new ids are made here; only ids pass through.
  const { rows } = await sql<{ account_id: string; id: string; practice_id: string }>`
    select distinct f.account_id, f.id, l.practice_id
    from ${sql.table(OLD)} f
    join care_links l on l.account_id = f.account_id and l.ended_at is null`.execute(db);
  for (let start = 0; start < rows.length; start += BATCH) {
    const values = rows
      .slice(start, start + BATCH)
      .map((row) => sql`(${row.account_id}, ${row.id}, ${row.practice_id}, ${randomUUID()})`);
    await sql`insert into ${sql.table(COPIES)} (account_id, old_id, practice_id, new_id)
      values ${sql.join(values)}`.execute(db);
  }
  await sql`
    insert into flags (id, practice_id, ${COLUMNS})
    select c.new_id, c.practice_id, ${sql.raw(
      'f.account_id, f.kind, f.severity, f.state, f.raised_at, f.evidence, f.seen_by, f.seen_at, f.handled_by, f.handled_at, f.note',
    )}
    from ${sql.table(OLD)} f
    join ${sql.table(COPIES)} c on c.account_id = f.account_id and c.old_id = f.id`.execute(db);
  await db.schema.dropTable(COPIES).execute();
}

async function raiseListVersionOnChange(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  switch (dialect) {
    case 'postgres':
      await sql`
        create function raise_list_version_of_flag() returns trigger language plpgsql as $$
        begin
          ${raiseForPractice(sql.raw(`(case when tg_op = 'DELETE' then old.practice_id else new.practice_id end)`))};
          return null;
        end
        $$`.execute(db);
      await sql`
        create trigger flags_raise_list_version after insert or update or delete on flags
        for each row execute function raise_list_version_of_flag()`.execute(db);
      break;
    case 'sqlite':
      for (const [event, row] of [
        ['insert', 'new'],
        ['update', 'new'],
        ['delete', 'old'],
      ] as const) {
        await sql`
          create trigger ${sql.raw(`flags_raise_list_version_on_${event}`)}
          after ${sql.raw(event)} on flags
          begin
            ${raiseForPractice(sql.raw(`${row}.practice_id`))};
          end`.execute(db);
      }
      break;
  }
}

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  // The old table's index name is taken anew; its triggers (migration 0013) go with the table.
  await db.schema.dropIndex('flags_one_open').execute();
  await db.schema.alterTable('flags').renameTo(OLD).execute();
  if (dialect === 'postgres') {
    // A primary key's index is named per schema, not per table.
    await sql`alter table ${sql.table(OLD)} rename constraint flags_pkey to flags_before_0014_pkey`.execute(
      db,
    );
  }
  await createFlags(db, dialect);
  await copyFlags(db, dialect);
  await db.schema.dropTable(OLD).execute();
  await raiseListVersionOnChange(db, dialect);
  // Every kept list was made from the old table.
  await sql`update practices set list_version = list_version + 1`.execute(db);
}
