/** SQL for logged walks. Rows are turned into the API's shape here, so services never see columns. */
import type { RedFlag, WalkLog } from '@wandelcoach/engine';
import type { NewWalkRow, WalkRow } from '../db/schema.js';
import { fromJson, toBoolean, toIso } from '../db/values.js';
import { compiledQuery } from './compiled.js';
import type { Executor } from './executor.js';

/** A walk as the API shows it: the contract's log fields, its id and when it was written. */
export interface Walk extends WalkLog {
  id: string;
  createdAt: string;
  updatedAt: string;
  /**
   * Only on a session a clinician supervised: by whom, by the name they go by now (null once their
   * account is gone), and why (null for a session stored before the reason was kept with it). The
   * patient's own walks leave it out.
   */
  supervisedBy?: { name: string | null; reason: string | null };
}

/** Fields to change; a field left out (or undefined) stays as it was. */
export type WalkChanges = { [K in Exclude<keyof WalkLog, 'id' | 'date' | 'kind'>]?: WalkLog[K] | undefined };

type LogColumns = Pick<
  WalkRow,
  | 'id'
  | 'date'
  | 'kind'
  | 'minutes'
  | 'pain_during'
  | 'pain_next_morning'
  | 'dizziness'
  | 'fall'
  | 'new_symptoms'
>;

const LOG_COLUMNS = [
  'id',
  'date',
  'kind',
  'minutes',
  'pain_during',
  'pain_next_morning',
  'dizziness',
  'fall',
  'new_symptoms',
] as const;

/** A walk as the engine reads it, with its id, so that a walk stored twice could never count twice. */
function toLog(row: LogColumns): WalkLog & { id: string } {
  return {
    id: row.id,
    date: row.date,
    kind: row.kind,
    minutes: row.minutes,
    painDuring: row.pain_during,
    painNextMorning: row.pain_next_morning,
    dizziness: toBoolean(row.dizziness),
    fall: toBoolean(row.fall),
    newSymptoms: fromJson(row.new_symptoms) as RedFlag[],
  };
}

type WalkWithSupervisor = WalkRow & { supervisor_name: string | null };

function toWalk(row: WalkWithSupervisor): Walk {
  return {
    ...toLog(row),
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
    ...(row.supervised_by !== null && {
      supervisedBy: { name: row.supervisor_name, reason: row.supervision_reason },
    }),
  };
}

/**
 * The walks with the name of the clinician who supervised them, if any. A subquery rather than a join:
 * it leaves the walks' own scan, and so the order of walks logged in the same moment, as it was.
 */
function selectWalks(db: Executor) {
  return db
    .selectFrom('walks')
    .selectAll('walks')
    .select((eb) =>
      eb
        .selectFrom('accounts')
        .select('accounts.display_name')
        .whereRef('accounts.id', '=', 'walks.supervised_by')
        .as('supervisor_name'),
    );
}

/** A supervised session's clinician (their account id) and why they supervised it. */
export interface Supervision {
  by: string;
  reason: string;
}

export function walkRow(
  accountId: string,
  id: string,
  log: WalkLog,
  requestHash: string,
  now: string,
  supervision: Supervision | null = null,
): NewWalkRow {
  return {
    account_id: accountId,
    supervised_by: supervision?.by ?? null,
    supervision_reason: supervision?.reason ?? null,
    id,
    date: log.date,
    kind: log.kind,
    minutes: log.minutes,
    pain_during: log.painDuring,
    pain_next_morning: log.painNextMorning,
    dizziness: log.dizziness ? 1 : 0,
    fall: log.fall ? 1 : 0,
    new_symptoms: JSON.stringify(log.newSymptoms),
    request_hash: requestHash,
    created_at: now,
    updated_at: now,
  };
}

/** Booleans go in as the column type each database expects. */
function forDialect(row: NewWalkRow, postgres: boolean): NewWalkRow {
  return postgres ? { ...row, dizziness: row.dizziness === 1, fall: row.fall === 1 } : row;
}

