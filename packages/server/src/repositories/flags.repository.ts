/**
 * SQL for flags (docs/care-team.md, "Flags"). Each flag is one practice's: every read and change
 * names the practice, so no practice reads or changes another's. A flag is inserted with `on conflict
 * do nothing`: the unique partial index `flags_one_open` (migration 0014) keeps one open flag per
 * patient, practice and kind, so processes raising the same flag at once store it once.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { FlagSeverity, FlagState } from '../db/schema.js';
import { fromJson, toIso } from '../db/values.js';
import type { FlagEvidence, FlagKind } from '../services/flag-rules/types.js';
import { compiledQuery } from './compiled.js';
import type { Executor } from './executor.js';

export interface NewFlag {
  accountId: string;
  practiceId: string;
  kind: FlagKind;
  severity: FlagSeverity;
  evidence: FlagEvidence;
  raisedAt: string;
}

/** Stores the flag unless one of its kind is open for the patient and practice; true when it was stored. */
export async function insertFlagIfNoneOpen(db: Executor, flag: NewFlag): Promise<boolean> {
  const result = await db
    .insertInto('flags')
    .values({
      account_id: flag.accountId,
      id: randomUUID(),
      practice_id: flag.practiceId,
      kind: flag.kind,
      severity: flag.severity,
      state: 'new',
      raised_at: flag.raisedAt,
      evidence: JSON.stringify(flag.evidence),
    })
    .onConflict((conflict) => conflict.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/**
 * Per kind, the latest time a flag of the patient was raised or handled by the practice: evidence
 * older than that has been taken into account there, and raises nothing again for that practice.
 */
export async function latestFlagTimes(
  db: Executor,
  accountId: string,
  practiceId: string,
): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('flags')
    .select(['kind', 'raised_at', 'handled_at'])
    .where('account_id', '=', accountId)
    .where('practice_id', '=', practiceId)
    .execute();
  const latest = new Map<string, string>();
  for (const row of rows) {
    for (const at of [row.raised_at, row.handled_at]) {
      if (at === null) continue;
      const iso = toIso(at);
      if ((latest.get(row.kind) ?? '') < iso) latest.set(row.kind, iso);
    }
  }
  return latest;
}

/** A flag as a clinician reads it. */
export interface Flag {
  id: string;
  patientId: string;
  kind: FlagKind;
  severity: FlagSeverity;
  state: FlagState;
  raisedAt: string;
  evidence: FlagEvidence;
  seen: FlagBy | null;
  handled: FlagBy | null;
  note: string | null;
}

/** Who saw or handled a flag, and when; the name they go by now (null once the account is gone). */
export interface FlagBy {
  by: string | null;
  name: string | null;
  at: string;
}

/** A flag in a practice's list: with the name the practice gave the patient. */
export interface PracticeFlag extends Flag {
  patientName: string;
}

const FLAG_COLUMNS = [
  'flags.id',
  'flags.account_id',
  'flags.kind',
  'flags.severity',
  'flags.state',
  'flags.raised_at',
  'flags.evidence',
  'flags.seen_by',
  'flags.seen_at',
  'flags.handled_by',
  'flags.handled_at',
  'flags.note',
] as const;

interface FlagColumns {
  id: string;
  account_id: string;
  kind: string;
  severity: FlagSeverity;
  state: FlagState;
  raised_at: Date | string;
  evidence: unknown;
  seen_by: string | null;
  seen_at: Date | string | null;
  handled_by: string | null;
  handled_at: Date | string | null;
  note: string | null;
}

function toFlag(row: FlagColumns): Flag {
  return {
    id: row.id,
    patientId: row.account_id,
    // Only the rules' kinds and evidence are ever stored (flags.service.ts).
    kind: row.kind as FlagKind,
    severity: row.severity,
    state: row.state,
    raisedAt: toIso(row.raised_at),
    evidence: fromJson(row.evidence) as FlagEvidence,
    seen: row.seen_at === null ? null : { by: row.seen_by, name: null, at: toIso(row.seen_at) },
    handled: row.handled_at === null ? null : { by: row.handled_by, name: null, at: toIso(row.handled_at) },
    note: row.note,
  };
}

/**
 * Fills in the names of who saw and handled the flags, as they go by now: one query for all of them
 * (the flags keep account ids only, so a renamed clinician reads by the new name).
 */
export async function withNames<T extends Flag>(db: Executor, flags: readonly T[]): Promise<T[]> {
  const ids = [
    ...new Set(
      flags
        .flatMap((flag) => [flag.seen?.by, flag.handled?.by])
        .filter((id): id is string => typeof id === 'string'),
    ),
  ];
  if (ids.length === 0) return [...flags];
  const rows = await db
    .selectFrom('accounts')
    .select(['id', 'display_name'])
    .where('id', 'in', ids)
    .execute();
  const names = new Map(rows.map((row) => [row.id, row.display_name]));
  const named = (who: FlagBy | null): FlagBy | null =>
    who === null ? null : { ...who, name: who.by === null ? null : (names.get(who.by) ?? null) };
  return flags.map((flag) => ({ ...flag, seen: named(flag.seen), handled: named(flag.handled) }));
}

/** Most urgent first: the severities in their order (types in `flag-rules`). */
const severityRank = sql<number>`case ${sql.ref('flags.severity')}
  when 'urgent' then 0 when 'attention' then 1 when 'inactivity' then 2 else 3 end`;

/** How many flags a list holds at most; handled ones pile up, open ones do not. */
export const FLAG_LIST_LIMIT = 500;

/**
 * The flags of the practice's patients with a running link, most urgent first, then newest; open
 * ones (new or seen) unless `states` says otherwise.
 */
export async function listFlagsOfPractice(
  db: Executor,
  practiceId: string,
  filter: { states: readonly FlagState[]; kind?: string | undefined },
): Promise<PracticeFlag[]> {
  let query = db
    .selectFrom('flags')
    .innerJoin('care_links', (join) =>
      join
        .onRef('care_links.account_id', '=', 'flags.account_id')
        .onRef('care_links.practice_id', '=', 'flags.practice_id'),
    )
    .select([...FLAG_COLUMNS, 'care_links.patient_name'])
    .where('flags.practice_id', '=', practiceId)
    .where('care_links.ended_at', 'is', null)
    .where('flags.state', 'in', filter.states);
  if (filter.kind !== undefined) query = query.where('flags.kind', '=', filter.kind);
  const rows = await query
    .orderBy(severityRank)
    .orderBy('flags.raised_at', 'desc')
    .orderBy('flags.id')
    .limit(FLAG_LIST_LIMIT)
    .execute();
  return rows.map((row) => ({ ...toFlag(row), patientName: row.patient_name }));
}

/** One patient's flags of the practice, open and handled, newest first. */
export async function listFlagsOfPatient(
  db: Executor,
  patientId: string,
  practiceId: string,
): Promise<Flag[]> {
  const rows = await db
    .selectFrom('flags')
    .select(FLAG_COLUMNS)
    .where('flags.account_id', '=', patientId)
    .where('flags.practice_id', '=', practiceId)
    .orderBy('flags.raised_at', 'desc')
    .orderBy('flags.id')
    .limit(FLAG_LIST_LIMIT)
    .execute();
  return rows.map(toFlag);
}

/** The practice's flag; another practice's reads as unknown. */
export async function findFlag(
  db: Executor,
  patientId: string,
  practiceId: string,
  flagId: string,
): Promise<Flag | undefined> {
  const row = await db
    .selectFrom('flags')
    .select(FLAG_COLUMNS)
    .where('flags.account_id', '=', patientId)
    .where('flags.practice_id', '=', practiceId)
    .where('flags.id', '=', flagId)
    .executeTakeFirst();
  return row === undefined ? undefined : toFlag(row);
}

export interface FlagChange {
  state: 'seen' | 'handled';
  by: string;
  at: string;
  /** Left as it was when undefined. */
  note?: string | undefined;
  /** False when it was seen before: the first one who saw it stays. */
  firstSeen: boolean;
}

/** Marks the practice's flag seen or handled (who and when); a handled flag is not changed again. */
export async function changeFlag(
  db: Executor,
  patientId: string,
  practiceId: string,
  flagId: string,
  change: FlagChange,
): Promise<boolean> {
  const result = await db
    .updateTable('flags')
    .set({
      state: change.state,
      ...(change.firstSeen && { seen_by: change.by, seen_at: change.at }),
      ...(change.state === 'handled' && { handled_by: change.by, handled_at: change.at }),
      ...(change.note !== undefined && { note: change.note }),
    })
    .where('account_id', '=', patientId)
    .where('practice_id', '=', practiceId)
    .where('id', '=', flagId)
    .where('handled_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The open flags of the practice's running links' patients, for its list of patients. */
const openFlagsOfPracticeQuery = compiledQuery((db: Executor, practiceId: string) =>
  db
    .selectFrom('flags')
    .innerJoin('care_links', (join) =>
      join
        .onRef('care_links.account_id', '=', 'flags.account_id')
        .onRef('care_links.practice_id', '=', 'flags.practice_id'),
    )
    .select(['flags.account_id', 'flags.kind', 'flags.severity'])
    .where('flags.practice_id', '=', practiceId)
    .where('care_links.ended_at', 'is', null)
    .where('flags.handled_at', 'is', null)
    .orderBy(severityRank)
    .orderBy('flags.kind'),
);

export async function openFlagsOfPractice(
  db: Executor,
  practiceId: string,
): Promise<{ patientId: string; kind: FlagKind; severity: FlagSeverity }[]> {
  const { rows } = await openFlagsOfPracticeQuery(db, practiceId);
  return rows.map((row) => ({
    patientId: row.account_id,
    kind: row.kind as FlagKind,
    severity: row.severity,
  }));
}

/** A flag in the patient's own data export: every practice's, with the practice's name. */
export interface ExportedFlag extends Flag {
  practiceName: string;
}

/** All the patient's flags, of every practice, newest first (the patient's data export). */
export async function listAllFlagsOfPatient(db: Executor, patientId: string): Promise<ExportedFlag[]> {
  const rows = await db
    .selectFrom('flags')
    .innerJoin('practices', 'practices.id', 'flags.practice_id')
    .select([...FLAG_COLUMNS, 'practices.name'])
    .where('flags.account_id', '=', patientId)
    .orderBy('flags.raised_at', 'desc')
    .orderBy('flags.id')
    .execute();
  return rows.map((row) => ({ ...toFlag(row), practiceName: row.name }));
}
