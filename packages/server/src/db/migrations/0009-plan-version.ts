/**
 * A data version per person (`accounts.plan_version`), raised by the database itself whenever a row
 * the plan is made from changes: an intake, a walk, a clinician's plan change or clearance. Servers
 * keep today's answer keyed by it (docs/scaling.md, "Today's answer, kept per change"), so no writer
 * can forget to raise it, whatever code path or tool writes. And the database itself refuses a
 * deleted walk's id (its tombstone), so a walk is stored in one statement. Frozen once shipped.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../database.js';

/** The tables the plan is made from, each keyed by the person's `account_id`. */
const PLAN_TABLES = ['intakes', 'walks', 'prescription_items'] as const;

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .alterTable('accounts')
    .addColumn('plan_version', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  switch (dialect) {
    case 'postgres':
      await sql`
        create function raise_plan_version() returns trigger language plpgsql as $$
        begin
          update accounts set plan_version = plan_version + 1
          where id = (case when tg_op = 'DELETE' then old.account_id else new.account_id end);
          return null;
        end
        $$`.execute(db);
      for (const table of PLAN_TABLES) {
        await sql`
          create trigger ${sql.raw(`${table}_raise_plan_version`)}
          after insert or update or delete on ${sql.table(table)}
          for each row execute function raise_plan_version()`.execute(db);
      }
      await sql`
        create function walks_not_deleted() returns trigger language plpgsql as $$
        begin
          if exists (select 1 from walk_tombstones where account_id = new.account_id and id = new.id) then
            raise exception 'wandelcoach: this walk was deleted';
          end if;
          return new;
        end
        $$`.execute(db);
      await sql`
        create trigger walks_not_deleted before insert on walks
        for each row execute function walks_not_deleted()`.execute(db);
      break;
    case 'sqlite':
      for (const table of PLAN_TABLES) {
        for (const [event, row] of [
          ['insert', 'new'],
          ['update', 'new'],
          ['delete', 'old'],
        ] as const) {
          await sql`
            create trigger ${sql.raw(`${table}_raise_plan_version_on_${event}`)}
            after ${sql.raw(event)} on ${sql.table(table)}
            begin
              update accounts set plan_version = plan_version + 1 where id = ${sql.raw(row)}.account_id;
            end`.execute(db);
        }
      }
      await sql`
        create trigger walks_not_deleted before insert on walks
        when exists (select 1 from walk_tombstones where account_id = new.account_id and id = new.id)
        begin select raise(abort, 'wandelcoach: this walk was deleted'); end`.execute(db);
      break;
  }
}
