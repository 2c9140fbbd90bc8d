/**
 * The plan, always computed by the engine from the stored intake and walks: nothing derived is
 * stored, so a change of rules reaches everyone at once and a plan can be reproduced from its inputs.
 */
import {
  buildPlan,
  contentFor,
  dayNumber,
  isoDate,
  localDate,
  parseIsoDate,
  PlanInputError,
  renewIntakeReason,
  type Cue,
  type FieldProblem,
  type PlanDay,
  type PlanOutput,
  type Prescription,
  type Reason,
  type Session,
  type TriageResult,
  type WalkLog,
} from '@wandelcoach/engine';
import type { AccessResource } from '../repositories/access-log.repository.js';
import { findAccountById } from '../repositories/accounts.repository.js';
import { findIntake, saveIntake } from '../repositories/intakes.repository.js';
import { listWalkLogs, listWalksOn, type Walk } from '../repositories/walks.repository.js';
import { asPrescription, listPrescriptionItems } from '../repositories/prescription-items.repository.js';
import type { Executor } from '../repositories/executor.js';
import { openRecord, type RecordRequest } from './access.js';
import type { ServiceContext } from './context.js';
import { invalidInput, ServiceError } from './errors.js';
import { refreshFlagsAfterWalk } from './flags.service.js';
import { missedWalks, type MissedDay } from './missed-walks.js';

/** A person's calendar date, in the time zone of their account. */
export function todayFor(context: ServiceContext, timeZone: string): string {
  return localDate(context.now(), timeZone);
}

/** Drops the `intake.` prefix: the request body is the intake, so its fields are named from there. */
function intakeProblems(problems: readonly FieldProblem[]): FieldProblem[] {
  return problems
    .filter((problem) => problem.path.startsWith('intake'))
    .map((problem) => ({
      path: problem.path.replace(/^intake\.?/, '') || '(body)',
      message: problem.message,
    }));
}

/**
 * How far back a new intake may start (plan-contract.md): a plan is for now, not for a month ago. A
 * stored intake is never judged by this again: its plan simply runs and ends.
 */
export const NEW_INTAKE_MAX_DAYS_BACK = 28;
/** The engine reads the walks from this many days before the plan's start (plan-contract.md). */
const LOG_DAYS_BEFORE_START = 30;

/** The intake's `startDate` when it is a real date; undefined otherwise (the engine then says why). */
export function startDateOf(intake: unknown): string | undefined {
  if (typeof intake !== 'object' || intake === null || Array.isArray(intake)) return undefined;
  const start = (intake as { startDate?: unknown }).startDate;
  return typeof start === 'string' && parseIsoDate(start) !== undefined ? start : undefined;
}

/**
 * The walks the engine needs: from 30 days before the plan's start up to today. Walks dated after
 * today can exist when a person moves to a time zone behind the one they logged in; they count again
 * once their day arrives.
 */
export async function logsFor(
  db: Executor,
  accountId: string,
  intake: unknown,
  today: string,
): Promise<WalkLog[]> {
  const start = startDateOf(intake) ?? today;
  return listWalkLogs(db, accountId, isoDate(dayNumber(start) - LOG_DAYS_BEFORE_START), today);
}

/**
 * What the patient's clinicians prescribed (clinical-rules §6), for the engine. Items dated after
 * today wait, as walks do: possible only after the patient moved to a time zone behind the one the
 * clinician recorded them in, and the engine takes nothing recorded in the future.
 */
export async function prescriptionFor(db: Executor, accountId: string, today: string): Promise<Prescription> {
  const items = await listPrescriptionItems(db, accountId);
  return asPrescription(items.filter((entry) => entry.item.date <= today));
}

