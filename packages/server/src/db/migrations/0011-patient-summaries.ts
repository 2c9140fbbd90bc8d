/**
 * One row per person for the practice's list (`patient_summaries`): the latest stored plan weeks
 * (start, planned and walked minutes, average pain) as a small JSON array, oldest first, and the date
 * of the last walk. The list reads one row a patient instead of every patient's weeks and walks.
 *
 * The database keeps it, as migration 0009 keeps the data version: triggers on `weekly_minutes` and
 * `walks` rewrite the row in the very statement that changes them, so no writer (the API, housekeeping,
 * a tool, a deletion) can leave it behind. Which week "has ended" and which weeks are "the past 4"
 * are picked when the list is read, from the patient's own date then, so the row never goes stale as
 * days pass. Rows written before this migration are summarised here. Frozen once shipped.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Dialect } from '../database.js';
import { columnTypes } from './column-types.js';

/** How many of the latest plan weeks a summary holds: the last ended one and the 4 of the pain trend. */
const WEEKS_KEPT = 6;

/** The JSON array of the account's latest weeks, oldest first: `[[weekStart, planned, walked, pain], …]`. */
function recentWeeks(dialect: Dialect, account: RawBuilder<unknown>): RawBuilder<unknown> {
  const latest = sql`
    select week_start, planned_minutes, walked_minutes, average_pain from weekly_minutes
    where account_id = ${account} order by week_start desc limit ${sql.lit(WEEKS_KEPT)}`;
  switch (dialect) {
    case 'postgres':
      return sql`(select coalesce(jsonb_agg(jsonb_build_array(week_start, planned_minutes,
        walked_minutes, average_pain) order by week_start), '[]'::jsonb) from (${latest}) latest)`;
    case 'sqlite':
      return sql`(select json_group_array(json_array(week_start, planned_minutes, walked_minutes,
        average_pain) order by week_start) from (${latest}))`;
  }
}

const lastWalk = (account: RawBuilder<unknown>) =>
  sql`(select max(date) from walks where account_id = ${account})`;

/**
 * A summary row for the account unless it has one. Not `insert or ignore`: in a trigger, SQLite uses
 * the conflict handling of the statement that fired it instead (an upsert's, which aborts).
 */
const summaryFor = (account: RawBuilder<unknown>) => sql`
  insert into patient_summaries (account_id) select ${account}
  where not exists (select 1 from patient_summaries where account_id = ${account})`;

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema
    .createTable('patient_summaries')
    .addColumn('account_id', t.uuid, (c) => c.primaryKey().references('accounts.id').onDelete('cascade'))
    .addColumn('recent_weeks', t.json, (c) => c.notNull().defaultTo(sql.lit('[]')))
    // The date of the last walk, YYYY-MM-DD; null without one.
    .addColumn('last_walk', 'text')
    .execute();

  await sql`
    insert into patient_summaries (account_id, recent_weeks, last_walk)
    select id, ${recentWeeks(dialect, sql.ref('accounts.id'))}, ${lastWalk(sql.ref('accounts.id'))}
    from accounts
    where exists (select 1 from weekly_minutes where account_id = accounts.id)
       or exists (select 1 from walks where account_id = accounts.id)`.execute(db);

  // A deletion only updates: the account may be on its way out, and a row inserted then would outlive it.
  switch (dialect) {
    case 'postgres': {
      const weeks = (row: string) => recentWeeks(dialect, sql.raw(`${row}.account_id`));
      await sql`
        create function summarise_weekly_minutes() returns trigger language plpgsql as $$
        begin
          if tg_op = 'DELETE' then
            update patient_summaries set recent_weeks = ${weeks('old')} where account_id = old.account_id;
          else
            insert into patient_summaries (account_id) values (new.account_id) on conflict do nothing;
            update patient_summaries set recent_weeks = ${weeks('new')} where account_id = new.account_id;
          end if;
          return null;
        end
        $$`.execute(db);
      await sql`
        create trigger weekly_minutes_summarise after insert or update or delete on weekly_minutes
        for each row execute function summarise_weekly_minutes()`.execute(db);
      await sql`
        create function summarise_walks() returns trigger language plpgsql as $$
        begin
          if tg_op = 'INSERT' then
            insert into patient_summaries (account_id, last_walk) values (new.account_id, new.date)
            on conflict (account_id) do update set last_walk = greatest(patient_summaries.last_walk, excluded.last_walk);
          else
            update patient_summaries set last_walk = ${lastWalk(sql.raw('old.account_id'))}
            where account_id = old.account_id;
          end if;
          return null;
        end
        $$`.execute(db);
      await sql`
        create trigger walks_summarise after insert or update of date or delete on walks
        for each row execute function summarise_walks()`.execute(db);
      break;
    }
    case 'sqlite': {
      for (const [event, row] of [
        ['insert', 'new'],
        ['update', 'new'],
        ['delete', 'old'],
      ] as const) {
        const account = sql.raw(`${row}.account_id`);
        await sql`
          create trigger ${sql.raw(`weekly_minutes_summarise_on_${event}`)}
          after ${sql.raw(event)} on weekly_minutes
          begin
            ${event === 'delete' ? sql`` : sql`${summaryFor(account)};`}
            update patient_summaries set recent_weeks = ${recentWeeks(dialect, account)} where account_id = ${account};
          end`.execute(db);
      }
      await sql`
        create trigger walks_summarise_on_insert after insert on walks
        begin
          ${summaryFor(sql.raw('new.account_id'))};
          update patient_summaries set last_walk = new.date
          where account_id = new.account_id and (last_walk is null or last_walk < new.date);
        end`.execute(db);
      for (const [name, event] of [
        ['update', 'update of date'],
        ['delete', 'delete'],
      ] as const) {
        await sql`
          create trigger ${sql.raw(`walks_summarise_on_${name}`)}
          after ${sql.raw(event)} on walks
          begin
            update patient_summaries set last_walk = ${lastWalk(sql.raw('old.account_id'))}
            where account_id = old.account_id;
          end`.execute(db);
      }
      break;
    }
  }
}
