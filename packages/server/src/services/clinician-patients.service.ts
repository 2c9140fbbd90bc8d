/**
 * A clinician's reads and changes of the practice's linked patients (docs/care-team.md). Each goes
 * through the same services as the patient's own, with the clinician as actor: `openRecord` checks the
 * running link and the membership in one query and writes the access log. A patient out of reach is
 * not found, as if there were none; a change under a consent that allows reading only is refused
 * (`consent-needed`).
 */
import { dayNumber, isoDate, localDate, type PlanOutput, type WalkLog } from '@wandelcoach/engine';
import type { FlagSeverity } from '../db/schema.js';
import { openFlagsOfPractice } from '../repositories/flags.repository.js';
import { recentWeeksOfPractice } from '../repositories/weekly-minutes.repository.js';
import type { FlagKind } from './flag-rules/types.js';
import { lastCompletedWeek, type WeekMinutes } from './flag-rules/weekly-minutes.js';
import { recordAccess } from '../repositories/access-log.repository.js';
import {
  endLinkOfPractice,
  linkedPatientTimeZone,
  listRunningLinksOfPractice,
  type LinkedPatient,
} from '../repositories/care-links.repository.js';
import type { Walk } from '../repositories/walks.repository.js';
import type { RecordRequest, RequestMeta } from './access.js';
import type { ServiceContext } from './context.js';
import { ServiceError } from './errors.js';
import type { ActingClinician } from './patient-invites.service.js';
import { getIntake, getPlan, todayFor } from './plan.service.js';
import { getProgress, type Progress } from './progress.service.js';
import { listPrescription, recordPrescriptionItem, type ItemInput } from './prescription.service.js';
import type { StoredPrescriptionItem } from '../repositories/prescription-items.repository.js';
import { listWalks, logWalk, type LoggedWalk } from './walks.service.js';

function outOfReach(): ServiceError {
  return new ServiceError('not-found', 'No such patient.');
}

/** A patient in the practice's list: open flags (most urgent first), last week's minutes, walks. */
export interface ListedPatient extends LinkedPatient {
  openFlags: { kind: FlagKind; severity: FlagSeverity }[];
  /** The last plan week that has ended, as stored; null before one has (or without a plan). */
  lastWeek: Omit<WeekMinutes, 'averagePain'> | null;
  /** The date of the last walk, YYYY-MM-DD; null before any. */
  lastWalk: string | null;
  /** The average pain while walking of each plan week begun in the past 4 weeks that had a walk, oldest first. */
  weeklyPain: { weekStart: string; averagePain: number }[];
}

/** The pain trend's plan weeks: those begun in the past 4 weeks of the patient's calendar. */
const PAIN_WEEKS_DAYS = 28;
/**
 * Far enough back to hold every patient's last ended week and the pain trend's weeks, whatever their
 * time zone (a patient's calendar is at most a day from UTC's).
 */
const WEEKS_DAYS_BACK = PAIN_WEEKS_DAYS + 1;

/** The rows of each patient, grouped once, in the order they came. */
function byPatient<T extends { patientId: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.patientId);
    if (group === undefined) groups.set(row.patientId, [row]);
    else group.push(row);
  }
  return groups;
}

/**
 * The practice's running links, with each patient's open flags, last week's minutes, last walk and
 * weekly pain, read from the stored rows (no plan is replayed, no walk is read but the last one's
 * date, from the index): a fixed number of queries however many patients, their rows grouped by
 * patient once. The listing itself is written to the access log.
 */
export async function listPatients(
  context: ServiceContext,
  clinician: ActingClinician,
): Promise<ListedPatient[]> {
  const now = context.now();
  const at = now.toISOString();
  const utcToday = dayNumber(at.slice(0, 10));
  return context.db.kysely.transaction().execute(async (trx) => {
    await recordAccess(trx, {
      at,
      actorId: clinician.accountId,
      practiceId: clinician.practiceId,
      patientId: null,
      resource: 'patients',
      action: 'read',
    });
    const patients = await listRunningLinksOfPractice(trx, clinician.practiceId);
    const flags = byPatient(await openFlagsOfPractice(trx, clinician.practiceId));
    const weeks = byPatient(
      await recentWeeksOfPractice(trx, clinician.practiceId, isoDate(utcToday - WEEKS_DAYS_BACK)),
    );
    // Most of a practice shares a time zone or two: each zone's calendar is worked out once.
    const calendars = new Map<string, { today: string; from: string }>();
    const calendarOf = (timeZone: string) => {
      let calendar = calendars.get(timeZone);
      if (calendar === undefined) {
        const today = localDate(now, timeZone);
        calendar = { today, from: isoDate(dayNumber(today) - (PAIN_WEEKS_DAYS - 1)) };
        calendars.set(timeZone, calendar);
      }
      return calendar;
    };
    return patients.map(({ timeZone, ...patient }) => {
      const { today, from } = calendarOf(timeZone);
      const own = weeks.get(patient.patientId) ?? [];
      const last = lastCompletedWeek(own, today);
      return {
        ...patient,
        openFlags: (flags.get(patient.patientId) ?? []).map(({ kind, severity }) => ({ kind, severity })),
        lastWeek:
          last === undefined
            ? null
            : {
                weekStart: last.weekStart,
                plannedMinutes: last.plannedMinutes,
                walkedMinutes: last.walkedMinutes,
              },
        weeklyPain: own.flatMap(({ weekStart, averagePain }) =>
          weekStart >= from && weekStart <= today && averagePain !== null ? [{ weekStart, averagePain }] : [],
        ),
      };
    });
  });
}

