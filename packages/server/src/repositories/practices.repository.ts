/** SQL for practices and their members (docs/care-team.md). */
import { sql } from 'kysely';
import type { Dialect } from '../db/database.js';
import { fromBoolean, toBoolean, toIso } from '../db/values.js';
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

export async function insertPractice(
  db: Executor,
  practice: { id: string; name: string; createdAt: string },
): Promise<void> {
  await db
    .insertInto('practices')
    .values({ id: practice.id, name: practice.name, created_at: practice.createdAt })
    .execute();
}

export async function findPracticeName(db: Executor, practiceId: string): Promise<string | undefined> {
  const row = await db.selectFrom('practices').select('name').where('id', '=', practiceId).executeTakeFirst();
  return row?.name;
}

/**
 * Holds the practice's row until the transaction ends (PostgreSQL; SQLite writes one at a time
 * anyway), so two changes to its members cannot both count the admins before either removes one.
 */
export async function lockPractice(db: Executor, practiceId: string, dialect: Dialect): Promise<void> {
  switch (dialect) {
    case 'postgres':
      await db.selectFrom('practices').select('id').where('id', '=', practiceId).forUpdate().execute();
      return;
    case 'sqlite':
      return;
  }
}

export interface Roles {
  isAdmin: boolean;
  isClinician: boolean;
}

/** The account's roles in the practice, or undefined when it is no member. */
export async function rolesIn(
  db: Executor,
  practiceId: string,
  accountId: string,
): Promise<Roles | undefined> {
  const row = await db
    .selectFrom('practice_members')
    .select(['is_admin', 'is_clinician'])
    .where('practice_id', '=', practiceId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return row === undefined
    ? undefined
    : { isAdmin: toBoolean(row.is_admin), isClinician: toBoolean(row.is_clinician) };
}

/** Makes the account a member with these roles; a member already gets the roles added to theirs. */
export async function addMember(
  db: Executor,
  member: { practiceId: string; accountId: string; roles: Roles; at: string },
  dialect: Dialect,
): Promise<void> {
  const current = await rolesIn(db, member.practiceId, member.accountId);
  if (current === undefined) {
    await db
      .insertInto('practice_members')
      .values({
        practice_id: member.practiceId,
        account_id: member.accountId,
        is_admin: fromBoolean(member.roles.isAdmin, dialect),
        is_clinician: fromBoolean(member.roles.isClinician, dialect),
        created_at: member.at,
      })
      .execute();
    return;
  }
  await db
    .updateTable('practice_members')
    .set({
      is_admin: fromBoolean(current.isAdmin || member.roles.isAdmin, dialect),
      is_clinician: fromBoolean(current.isClinician || member.roles.isClinician, dialect),
    })
    .where('practice_id', '=', member.practiceId)
    .where('account_id', '=', member.accountId)
    .execute();
}

export interface Member extends Roles {
  accountId: string;
  displayName: string | null;
  email: string;
  since: string;
  /** True when they set up the authenticator app (confirmed), which an admin may reset. */
  hasSecondFactor: boolean;
}

/** The practice's members, by name (members without one by email), with whether each set up the app. */
export async function listMembers(db: Executor, practiceId: string): Promise<Member[]> {
  const rows = await db
    .selectFrom('practice_members')
    .innerJoin('accounts', 'accounts.id', 'practice_members.account_id')
    .leftJoin('second_factors', 'second_factors.account_id', 'practice_members.account_id')
    .select([
      'accounts.id',
      'accounts.display_name',
      'accounts.email',
      'practice_members.is_admin',
      'practice_members.is_clinician',
      'practice_members.created_at',
      'second_factors.confirmed_at',
    ])
    .where('practice_members.practice_id', '=', practiceId)
    .orderBy('accounts.display_name')
    .orderBy('accounts.email')
    .execute();
  return rows.map((row) => ({
    accountId: row.id,
    displayName: row.display_name,
    email: row.email,
    isAdmin: toBoolean(row.is_admin),
    isClinician: toBoolean(row.is_clinician),
    since: toIso(row.created_at),
    hasSecondFactor: row.confirmed_at !== null,
  }));
}

/** Sets a member's roles as given (not added to theirs, as `addMember` does). */
export async function setRoles(
  db: Executor,
  member: { practiceId: string; accountId: string; roles: Roles },
  dialect: Dialect,
): Promise<void> {
  await db
    .updateTable('practice_members')
    .set({
      is_admin: fromBoolean(member.roles.isAdmin, dialect),
      is_clinician: fromBoolean(member.roles.isClinician, dialect),
    })
    .where('practice_id', '=', member.practiceId)
    .where('account_id', '=', member.accountId)
    .execute();
}

export async function countAdmins(db: Executor, practiceId: string): Promise<number> {
  const row = await db
    .selectFrom('practice_members')
    .select((eb) => eb.fn.countAll<number | string>().as('admins'))
    .where('practice_id', '=', practiceId)
    .where(sql<boolean>`${sql.ref('is_admin')}`)
    .executeTakeFirstOrThrow();
  return Number(row.admins);
}

export async function deleteMember(db: Executor, practiceId: string, accountId: string): Promise<void> {
  await db
    .deleteFrom('practice_members')
    .where('practice_id', '=', practiceId)
    .where('account_id', '=', accountId)
    .execute();
}

/** The practices the account is a clinician of. */
export async function clinicianPracticeIds(db: Executor, accountId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('practice_members')
    .select('practice_id')
    .where('account_id', '=', accountId)
    .where(sql<boolean>`${sql.ref('is_clinician')}`)
    .execute();
  return rows.map((row) => row.practice_id);
}

/**
 * True when the practice has anyone besides `accountId`: another member, or a patient whose link
 * runs. Such a practice cannot be left without an admin.
 *
 * The two EXISTS below look alike but ask two tables different things (a member other than the
 * account; any link not ended, whoever made it), so they stay two; a UNION of them would read
 * worse and answer the same. Both in one statement, so the check is one round trip.
 */
export async function practiceHasOthers(
  db: Executor,
  practiceId: string,
  accountId: string,
): Promise<boolean> {
  const row = await db
    .selectNoFrom((eb) => [
      eb
        .exists(
          eb
            .selectFrom('practice_members')
            .select('account_id')
            .where('practice_id', '=', practiceId)
            .where('account_id', '!=', accountId),
        )
        .as('other_member'),
      eb
        .exists(
          eb
            .selectFrom('care_links')
            .select('id')
            .where('practice_id', '=', practiceId)
            .where('ended_at', 'is', null),
        )
        .as('linked_patient'),
    ])
    .executeTakeFirstOrThrow();
  return toBoolean(row.other_member) || toBoolean(row.linked_patient);
}
