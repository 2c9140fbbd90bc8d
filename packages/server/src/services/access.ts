/**
 * Who may read or change whose record (docs/care-team.md). A person reaches their own record; a
 * clinician acting for a practice reaches the records of that practice's linked patients, and every
 * such read or change is written to the access log (NEN 7513) in the same transaction.
 */
import { recordAccess, type AccessResource } from '../repositories/access-log.repository.js';
import { clinicianMayReach, runningLinkConsent } from '../repositories/care-links.repository.js';
import type { Executor } from '../repositories/executor.js';
import { consentAllowsChanges } from './consent.js';
import { ServiceError } from './errors.js';

export interface Actor {
  id: string;
  /**
   * The practice a clinician acts for, with the second factor proven (`requireClinician`); null when
   * a person acts for themselves (the `/me` routes).
   */
  practiceId: string | null;
}

/** Where a request came from, for the audit log and rate limits. */
export interface RequestMeta {
  ip: string | null;
}

/** Decides whether a clinician acting for a practice may reach `subjectId`'s record. */
export type CareTeamPolicy = (
  db: Executor,
  actor: Actor & { practiceId: string },
  subjectId: string,
) => Promise<boolean>;

/** A policy that lets nobody reach another person's record (tests of the own-record rules). */
export const ownRecordsOnly: CareTeamPolicy = () => Promise.resolve(false);

/** The real policy: a running link between the patient and the practice the clinician acts for. */
export const careLinks: CareTeamPolicy = (db, actor, subjectId) =>
  clinicianMayReach(db, actor.id, actor.practiceId, subjectId);

export type AccessKind = 'read' | 'change';

/** A request about one person's record: who asks, whose record, their time zone, where from. */
export interface RecordRequest {
  actor: Actor;
  subjectId: string;
  /** The record owner's time zone, which decides what "today" is. */
  timeZone: string;
  meta: RequestMeta;
}

/**
 * Checks that the requester may reach the record. Another person's record is reported as not
 * found rather than forbidden, so its existence is not given away.
 */
export async function openRecord(
  db: Executor,
  policy: CareTeamPolicy,
  request: RecordRequest,
  kind: AccessKind,
  what: AccessResource,
  at: string,
): Promise<void> {
  const { actor, subjectId } = request;
  const { practiceId } = actor;
  if (practiceId === null) {
    if (actor.id === subjectId) return;
    throw new ServiceError('not-found', 'No such record.');
  }
  if (!(await policy(db, { ...actor, practiceId }, subjectId))) {
    throw new ServiceError('not-found', 'No such record.');
  }
  await recordAccess(db, {
    at,
    actorId: actor.id,
    practiceId,
    patientId: subjectId,
    resource: what,
    action: kind,
  });
}

/**
 * A clinician's change needs the patient's agreement to a consent that allows it: a link made under
 * `care-team-1` lets its practice read only, until the patient agrees to the current version. Called
 * after {@link openRecord} (so a patient out of reach is not found first), in the same transaction: a
 * refusal leaves no access row. A person's own record needs no consent.
 */
export async function requireConsentToChange(db: Executor, request: RecordRequest): Promise<void> {
  const { practiceId } = request.actor;
  if (practiceId === null) return;
  const version = await runningLinkConsent(db, practiceId, request.subjectId);
  if (version === undefined) throw new ServiceError('not-found', 'No such record.');
  if (!consentAllowsChanges(version)) {
    throw new ServiceError(
      'consent-needed',
      `The patient agreed to ${version}, which lets the practice read only. They have to agree to the current consent in the app before a clinician changes anything.`,
    );
  }
}