/** A request about a linked patient's record, in the patient's time zone (their "today"). */
export async function patientRecord(
  context: ServiceContext,
  clinician: ActingClinician,
  patientId: string,
  meta: RequestMeta,
): Promise<RecordRequest> {
  const timeZone = await linkedPatientTimeZone(context.db.kysely, clinician.practiceId, patientId);
  if (timeZone === undefined) throw outOfReach();
  return {
    actor: { id: clinician.accountId, practiceId: clinician.practiceId },
    subjectId: patientId,
    timeZone,
    meta,
  };
}

export async function patientIntake(
  context: ServiceContext,
  clinician: ActingClinician,
  patientId: string,
  meta: RequestMeta,
): Promise<unknown> {
  return getIntake(context, await patientRecord(context, clinician, patientId, meta));
}

/** The plan with its safety check (triage) and the decisions about each week. */
export async function patientPlan(
  context: ServiceContext,
  clinician: ActingClinician,
  patientId: string,
  meta: RequestMeta,
): Promise<PlanOutput> {
  return getPlan(context, await patientRecord(context, clinician, patientId, meta));
}

export async function patientWalks(
  context: ServiceContext,
  clinician: ActingClinician,
  patientId: string,
  meta: RequestMeta,
): Promise<Walk[]> {
  return listWalks(context, await patientRecord(context, clinician, patientId, meta));
}

export async function patientProgress(
  context: ServiceContext,
  clinician: ActingClinician,
  patientId: string,
  meta: RequestMeta,
): Promise<Progress> {
  return getProgress(context, await patientRecord(context, clinician, patientId, meta));
}

/** A clinician ends the practice's link: from the next request on, no colleague reaches the record. */
export async function endPatientLink(
  context: ServiceContext,
  clinician: ActingClinician,
  patientId: string,
): Promise<void> {
  const at = context.now().toISOString();
  await context.db.kysely.transaction().execute(async (trx) => {
    if (!(await endLinkOfPractice(trx, clinician.practiceId, patientId, at))) throw outOfReach();
    await recordAccess(trx, {
      at,
      actorId: clinician.accountId,
      practiceId: clinician.practiceId,
      patientId,
      resource: 'care-link',
      action: 'end',
    });
  });
}

/** Records a plan change or a clearance, authored by the clinician; answers with the plan it gives. */
export async function prescribe(
  context: ServiceContext,
  clinician: ActingClinician,
  patientId: string,
  input: ItemInput,
  meta: RequestMeta,
): Promise<PlanOutput> {
  return recordPrescriptionItem(context, await patientRecord(context, clinician, patientId, meta), input);
}

/**
 * Every item recorded for the patient, with the patient's date and time zone: a plan change is
 * reckoned from the patient's today, which may not be the clinician's.
 */
export async function patientPrescription(
  context: ServiceContext,
  clinician: ActingClinician,
  patientId: string,
  meta: RequestMeta,
): Promise<{ items: StoredPrescriptionItem[]; today: string; timeZone: string }> {
  const request = await patientRecord(context, clinician, patientId, meta);
  const items = await listPrescription(context, request);
  return { items, today: todayFor(context, request.timeZone), timeZone: request.timeZone };
}

/**
 * A walk the clinician supervised: it counts as one of the patient's walks, marked as theirs, with why
 * they supervised it.
 */
export async function recordSupervisedSession(
  context: ServiceContext,
  clinician: ActingClinician,
  patientId: string,
  id: string,
  session: { log: WalkLog; reason: string },
  meta: RequestMeta,
): Promise<LoggedWalk> {
  const request = await patientRecord(context, clinician, patientId, meta);
  return logWalk(context, request, id, session.log, { supervisionReason: session.reason });
}
