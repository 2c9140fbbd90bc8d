/**
 * Logged walks. The client chooses each walk's id, so an upload retried after a lost connection is
 * recognised and never stored twice.
 */
import { createHash } from 'node:crypto';
import { EARLIEST_DATE, type WalkLog } from '@wandelcoach/engine';
import { recordAudit } from '../repositories/audit.repository.js';
import {
  deleteWalk as deleteWalkRow,
  findWalk,
  hasTombstone,
  insertTombstone,
  insertOwnWalk,
  insertWalkIfNew,
  listWalks as listWalkRows,
  updateWalk,
  walkRow,
  type Supervision,
  type Walk,
  type WalkChanges,
} from '../repositories/walks.repository.js';
import { openRecord, requireConsentToChange } from './access.js';
import { refreshFlagsAfterWalk } from './flags.service.js';
import type { ServiceContext } from './context.js';
import { invalidInput, ServiceError } from './errors.js';
import { todayFor, type PlanRequest } from './plan.service.js';

/**
 * Same content, same hash, whatever the order of the fields. A supervised session's supervisor and
 * reason are part of its content; the patient's own walks hash as they always did, so a retry after an
 * update matches.
 */
function contentHash(log: WalkLog, supervision: Supervision | null): string {
  const fields = [
    log.date,
    log.kind,
    log.minutes,
    log.painDuring,
    log.painNextMorning,
    log.dizziness,
    log.fall,
    [...log.newSymptoms].sort(),
  ];
  const canonical = JSON.stringify(
    supervision === null ? fields : [...fields, supervision.by, supervision.reason],
  );
  return createHash('sha256').update(canonical).digest('hex');
}

function withinDates(date: string, today: string): void {
  // A date in the future has not happened yet; most often it is a typo that would shape the plan.
  if (date > today) throw invalidInput([{ path: 'date', message: `is after today (${today})` }]);
  // The same bound as the engine's (plan-contract.md): no walk from before 2000.
  if (date < EARLIEST_DATE) {
    throw invalidInput([{ path: 'date', message: `must be a date from ${EARLIEST_DATE} on` }]);
  }
}

function gone(): ServiceError {
  return new ServiceError('gone', 'This walk was deleted; it is not stored again.');
}

/** The walk as {@link findWalk} would read it back just after storing it. */
function storedAs(id: string, log: WalkLog, at: string): Walk {
  return {
    id,
    date: log.date,
    kind: log.kind,
    minutes: log.minutes,
    painDuring: log.painDuring,
    painNextMorning: log.painNextMorning,
    dizziness: log.dizziness,
    fall: log.fall,
    newSymptoms: [...log.newSymptoms],
    createdAt: at,
    updatedAt: at,
  };
}

export interface LoggedWalk {
  walk: Walk;
  /** False when this id had already been stored: the answer to a retry. */
  created: boolean;
}

/**
 * Stores a walk. The same id again with the same content returns the stored walk; the same id
 * with other content is a conflict (a change goes through {@link changeWalk}). A supervised session
 * (`supervision`, with the clinician's reason) is one the acting clinician walked with the patient:
 * marked as theirs, and refused while the patient's consent lets the practice read only.
 */