/** A new intake starts no more than 28 days before today; one without a start date starts today. */
function asNewIntake(intake: unknown, today: string): { intake: unknown; problems: FieldProblem[] } {
  if (typeof intake !== 'object' || intake === null || Array.isArray(intake)) return { intake, problems: [] };
  const start = (intake as { startDate?: unknown }).startDate;
  if (start === undefined) return { intake: { ...intake, startDate: today }, problems: [] };
  const earliest = isoDate(dayNumber(today) - NEW_INTAKE_MAX_DAYS_BACK);
  const day = typeof start === 'string' ? parseIsoDate(start) : undefined;
  if (day !== undefined && day < dayNumber(earliest)) {
    return {
      intake,
      problems: [
        { path: 'startDate', message: `must be no more than 28 days before today: ${earliest} or later` },
      ],
    };
  }
  return { intake, problems: [] };
}

export type PlanRequest = RecordRequest;

/**
 * Stores a new intake after the engine has accepted it, and returns the plan it gives. Without a
 * start date the plan starts today, and that date is stored, so the plan keeps its weeks.
 */
export async function putIntake(
  context: ServiceContext,
  request: PlanRequest,
  body: unknown,
): Promise<PlanOutput> {
  const today = todayFor(context, request.timeZone);
  const at = context.now().toISOString();
  const { intake, problems } = asNewIntake(body, today);
  const planned = await context.db.kysely.transaction().execute(async (trx) => {
    await openRecord(trx, context.careTeam, request, 'change', 'intake', at);
    const logs = await logsFor(trx, request.subjectId, intake, today);
    const prescription = await prescriptionFor(trx, request.subjectId, today);
    let output: PlanOutput;
    try {
      output = buildPlan({ intake, logs, today, prescription });
    } catch (error) {
      if (error instanceof PlanInputError)
        throw invalidInput([...intakeProblems(error.problems), ...problems]);
      throw error;
    }
    if (problems.length > 0) throw invalidInput(problems);
    await saveIntake(trx, request.subjectId, intake, at);
    return output;
  });
  // A new plan has new weeks: the practice's list shows them from now on, not after housekeeping.
  await refreshFlagsAfterWalk(context, request.subjectId);
  return planned;
}

/**
 * The plan for a stored intake. One whose start the contract no longer accepts (an intake stored
 * before the bounds existed) is never an error: it is answered with the safety check and the request
 * to renew the intake.
 */
export function planFor(
  intake: unknown,
  logs: readonly WalkLog[],
  today: string,
  /** What the engine validates: a stored prescription, perhaps with a new item not yet checked. */
  prescription: unknown,
): PlanOutput {
  try {
    return buildPlan({ intake, logs, today, prescription });
  } catch (error) {
    const startOnly =
      error instanceof PlanInputError &&
      error.problems.length > 0 &&
      error.problems.every((problem) => problem.path === 'intake.startDate');
    if (!startOnly) throw error;
    const { startDate: _old, ...current } = intake as Record<string, unknown>;
    const now = buildPlan({ intake: current, logs: [], today, weeks: 1 });
    const ended: Reason = renewIntakeReason(now.locale);
    return { ...now, plan: null, decisions: [], notes: [], ended };
  }
}

/**
 * The plan as the engine makes it today from what is stored, for work done on nobody's request (the
 * flags job): nothing is written to the access log. Undefined without an intake.
 */
export async function storedPlan(
  db: Executor,
  accountId: string,
  today: string,
): Promise<{ intake: unknown; output: PlanOutput; logs: readonly WalkLog[] } | undefined> {
  const intake = await findIntake(db, accountId);
  if (intake === undefined) return undefined;
  const logs = await logsFor(db, accountId, intake, today);
  const prescription = await prescriptionFor(db, accountId, today);
  return { intake, output: planFor(intake, logs, today, prescription), logs };
}

export function noIntake(): ServiceError {
  return new ServiceError(
    'no-intake',
    'There is no intake yet. Fill in the intake first (PUT /api/v1/me/intake).',
  );
}

/** The intake as stored (as the person sent it), for showing or changing it. */
export async function getIntake(context: ServiceContext, request: PlanRequest): Promise<unknown> {
  const db = context.db.kysely;
  await openRecord(db, context.careTeam, request, 'read', 'intake', context.now().toISOString());
  const intake = await findIntake(db, request.subjectId);
  if (intake === undefined) throw noIntake();
  return intake;
}

/**
 * The contract's output for today, from what is stored, and that today; no output before the intake.
 * `what` is the part of the record the access log names: the plan, or the progress made from it.
 */
