/** SQL for practices and their members (docs/care-team.md). */
import { sql } from 'kysely';
import { toBoolean } from '../db/values.js';
import type { Executor } from './executor.js';

export interface Membership {
  practiceId: string;
  practiceName: string;
  isAdmin: boolean;
  isClinician: boolean;
}

/** Every practice the account belongs to, by name. */
export async function membershipsOf(db: Executor, accountId: string): Promise<Membership[]> {
  const rows = await db
    .selectFrom('practice_members')
    .innerJoin('practices', 'practices.id', 'practice_members.practice_id')
    .select(['practices.id', 'practices.name', 'practice_members.is_admin', 'practice_members.is_clinician'])
    .where('practice_members.account_id', '=', accountId)
    .orderBy('practices.name')
    .execute();
  return rows.map((row) => ({
    practiceId: row.id,
    practiceName: row.name,
    isAdmin: toBoolean(row.is_admin),
    isClinician: toBoolean(row.is_clinician),
  }));
}

/** True when the account is a clinician of the practice now. */
export async function isClinicianOf(db: Executor, accountId: string, practiceId: string): Promise<boolean> {
  const row = await db
    .selectFrom('practice_members')
    .select(sql<number>`1`.as('one'))
    .where('practice_id', '=', practiceId)
    .where('account_id', '=', accountId)
    .where(sql<boolean>`${sql.ref('is_clinician')}`)
    .executeTakeFirst();
  return row !== undefined;
}

/** True when the account is a clinician of any practice: such accounts need a second factor. */
export async function isClinicianAnywhere(db: Executor, accountId: string): Promise<boolean> {
  const row = await db
    .selectFrom('practice_members')
    .select(sql<number>`1`.as('one'))
    .where('account_id', '=', accountId)
    .where(sql<boolean>`${sql.ref('is_clinician')}`)
    .executeTakeFirst();
  return row !== undefined;
}
