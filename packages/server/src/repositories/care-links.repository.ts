/** SQL for links between a patient and a practice (docs/care-team.md). */
import { sql } from 'kysely';
import { toIso } from '../db/values.js';
import type { Executor } from './executor.js';

/**
 * True when `patientId` has a running link with `practiceId` and `clinicianId` is a clinician of
 * that practice now: one query, so a revocation or a removal counts from the next request on.
 */
export async function clinicianMayReach(
  db: Executor,
  clinicianId: string,
  practiceId: string,
  patientId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('care_links')
    .innerJoin('practice_members', 'practice_members.practice_id', 'care_links.practice_id')
    .select(sql<number>`1`.as('one'))
    .where('care_links.account_id', '=', patientId)
    .where('care_links.practice_id', '=', practiceId)
    .where('care_links.ended_at', 'is', null)
    .where('practice_members.account_id', '=', clinicianId)
    .where(sql<boolean>`${sql.ref('practice_members.is_clinician')}`)
    .executeTakeFirst();
  return row !== undefined;
}

export interface NewCareLink {
  id: string;
  patientId: string;
  practiceId: string;
  clinicianId: string;
  patientName: string;
  inviteCode: string;
  consentVersion: string;
  consentedAt: string;
}

export async function insertCareLink(db: Executor, link: NewCareLink): Promise<void> {
  await db
    .insertInto('care_links')
    .values({
      id: link.id,
      account_id: link.patientId,
      practice_id: link.practiceId,
      clinician_id: link.clinicianId,
      patient_name: link.patientName,
      invite_code: link.inviteCode,
      consent_version: link.consentVersion,
      consented_at: link.consentedAt,
    })
    .execute();
}

/**
 * True when the patient has a running link with the practice, or one made with this invite code
 * (a repeated request of one that already linked).
 */
export async function hasRunningLink(
  db: Executor,
  patientId: string,
  by: { practiceId: string } | { inviteCode: string },
): Promise<boolean> {
  const [column, value] =
    'practiceId' in by
      ? (['practice_id', by.practiceId] as const)
      : (['invite_code', by.inviteCode] as const);
  const row = await db
    .selectFrom('care_links')
    .select(sql<number>`1`.as('one'))
    .where('account_id', '=', patientId)
    .where(column, '=', value)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

/** A running link as its patient sees it; names are read now, so they are today's. */
export interface PatientsLink {
  id: string;
  practiceName: string;
  /** Null when the inviting clinician's account is gone or no longer a member of the practice. */
  clinician: { displayName: string | null } | null;
  since: string;
  consentVersion: string;
}

export async function listRunningLinksOfPatient(db: Executor, patientId: string): Promise<PatientsLink[]> {
  const rows = await db
    .selectFrom('care_links')
    .innerJoin('practices', 'practices.id', 'care_links.practice_id')
    .leftJoin('practice_members', (join) =>
      join
        .onRef('practice_members.practice_id', '=', 'care_links.practice_id')
        .onRef('practice_members.account_id', '=', 'care_links.clinician_id'),
    )
    .leftJoin('accounts', 'accounts.id', 'practice_members.account_id')
    .select([
      'care_links.id',
      'practices.name',
      'practice_members.account_id as member_id',
      'accounts.display_name',
      'care_links.consented_at',
      'care_links.consent_version',
    ])
    .where('care_links.account_id', '=', patientId)
    .where('care_links.ended_at', 'is', null)
    .orderBy('care_links.consented_at')
    .orderBy('care_links.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    practiceName: row.name,
    clinician: row.member_id === null ? null : { displayName: row.display_name },
    since: toIso(row.consented_at),
    consentVersion: row.consent_version,
  }));
}

/**
 * Changes the patient's own running link; the practice it is with, or undefined when the patient has
 * no such running link (someone else's id reads the same as an unknown one).
 */
async function updateOwnRunningLink(
  db: Executor,
  patientId: string,
  linkId: string,
  change: { ended_at: string; ended_by: 'patient' } | { consent_version: string },
): Promise<{ practiceId: string } | undefined> {
  const row = await db
    .updateTable('care_links')
    .set(change)
    .where('id', '=', linkId)
    .where('account_id', '=', patientId)
    .where('ended_at', 'is', null)
    .returning('practice_id')
    .executeTakeFirst();
  return row && { practiceId: row.practice_id };
}

/** The patient ends their own running link (see {@link updateOwnRunningLink} for the answer). */
export function endLinkOfPatient(db: Executor, patientId: string, linkId: string, at: string) {
  return updateOwnRunningLink(db, patientId, linkId, { ended_at: at, ended_by: 'patient' });
}

/**
 * The patient agrees to `version` for their own running link. `consented_at` stays the time the link
 * was made (its "since"); the access log keeps the time of this agreement ('care-link', 'consent').
 */
