/**
 * SQL for the access log (NEN 7513): one row for every look at or change of a patient's record by
 * someone other than the patient, and for consent, revocation and clinicians' sign-ins. Random ids
 * only; the database refuses updates and deletes (migration 0004). Names are joined when it is read.
 */
import { randomUUID } from 'node:crypto';
import type { Executor } from './executor.js';

/** What was reached: a part of the patient's record, or the care relationship itself. */
export type AccessResource =
  | 'intake'
  | 'plan'
  | 'today'
  | 'walk'
  | 'walks'
  | 'progress'
  | 'export'
  | 'care-link'
  | 'patients'
  | 'session';

export type AccessAction = 'read' | 'change' | 'consent' | 'revoke' | 'end' | 'sign-in';

export interface AccessEntry {
  at: string;
  /** Who did it: the clinician, or the patient for consent and revocation. */
  actorId: string | null;
  /** The practice the actor acted for. */
  practiceId: string | null;
  /** Whose record; null for a clinician's sign-in. */
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
