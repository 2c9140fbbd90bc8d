/**
 * Who may read or change whose record. Today a person reaches only their own; the clinician issue
 * will add care relationships here. Any access to someone else's record is written to the audit
 * log in the same transaction as the read or change.
 */
import type { Role } from '../db/schema.js';
import { recordAudit } from '../repositories/audit.repository.js';
import type { Executor } from '../repositories/executor.js';
import { ServiceError } from './errors.js';

export interface Actor {
  id: string;
  role: Role;
}

/** Where a request came from, for the audit log and rate limits. */
export interface RequestMeta {
  ip: string | null;
}

/** Decides whether `actor` may reach `subjectId`'s record other than their own. */
export type CareTeamPolicy = (actor: Actor, subjectId: string) => Promise<boolean>;

/** Until care relationships exist, nobody reaches another person's record. */
export const ownRecordsOnly: CareTeamPolicy = () => Promise.resolve(false);

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
  what: string,
  at: string,
): Promise<void> {
  const { actor, subjectId } = request;
  if (actor.id === subjectId) return;
  if (!(await policy(actor, subjectId))) throw new ServiceError('not-found', 'No such record.');
  await recordAudit(db, {
    accountId: subjectId,
    actorId: actor.id,
    action: kind === 'read' ? 'record-read' : 'record-changed',
    detail: { what },
    ip: request.meta.ip,
    at,
  });
}
