/**
 * A version per practice's patient list (`practices.list_version`), raised by the database itself
 * whenever a row the list is made from changes: a care link of the practice (made, renamed, ended,
 * deleted), the summary of a patient linked with it (`patient_summaries`, itself kept by triggers on
 * walks and weekly minutes), a flag of such a patient, or such a patient's time zone. Servers keep the
 * list per version (docs/scaling.md, "The practice's list, kept per change"), as today's answer is kept
 * per `accounts.plan_version` (migration 0009): no writer, code path or tool can forget to raise it.
 * Frozen once shipped.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Dialect } from '../database.js';

/** The tables whose rows are a linked patient's (by `account_id`), and the events that change the list. */
const PATIENT_TABLES = ['patient_summaries', 'flags'] as const;

/** Raises the version of every practice the patient has a running link with. */
const raiseForPatient = (account: RawBuilder<unknown>) => sql`
  update practices set list_version = list_version + 1
  where id in (select practice_id from care_links where account_id = ${account} and ended_at is null)`;

const raiseForPractice = (practice: RawBuilder<unknown>) => sql`
  update practices set list_version = list_version + 1 where id = ${practice}`;

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .alterTable('practices')
    .addColumn('list_version', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  switch (dialect) {
    case 'postgres': {
      const either = (column: string) =>
        sql.raw(`(case when tg_op = 'DELETE' then old.${column} else new.${column} end)`);
      await sql`
        create function raise_list_version_of_patient() returns trigger language plpgsql as $$
        begin
          ${raiseForPatient(either('account_id'))};
          return null;
        end
        $$`.execute(db);
      for (const table of PATIENT_TABLES) {
        await sql`
          create trigger ${sql.raw(`${table}_raise_list_version`)}
          after insert or update or delete on ${sql.table(table)}
          for each row execute function raise_list_version_of_patient()`.execute(db);
      }
      await sql`
        create function raise_list_version_of_link() returns trigger language plpgsql as $$
        begin
          ${raiseForPractice(either('practice_id'))};
          return null;
        end
        $$`.execute(db);
      await sql`
        create trigger care_links_raise_list_version after insert or update or delete on care_links
        for each row execute function raise_list_version_of_link()`.execute(db);
      await sql`
        create function raise_list_version_of_account() returns trigger language plpgsql as $$
        begin
          ${raiseForPatient(sql.raw('new.id'))};
          return null;
        end
        $$`.execute(db);
      await sql`
        create trigger accounts_raise_list_version after update of time_zone on accounts
        for each row when (old.time_zone is distinct from new.time_zone)
        execute function raise_list_version_of_account()`.execute(db);
      break;
    }
    case 'sqlite': {
      const events = [
        ['insert', 'new'],
        ['update', 'new'],
        ['delete', 'old'],
      ] as const;
      for (const table of PATIENT_TABLES) {
        for (const [event, row] of events) {
          await sql`
            create trigger ${sql.raw(`${table}_raise_list_version_on_${event}`)}
            after ${sql.raw(event)} on ${sql.table(table)}
            begin
              ${raiseForPatient(sql.raw(`${row}.account_id`))};
            end`.execute(db);
        }
      }
      for (const [event, row] of events) {
        await sql`
          create trigger ${sql.raw(`care_links_raise_list_version_on_${event}`)}
          after ${sql.raw(event)} on care_links
          begin
            ${raiseForPractice(sql.raw(`${row}.practice_id`))};
          end`.execute(db);
      }
      await sql`
        create trigger accounts_raise_list_version after update of time_zone on accounts
        when old.time_zone is not new.time_zone
        begin
          ${raiseForPatient(sql.raw('new.id'))};
        end`.execute(db);
      break;
    }
  }
}