export function agreeOnLink(db: Executor, patientId: string, linkId: string, version: string) {
  return updateOwnRunningLink(db, patientId, linkId, { consent_version: version });
}

/** The consent version of the practice's running link with the patient; undefined when there is none. */
export async function runningLinkConsent(
  db: Executor,
  practiceId: string,
  patientId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('care_links')
    .select('consent_version')
    .where('practice_id', '=', practiceId)
    .where('account_id', '=', patientId)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return row?.consent_version;
}

/** Ends the practice's running link with the patient, on a clinician's word; false when there is none. */
export async function endLinkOfPractice(
  db: Executor,
  practiceId: string,
  patientId: string,
  at: string,
): Promise<boolean> {
  const row = await db
    .updateTable('care_links')
    .set({ ended_at: at, ended_by: 'clinician' })
    .where('practice_id', '=', practiceId)
    .where('account_id', '=', patientId)
    .where('ended_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** A practice's patient, as its clinicians know them: the name they gave, no email. */
export interface LinkedPatient {
  linkId: string;
  patientId: string;
  patientName: string;
  since: string;
}

/**
 * The time zone of a patient with a running link with the practice (their "today" decides the plan);
 * undefined for anyone else, so nothing is read about a person out of reach.
 */
export async function linkedPatientTimeZone(
  db: Executor,
  practiceId: string,
  patientId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('care_links')
    .innerJoin('accounts', 'accounts.id', 'care_links.account_id')
    .select('accounts.time_zone')
    .where('care_links.practice_id', '=', practiceId)
    .where('care_links.account_id', '=', patientId)
    .where('care_links.ended_at', 'is', null)
    .executeTakeFirst();
  return row?.time_zone;
}

/** Every link the patient has had, running or ended, for their data export: what is stored about them. */
export interface StoredLink {
  id: string;
  practiceName: string;
  /** The name the clinician gave the patient when inviting them. */
  patientName: string;
  consentVersion: string;
  consentedAt: string;
  endedAt: string | null;
  endedBy: 'patient' | 'clinician' | null;
}

/** The patient's links with their practice's name, in no order yet: the export and the care team narrow it. */
function storedLinksOf(db: Executor, patientId: string) {
  return db
    .selectFrom('care_links')
    .innerJoin('practices', 'practices.id', 'care_links.practice_id')
    .select([
      'care_links.id',
      'practices.name',
      'care_links.patient_name',
      'care_links.consent_version',
      'care_links.consented_at',
      'care_links.ended_at',
      'care_links.ended_by',
    ])
    .where('care_links.account_id', '=', patientId);
}

type StoredLinkRow = Awaited<ReturnType<ReturnType<typeof storedLinksOf>['execute']>>[number];

function toStoredLink(row: StoredLinkRow): StoredLink {
  return {
    id: row.id,
    practiceName: row.name,
    patientName: row.patient_name,
    consentVersion: row.consent_version,
    consentedAt: toIso(row.consented_at),
    endedAt: row.ended_at === null ? null : toIso(row.ended_at),
    endedBy: row.ended_by,
  };
}

export async function listAllLinksOfPatient(db: Executor, patientId: string): Promise<StoredLink[]> {
  const rows = await storedLinksOf(db, patientId)
    .orderBy('care_links.consented_at')
    .orderBy('care_links.id')
    .execute();
  return rows.map(toStoredLink);
}

/** A link that has ended, with who ended it. */
export type EndedLink = StoredLink & { endedAt: string; endedBy: 'patient' | 'clinician' };

/** The patient's last `limit` ended links, the most recently ended first. */
export async function listEndedLinksOfPatient(
  db: Executor,
  patientId: string,
  limit: number,
): Promise<EndedLink[]> {
  const rows = await storedLinksOf(db, patientId)
    .where('care_links.ended_at', 'is not', null)
    .where('care_links.ended_by', 'is not', null)
    .orderBy('care_links.ended_at', 'desc')
    .orderBy('care_links.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => {
    const link = toStoredLink(row);
    // Both are set together (the query asked for both): this only tells the types.
    if (link.endedAt === null || link.endedBy === null) throw new Error('an ended link without its end');
    return { ...link, endedAt: link.endedAt, endedBy: link.endedBy };
  });
}

/** The patients with a running link with any practice: whom flags are kept for. */
export async function listLinkedPatientIds(db: Executor): Promise<string[]> {
  const rows = await db
    .selectFrom('care_links')
    .select('account_id')
    .distinct()
    .where('ended_at', 'is', null)
    .orderBy('account_id')
    .execute();
  return rows.map((row) => row.account_id);
}

/** The practices the patient has a running link with: whose flags are raised (each its own). */
export async function listRunningPracticeIds(db: Executor, patientId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('care_links')
    .select('practice_id')
    .distinct()
    .where('account_id', '=', patientId)
    .where('ended_at', 'is', null)
    .orderBy('practice_id')
    .execute();
  return rows.map((row) => row.practice_id);
}