export async function logWalk(
  context: ServiceContext,
  request: PlanRequest,
  id: string,
  log: WalkLog,
  { supervisionReason }: { supervisionReason?: string } = {},
): Promise<LoggedWalk> {
  withinDates(log.date, todayFor(context, request.timeZone));
  const db = context.db.kysely;
  const at = context.now().toISOString();
  const supervision =
    supervisionReason === undefined ? null : { by: request.actor.id, reason: supervisionReason };
  const supervised = supervision !== null;
  const requestHash = contentHash(log, supervision);
  const postgres = context.db.dialect === 'postgres';
  const row = walkRow(request.subjectId, id, log, requestHash, at, supervision);
  if (!supervised && request.actor.practiceId === null) {
    // A person's own new walk in one statement; a retry or another's record goes the careful way.
    await openRecord(db, context.careTeam, request, 'change', 'walk', at);
    const outcome = await insertOwnWalk(db, row, postgres);
    if (outcome === 'deleted') throw gone();
    if (outcome === 'stored') {
      await refreshFlagsAfterWalk(context, request.subjectId);
      return { walk: storedAs(id, log, at), created: true };
    }
  }
  const logged = await db.transaction().execute(async (trx) => {
    await openRecord(trx, context.careTeam, request, 'change', 'walk', at);
    if (supervised) await requireConsentToChange(trx, request);
    // A late retry of a walk deleted since must not bring it back; the outbox takes 410 as done.
    if (await hasTombstone(trx, request.subjectId, id)) throw gone();
    const created = await insertWalkIfNew(trx, row, postgres);
    const stored = await findWalk(trx, request.subjectId, id);
    if (stored === undefined) throw new Error('a walk just stored could not be read back');
    if (!created && stored.requestHash !== requestHash) {
      throw new ServiceError(
        'conflict',
        'A different walk was already stored with this id. Use PATCH to change it, or a new id for a new walk.',
      );
    }
    return { walk: stored.walk, created };
  });
  // After the walk's own transaction: flags never cost a walk.
  if (logged.created) await refreshFlagsAfterWalk(context, request.subjectId);
  return logged;
}

/**
 * A session a clinician supervised is their record of what happened (a fall they saw stays a fall):
 * the patient adds only how the next morning was.
 */
function refuseSupervisedChanges(changes: WalkChanges): void {
  const fields = Object.entries(changes).flatMap(([field, value]) =>
    value === undefined || field === 'painNextMorning' ? [] : [field],
  );
  if (fields.length === 0) return;
  throw invalidInput(
    fields.map((path) => ({
      path,
      message:
        'is your physiotherapist’s record of a supervised session; only the next-morning pain can be added',
    })),
  );
}

export async function changeWalk(
  context: ServiceContext,
  request: PlanRequest,
  id: string,
  changes: WalkChanges,
): Promise<Walk> {
  const db = context.db.kysely;
  const at = context.now().toISOString();
  const changed = await db.transaction().execute(async (trx) => {
    await openRecord(trx, context.careTeam, request, 'change', 'walk', at);
    const found = await findWalk(trx, request.subjectId, id);
    if (found === undefined) {
      // A change queued on a phone for a walk deleted since (on another device) is settled, not lost:
      // 410 tells the outbox so, where 404 would leave it wondering whether the walk is still to come.
      if (await hasTombstone(trx, request.subjectId, id)) throw gone();
      throw new ServiceError('not-found', 'There is no walk with this id.');
    }
    if (found.walk.supervisedBy !== undefined) refuseSupervisedChanges(changes);
    await updateWalk(trx, request.subjectId, id, changes, at, context.db.dialect === 'postgres');
    const stored = await findWalk(trx, request.subjectId, id);
    if (stored === undefined) throw new Error('a walk just changed could not be read back');
    return stored.walk;
  });
  await refreshFlagsAfterWalk(context, request.subjectId);
  return changed;
}

export async function listWalks(context: ServiceContext, request: PlanRequest): Promise<Walk[]> {
  await openRecord(
    context.db.kysely,
    context.careTeam,
    request,
    'read',
    'walks',
    context.now().toISOString(),
  );
  return listWalkRows(context.db.kysely, request.subjectId);
}

export async function deleteWalk(context: ServiceContext, request: PlanRequest, id: string): Promise<void> {
  const at = context.now().toISOString();
  await context.db.kysely.transaction().execute(async (trx) => {
    await openRecord(trx, context.careTeam, request, 'change', 'walk', at);
    if (!(await deleteWalkRow(trx, request.subjectId, id))) {
      if (await hasTombstone(trx, request.subjectId, id)) throw gone();
      throw new ServiceError('not-found', 'There is no walk with this id.');
    }
    await insertTombstone(trx, request.subjectId, id, at);
    await recordAudit(trx, {
      accountId: request.subjectId,
      actorId: request.actor.id,
      action: 'walk-deleted',
      detail: { walkId: id },
      ip: request.meta.ip,
      at,
    });
  });
  // The week's walked minutes change; a flag already raised stays until a clinician handles it.
  await refreshFlagsAfterWalk(context, request.subjectId);
}
