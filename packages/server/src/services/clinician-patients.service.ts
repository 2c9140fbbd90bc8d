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
import {
  listSummarisedLinks,
  practiceListVersion,
  type SummarisedLink,
} from '../repositories/patient-summaries.repository.js';
import type { Executor } from '../repositories/executor.js';
import type { OpenFlags, PracticeListRows } from './practice-list-cache.js';
import type { FlagKind } from './flag-rules/types.js';
import type { WeekMinutes } from './flag-rules/weekly-minutes.js';
import { recordAccess } from '../repositories/access-log.repository.js';
import {
  endLinkOfPractice,
  linkedPatientTimeZone,
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
  /** The invite code the patient linked with (8 characters), to find them by. */
  code: string;
  openFlags: OpenFlags;
  /** The last plan week that has ended, as stored; null before one has (or without a plan). */
  lastWeek: Omit<WeekMinutes, 'averagePain'> | null;
  /** The date of the last walk, YYYY-MM-DD; null before any. */
  lastWalk: string | null;
  /** The average pain while walking of each plan week begun in the past 4 weeks that had a walk, oldest first. */
  weeklyPain: { weekStart: string; averagePain: number }[];
}

/** The pain trend's plan weeks: those begun in the past 4 weeks of the patient's calendar. */
const PAIN_WEEKS_DAYS = 28;
/** "Last week" is a plan week begun at most this long ago: an older one says nothing of last week. */
const LAST_WEEK_DAYS_BACK = PAIN_WEEKS_DAYS + 1;

/** The dates of a patient's calendar the list compares stored week starts with. */
interface Calendar {
  today: string;
  /** The first day of the pain trend's 4 weeks. */
  painFrom: string;
  /** The latest start of a plan week that has ended by today. */
  endedBy: string;
  /** The earliest start of a week shown as the last one. */
  lastWeekFrom: string;
}

function calendarOf(now: Date, timeZone: string): Calendar {
  const today = localDate(now, timeZone);
  const day = dayNumber(today);
  return {
    today,
    painFrom: isoDate(day - (PAIN_WEEKS_DAYS - 1)),
    endedBy: isoDate(day - 7),
    lastWeekFrom: isoDate(day - LAST_WEEK_DAYS_BACK),
  };
}

/** Each patient's open flags, in the order they came (most urgent first). */
function flagsByPatient(
  rows: readonly { patientId: string; kind: FlagKind; severity: FlagSeverity }[],
): Map<string, OpenFlags> {
  const groups = new Map<string, { kind: FlagKind; severity: FlagSeverity }[]>();
  for (const { patientId, kind, severity } of rows) {
    const flag = { kind, severity };
    const group = groups.get(patientId);
    if (group === undefined) groups.set(patientId, [flag]);
    else group.push(flag);
  }
  return groups;
}

/** The list's row of a patient: the last ended week and the pain trend picked by their date now. */
function listed(
  link: SummarisedLink,
  openFlags: ListedPatient['openFlags'],
  calendar: Calendar,
): ListedPatient {
  let lastWeek: ListedPatient['lastWeek'] = null;
  const weeklyPain: ListedPatient['weeklyPain'] = [];
  for (const [weekStart, plannedMinutes, walkedMinutes, averagePain] of link.recentWeeks) {
    if (weekStart <= calendar.endedBy && weekStart >= calendar.lastWeekFrom)
      lastWeek = { weekStart, plannedMinutes, walkedMinutes };
    if (averagePain !== null && weekStart >= calendar.painFrom && weekStart <= calendar.today)
      weeklyPain.push({ weekStart, averagePain });
  }
  // Written out rather than spread: the list makes 200 of these a request.
  return {
    linkId: link.linkId,
    patientId: link.patientId,
    patientName: link.patientName,
    since: link.since,
    code: link.code,
    openFlags,
    lastWeek,
    lastWalk: link.lastWalk,
    weeklyPain,
  };
}

/** What the list is made from, read from the summaries and the open flags: two statements. */
async function readListRows(db: Executor, practiceId: string): Promise<PracticeListRows> {
  const links = await listSummarisedLinks(db, practiceId);
  const flags = flagsByPatient(await openFlagsOfPractice(db, practiceId));
  return { links, flags, timeZones: [...new Set(links.map((link) => link.timeZone))] };
}

/**
 * The practice's running links, with each patient's open flags, last week's minutes, last walk and
 * weekly pain, as the answer's JSON. Made from one summary row a patient (kept by the database,
 * migration 0011; no plan is replayed, no walk or week is read), and kept per list version (migration
 * 0013, `practice-list-cache.ts`): a request whose version and dates are unchanged answers after one
 * small query. Which week has ended and which weeks are recent is decided from each patient's date
 * now, so a summary written before a week ended still answers right. Every listing is written to the
 * access log, kept or not.
 */
export async function listPatientsJson(context: ServiceContext, clinician: ActingClinician): Promise<string> {
  const now = context.now();
  const at = now.toISOString();
  const { practiceId } = clinician;
  const cache = context.practiceListCache;
  return context.db.kysely.transaction().execute(async (trx) => {
    await recordAccess(trx, {
      at,
      actorId: clinician.accountId,
      practiceId,
      patientId: null,
      resource: 'patients',
      action: 'read',
    });
    const version = await practiceListVersion(trx, practiceId);
    const keep = version !== undefined && cache !== undefined;
    let rows = keep ? cache.rows(practiceId, version) : undefined;
    if (rows === undefined) {
      rows = await readListRows(trx, practiceId);
      if (keep) cache.setRows(practiceId, version, rows);
    }
    // Most of a practice shares a time zone or two: each zone's calendar is worked out once.
    const calendars = new Map(rows.timeZones.map((zone) => [zone, calendarOf(now, zone)]));
    const dates = [...calendars.values()].map((calendar) => calendar.today).join(' ');
    const kept = keep ? cache.answer(practiceId, version, dates) : undefined;
    if (kept !== undefined) return kept;
    const { flags } = rows;
    const none: OpenFlags = [];
    const patients = rows.links.map((link) => {
      const calendar = calendars.get(link.timeZone) ?? calendarOf(now, link.timeZone);
      return listed(link, flags.get(link.patientId) ?? none, calendar);
    });
    const json = JSON.stringify({ patients });
    if (keep) cache.setAnswer(practiceId, version, dates, json);
    return json;
  });
}

/** The practice's list as objects (the same answer as `listPatientsJson`, for callers in the server). */
export async function listPatients(
  context: ServiceContext,
  clinician: ActingClinician,
): Promise<ListedPatient[]> {
  return (JSON.parse(await listPatientsJson(context, clinician)) as { patients: ListedPatient[] }).patients;
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
