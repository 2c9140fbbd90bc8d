/** SQL for a clinician's invitations of patients: a short code plus the patient's year of birth. */
import { sql, type ExpressionBuilder } from 'kysely';
import type { Database } from '../db/schema.js';
import { toIso } from '../db/values.js';
import type { Executor } from './executor.js';

export interface PatientInvite {
  id: string;
  code: string;
  patientName: string;
  birthYear: number;
  createdAt: string;
  expiresAt: string;
}

export interface NewPatientInvite extends PatientInvite {
  practiceId: string;
  clinicianId: string;
}

export async function insertPatientInvite(db: Executor, invite: NewPatientInvite): Promise<void> {
  await db
    .insertInto('patient_invites')
    .values({
      id: invite.id,
      practice_id: invite.practiceId,
      clinician_id: invite.clinicianId,
      code: invite.code,
      patient_name: invite.patientName,
      birth_year: invite.birthYear,
      created_at: invite.createdAt,
      expires_at: invite.expiresAt,
    })
    .execute();
}

/** The practice's invites that can still be used at `now`, newest first. */
export async function listOpenInvites(
  db: Executor,
  practiceId: string,
  now: string,
): Promise<PatientInvite[]> {
  const rows = await db
    .selectFrom('patient_invites')
    .select(['id', 'code', 'patient_name', 'birth_year', 'created_at', 'expires_at'])
    .where('practice_id', '=', practiceId)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    patientName: row.patient_name,
    birthYear: row.birth_year,
    createdAt: toIso(row.created_at),
    expiresAt: toIso(row.expires_at),
  }));
}

/**
 * The inviting clinician is still a clinician of the practice: an invite made by someone who has left
 * links nobody.
 */
function inviterStillClinician(eb: ExpressionBuilder<Database, 'patient_invites'>) {
  return eb.exists(
    eb
      .selectFrom('practice_members')
      .select(sql<number>`1`.as('one'))
      .whereRef('practice_members.practice_id', '=', 'patient_invites.practice_id')
      .whereRef('practice_members.account_id', '=', 'patient_invites.clinician_id')
      .where(sql<boolean>`${sql.ref('practice_members.is_clinician')}`),
  );
}

/** What a patient is shown before agreeing: the practice, the inviting clinician, the name given. */
export interface InviteToShow {
  practiceName: string;
  clinicianDisplayName: string | null;
  patientName: string;
}

/**
 * The open invite with this code and year of birth, if any. Code, year, expiry and use are one
 * condition, so a wrong year and a used code take the same path and give the same nothing.
 */
export async function findOpenInvite(
  db: Executor,
  code: string,
  birthYear: number,
  now: string,
): Promise<InviteToShow | undefined> {
  const row = await db
    .selectFrom('patient_invites')
    .innerJoin('practices', 'practices.id', 'patient_invites.practice_id')
    .innerJoin('accounts', 'accounts.id', 'patient_invites.clinician_id')
    .select(['practices.name', 'accounts.display_name', 'patient_invites.patient_name'])
    .where('patient_invites.code', '=', code)
    .where('patient_invites.birth_year', '=', birthYear)
    .where('patient_invites.used_at', 'is', null)
    .where('patient_invites.expires_at', '>', now)
    .where(inviterStillClinician)
    .executeTakeFirst();
  return (
    row && { practiceName: row.name, clinicianDisplayName: row.display_name, patientName: row.patient_name }
  );
}

export interface TakenInvite {
  practiceId: string;
  clinicianId: string;
  patientName: string;
}

/**
 * Marks the open invite used and returns it; undefined when there is none. One statement: of two
 * requests with the same code at once, exactly one finds it still open (PostgreSQL re-reads the row
 * after the other's lock; SQLite runs one write at a time).
 */
export async function takeOpenInvite(
  db: Executor,
  code: string,
  birthYear: number,
  now: string,
): Promise<TakenInvite | undefined> {
  const row = await db
    .updateTable('patient_invites')
    .set({ used_at: now })
    .where('code', '=', code)
    .where('birth_year', '=', birthYear)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .where(inviterStillClinician)
    .returning(['practice_id', 'clinician_id', 'patient_name'])
    .executeTakeFirst();
  return row && { practiceId: row.practice_id, clinicianId: row.clinician_id, patientName: row.patient_name };
}

/**
 * Invitations that can no longer link anyone: used (the link keeps the name and code it needs) or
 * expired. They hold a patient's name and year of birth, so they are not kept past their use.
 */
export async function deleteSpentPatientInvites(db: Executor, now: string): Promise<void> {
  await db
    .deleteFrom('patient_invites')
    .where((where) => where.or([where('expires_at', '<=', now), where('used_at', 'is not', null)]))
    .execute();
}
