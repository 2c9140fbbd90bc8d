/**
 * SQL for the access log (NEN 7513): one row for every look at or change of a patient's record by
 * someone other than the patient, and for consent, revocation and clinicians' sign-ins. Random ids
 * only; the database refuses updates and deletes (migration 0004). Names are joined when it is read.
 */
import { randomUUID } from 'node:crypto';
import { toIso } from '../db/values.js';
import type { Executor } from './executor.js';

/** What was reached: a part of the patient's record, or the care relationship itself. */
export type AccessResource =
  | 'intake'
  | 'plan'
  | 'today'
  | 'walk'
  | 'walks'
  | 'prescription'
  | 'progress'
  | 'export'
  | 'care-link'
  | 'patients'
  | 'flags'
  | 'notes'
  | 'access-log'
  | 'outcome-measures'
  | 'session'
  | 'second-factor';

export type AccessAction = 'read' | 'change' | 'consent' | 'revoke' | 'end' | 'sign-in' | 'reset';

export interface AccessEntry {
  at: string;
  /** Who did it: the clinician, or the patient for consent and revocation. */
  actorId: string | null;
  /** The practice the actor acted for. */
  practiceId: string | null;
  /** Whose record; null for a clinician's sign-in and an admin's reset of a member's second factor. */
  patientId: string | null;
  resource: AccessResource;
  action: AccessAction;
}

export async function recordAccess(db: Executor, entry: AccessEntry): Promise<void> {
  await db
    .insertInto('access_log')
    .values({
      id: randomUUID(),
      at: entry.at,
      actor_id: entry.actorId,
      practice_id: entry.practiceId,
      patient_id: entry.patientId,
      resource: entry.resource,
      action: entry.action,
    })
    .execute();
}

/** Who did it, as the patient reads it: themselves, a clinician still of the practice, or a former one. */
export type AccessActor =
  { kind: 'you' } | { kind: 'clinician'; name: string | null } | { kind: 'former-member' };

export interface AccessAbout {
  at: string;
  who: AccessActor;
  /** Null when the entry names no practice, or the practice is gone. */
  practiceName: string | null;
  resource: string;
  action: string;
  /** Where the next page starts, for this entry's page's `before`. */
  cursor: { at: string; id: string };
}

/**
 * The entries about a patient's record, newest first, with names joined now: an actor who is no
 * longer a member of the practice they acted for (or no longer has an account) is a former member.
 * `before` continues after the last entry of a page (the time and id of that entry, since several
 * entries can share a millisecond).
 */
export async function listAccessAbout(
  db: Executor,
  patientId: string,
  page: {
    limit: number;
    before?: { at: string; id: string } | undefined;
    /** Only what the members of this practice did (a clinician's view of the log). */
    byPracticeOf?: string | undefined;
  },
): Promise<AccessAbout[]> {
  let query = db
    .selectFrom('access_log')
    .leftJoin('practices', 'practices.id', 'access_log.practice_id')
    .leftJoin('practice_members', (join) =>
      join
        .onRef('practice_members.practice_id', '=', 'access_log.practice_id')
        .onRef('practice_members.account_id', '=', 'access_log.actor_id'),
    )
    .leftJoin('accounts', 'accounts.id', 'practice_members.account_id')
    .select([
      'access_log.id',
      'access_log.at',
      'access_log.actor_id',
      'access_log.resource',
      'access_log.action',
      'practices.name as practice_name',
      'practice_members.account_id as member_id',
      'accounts.display_name',
    ])
    .where('access_log.patient_id', '=', patientId);
  if (page.byPracticeOf !== undefined) {
    query = query
      .where('access_log.practice_id', '=', page.byPracticeOf)
      .where('access_log.actor_id', '<>', patientId);
  }
  const before = page.before;
  if (before !== undefined) {
    query = query.where((eb) =>
      eb.or([
        eb('access_log.at', '<', before.at),
        eb.and([eb('access_log.at', '=', before.at), eb('access_log.id', '<', before.id)]),
      ]),
    );
  }
  const rows = await query
    .orderBy('access_log.at', 'desc')
    .orderBy('access_log.id', 'desc')
    .limit(page.limit)
    .execute();
  return rows.map((row) => {
    const at = toIso(row.at);
    let who: AccessActor;
    if (row.actor_id === patientId) who = { kind: 'you' };
    else if (row.member_id === null) who = { kind: 'former-member' };
    else who = { kind: 'clinician', name: row.display_name };
    return {
      at,
      who,
      practiceName: row.practice_name,
      resource: row.resource,
      action: row.action,
      cursor: { at, id: row.id },
    };
  });
}