async function planForToday(
  context: ServiceContext,
  request: PlanRequest,
  what: AccessResource = 'plan',
): Promise<{ output: PlanOutput | undefined; today: string; logs: readonly WalkLog[] }> {
  const db = context.db.kysely;
  await openRecord(db, context.careTeam, request, 'read', what, context.now().toISOString());
  const intake = await findIntake(db, request.subjectId);
  const today = todayFor(context, request.timeZone);
  if (intake === undefined) return { output: undefined, today, logs: [] };
  const logs = await logsFor(db, request.subjectId, intake, today);
  const prescription = await prescriptionFor(db, request.subjectId, today);
  return { output: planFor(intake, logs, today, prescription), today, logs };
}

/** The contract's output for today, from what is stored; read as `what` (the plan, unless said). */
export async function getPlan(
  context: ServiceContext,
  request: PlanRequest,
  what: AccessResource = 'plan',
): Promise<PlanOutput> {
  const { output } = await planForToday(context, request, what);
  if (output === undefined) throw noIntake();
  return output;
}

export interface CueText {
  code: Cue;
  label: string;
  spoken: string;
}

export interface TodaySession extends Omit<Session, 'cues'> {
  cues: CueText[];
}

/** Today in the plan the stored intake gives. */
export interface TodayWithIntake {
  hasIntake: true;
  date: string;
  /** The language of the words: the intake's. */
  locale: PlanOutput['locale'];
  triage: TriageResult;
  /** Which week of the plan today falls in; null before the start, after the end, or without a plan. */
  week: number | null;
  /** Which day of that week (1–7), so a person reads "week 1, day 2"; null when `week` is. */
  day: number | null;
  sessions: TodaySession[];
  /** Planned walks of the past week that were not logged, most recent day first. */
  missed: MissedDay[];
  /** Walks already logged today. */
  walked: Walk[];
  /** When the plan has ended: why, and that the intake is to be renewed; null while it runs. */
  ended: Reason | null;
}

/**
 * Today before any intake: where every new account starts, so a normal answer. Without an intake there
 * is no safety check and no plan yet; the words are in the account's language.
 */
export interface TodayWithoutIntake {
  hasIntake: false;
  date: string;
  locale: PlanOutput['locale'];
  triage: null;
  week: null;
  sessions: [];
  walked: Walk[];
  ended: null;
}

export type Today = TodayWithIntake | TodayWithoutIntake;

function findDay(
  output: PlanOutput,
  date: string,
): { week: number; dayOfWeek: number; day: PlanDay } | undefined {
  for (const week of output.plan?.weeks ?? []) {
    const day = week.days.find((candidate) => candidate.date === date);
    if (day !== undefined) {
      return { week: week.week, dayOfWeek: dayNumber(date) - dayNumber(week.startDate) + 1, day };
    }
  }
  return undefined;
}

/** Today's walks with the words of their cues, ready to show and speak; or that the intake comes first. */
export async function getToday(context: ServiceContext, request: PlanRequest): Promise<Today> {
  const db = context.db.kysely;
  const { output, today: date, logs } = await planForToday(context, request);
  const walked = await listWalksOn(db, request.subjectId, date);
  if (output === undefined) {
    const account = await findAccountById(db, request.subjectId);
    if (account === undefined) throw new ServiceError('not-signed-in', 'Please sign in again.');
    return {
      hasIntake: false,
      date,
      locale: account.locale,
      triage: null,
      week: null,
      sessions: [],
      walked,
      ended: null,
    };
  }
  const found = findDay(output, date);
  const cues = contentFor(output.locale).cues;
  return {
    hasIntake: true,
    date,
    locale: output.locale,
    triage: output.triage,
    week: found?.week ?? null,
    day: found?.dayOfWeek ?? null,
    sessions: (found?.day.sessions ?? []).map((session) => ({
      ...session,
      cues: session.cues.map((code) => ({ code, ...cues[code] })),
    })),
    missed: missedWalks(output, logs, date),
    walked,
    ended: output.ended,
  };
}