/** Stores the walk unless this account already has one with this id; true when it was stored. */
export async function insertWalkIfNew(db: Executor, row: NewWalkRow, postgres: boolean): Promise<boolean> {
  const result = await db
    .insertInto('walks')
    .values(forDialect(row, postgres))
    .onConflict((conflict) => conflict.columns(['account_id', 'id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

const insertReturning = compiledQuery(
  (
    db: Executor,
    accountId: string,
    id: string,
    date: string,
    kind: NewWalkRow['kind'],
    minutes: number,
    painDuring: number,
    painNextMorning: number | null,
    dizziness: NewWalkRow['dizziness'],
    fall: NewWalkRow['fall'],
    newSymptoms: string,
    requestHash: string,
    createdAt: string,
    updatedAt: string,
  ) =>
    db
      .insertInto('walks')
      .values({
        account_id: accountId,
        supervised_by: null,
        id,
        date,
        kind,
        minutes,
        pain_during: painDuring,
        pain_next_morning: painNextMorning,
        dizziness,
        fall,
        new_symptoms: newSymptoms,
        request_hash: requestHash,
        created_at: createdAt,
        updated_at: updatedAt,
      })
      .onConflict((conflict) => conflict.columns(['account_id', 'id']).doNothing())
      .returning('id'),
);

/** What {@link insertOwnWalk} found: stored now, or the id already taken or deleted. */
export type OwnWalkInsert = 'stored' | 'taken' | 'deleted';

/**
 * A person's own walk in one statement, so one round trip on PostgreSQL: `INSERT … ON CONFLICT DO
 * NOTHING RETURNING`, compiled once. The database refuses the id of a deleted walk itself (a trigger,
 * migration 0009) and raises the data version in the same statement.
 */
export async function insertOwnWalk(
  db: Executor,
  row: NewWalkRow,
  postgres: boolean,
): Promise<OwnWalkInsert> {
  const values = forDialect(row, postgres);
  try {
    const { rows } = await insertReturning(
      db,
      values.account_id,
      values.id,
      values.date,
      values.kind,
      values.minutes,
      values.pain_during,
      values.pain_next_morning ?? null,
      values.dizziness,
      values.fall,
      values.new_symptoms,
      values.request_hash,
      values.created_at,
      values.updated_at,
    );
    return rows.length > 0 ? 'stored' : 'taken';
  } catch (error) {
    if (error instanceof Error && error.message.includes(DELETED_WALK_REFUSED)) return 'deleted';
    throw error;
  }
}

/** The words the database's trigger refuses a deleted walk's id with (migration 0009). */
export const DELETED_WALK_REFUSED = 'wandelcoach: this walk was deleted';

export async function findWalk(
  db: Executor,
  accountId: string,
  id: string,
): Promise<{ walk: Walk; requestHash: string } | undefined> {
  const row = await selectWalks(db)
    .where('walks.account_id', '=', accountId)
    .where('walks.id', '=', id)
    .executeTakeFirst();
  return row === undefined ? undefined : { walk: toWalk(row), requestHash: row.request_hash };
}

export async function listWalks(db: Executor, accountId: string): Promise<Walk[]> {
  const rows = await selectWalks(db)
    .where('walks.account_id', '=', accountId)
    .orderBy('walks.date')
    .orderBy('walks.created_at')
    .execute();
  return rows.map(toWalk);
}

/** The walks of one day, in the order they were logged. */
export async function listWalksOn(db: Executor, accountId: string, date: string): Promise<Walk[]> {
  const rows = await selectWalks(db)
    .where('walks.account_id', '=', accountId)
    .where('walks.date', '=', date)
    .orderBy('walks.created_at')
    .execute();
  return rows.map(toWalk);
}

/**
 * Only what the engine needs, for the plan on every page view: the walks dated `from` to `to`
 * (plan-contract.md: from 30 days before the plan's start, so an old log never makes a plan fail).
 */
export async function listWalkLogs(
  db: Executor,
  accountId: string,
  from: string,
  to: string,
): Promise<WalkLog[]> {
  const rows = await db
    .selectFrom('walks')
    .select(LOG_COLUMNS)
    .where('account_id', '=', accountId)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .orderBy('date')
    .orderBy('created_at')
    .execute();
  return rows.map(toLog);
}

export async function updateWalk(
  db: Executor,
  accountId: string,
  id: string,
  changes: WalkChanges,
  now: string,
  postgres: boolean,
): Promise<void> {
  const bool = (value: boolean) => (postgres ? value : value ? 1 : 0);
  await db
    .updateTable('walks')
    .set({
      ...(changes.minutes !== undefined && { minutes: changes.minutes }),
      ...(changes.painDuring !== undefined && { pain_during: changes.painDuring }),
      ...(changes.painNextMorning !== undefined && { pain_next_morning: changes.painNextMorning }),
      ...(changes.dizziness !== undefined && { dizziness: bool(changes.dizziness) }),
      ...(changes.fall !== undefined && { fall: bool(changes.fall) }),
      ...(changes.newSymptoms !== undefined && { new_symptoms: JSON.stringify(changes.newSymptoms) }),
      updated_at: now,
    })
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .execute();
}

/** Leaves a tombstone of a deleted walk's id (once; a second delete of it finds the first). */
export async function insertTombstone(
  db: Executor,
  accountId: string,
  id: string,
  at: string,
): Promise<void> {
  await db
    .insertInto('walk_tombstones')
    .values({ account_id: accountId, id, deleted_at: at })
    .onConflict((conflict) => conflict.columns(['account_id', 'id']).doNothing())
    .execute();
}

export async function hasTombstone(db: Executor, accountId: string, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('walk_tombstones')
    .select('id')
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}

/** Tombstones older than `before`: no phone retries that long. */
export async function deleteOldTombstones(db: Executor, before: string): Promise<void> {
  await db.deleteFrom('walk_tombstones').where('deleted_at', '<', before).execute();
}

export async function deleteWalk(db: Executor, accountId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('walks')
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The walks dated `from` to `to`, with when each was written (the flag rules read both). */
export async function listWalksBetween(
  db: Executor,
  accountId: string,
  from: string,
  to: string,
): Promise<Walk[]> {
  const rows = await selectWalks(db)
    .where('walks.account_id', '=', accountId)
    .where('walks.date', '>=', from)
    .where('walks.date', '<=', to)
    .orderBy('walks.date')
    .orderBy('walks.created_at')
    .execute();
  return rows.map(toWalk);
}
