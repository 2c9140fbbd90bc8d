/**
 * A clinician's flags (docs/care-team.md, "Flags"): the practice's open flags, one patient's, and
 * marking one seen or handled. Only patients with a running link with the practice the clinician
 * acts for, and only that practice's own flags: another practice's flag reads as unknown. Every
 * read and change is written to the access log (resource `flags`).
 */
import { recordAccess } from '../repositories/access-log.repository.js';
import {
  changeFlag,
  findFlag,
  withNames,
  listFlagsOfPatient,
  listFlagsOfPractice,
  type Flag,
  type PracticeFlag,
} from '../repositories/flags.repository.js';
import type { FlagState } from '../db/schema.js';
import { openRecord, type RequestMeta } from './access.js';
import { patientRecord } from './clinician-patients.service.js';
import type { ServiceContext } from './context.js';
import { ServiceError } from './errors.js';
import type { FlagKind } from './flag-rules/index.js';
import type { ActingClinician } from './patient-invites.service.js';

export interface FlagFilter {
  kind?: FlagKind | undefined;
  /** Open flags (new and seen) unless a state is named. */
  state?: FlagState | undefined;
}

/** The practice's flags, most urgent first, then newest; the listing is written to the access log. */
export async function listPracticeFlags(
  context: ServiceContext,
  clinician: ActingClinician,
  filter: FlagFilter,
): Promise<PracticeFlag[]> {
  const at = context.now().toISOString();
  return context.db.kysely.transaction().execute(async (trx) => {
    await recordAccess(trx, {
      at,
      actorId: clinician.accountId,
      practiceId: clinician.practiceId,
      patientId: null,
      resource: 'flags',
      action: 'read',
    });
    const flags = await listFlagsOfPractice(trx, clinician.practiceId, {
      states: filter.state === undefined ? ['new', 'seen'] : [filter.state],
      kind: filter.kind,
    });
    return withNames(trx, flags);
  });
}

/** A linked patient's flags of the clinician's practice, open and handled, newest first. */
export async function patientFlags(
  context: ServiceContext,
  clinician: ActingClinician,
  patientId: string,
  meta: RequestMeta,
): Promise<Flag[]> {
  const request = await patientRecord(context, clinician, patientId, meta);
  const at = context.now().toISOString();
  return context.db.kysely.transaction().execute(async (trx) => {
    await openRecord(trx, context.careTeam, request, 'read', 'flags', at);
    return withNames(trx, await listFlagsOfPatient(trx, patientId, clinician.practiceId));
  });
}

export interface FlagUpdate {
  state: 'seen' | 'handled';
  note?: string | undefined;
}

/**
 * Marks a flag seen or handled, with who and when (the first to see it stays the one who saw it). A
 * handled flag is done: changing it again is a conflict; a new one of its kind may be raised.
 */
export async function updatePatientFlag(
  context: ServiceContext,
  clinician: ActingClinician,
  patientId: string,
  flagId: string,
  update: FlagUpdate,
  meta: RequestMeta,
): Promise<Flag> {
  const request = await patientRecord(context, clinician, patientId, meta);
  const at = context.now().toISOString();
  return context.db.kysely.transaction().execute(async (trx) => {
    await openRecord(trx, context.careTeam, request, 'change', 'flags', at);
    const flag = await findFlag(trx, patientId, clinician.practiceId, flagId);
    if (flag === undefined) throw new ServiceError('not-found', 'There is no such flag for this patient.');
    const changed = await changeFlag(trx, patientId, clinician.practiceId, flagId, {
      state: update.state,
      by: clinician.accountId,
      at,
      note: update.note,
      firstSeen: flag.seen === null,
    });
    if (!changed)
      throw new ServiceError('conflict', 'This flag was handled already; it is not changed again.');
    const stored = await findFlag(trx, patientId, clinician.practiceId, flagId);
    if (stored === undefined) throw new Error('a flag just changed could not be read back');
    const [named] = await withNames(trx, [stored]);
    return named ?? stored;
  });
}
