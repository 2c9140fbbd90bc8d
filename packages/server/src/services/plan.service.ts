/**
 * The plan, always computed by the engine from the stored intake and walks: nothing derived is
 * stored, so a change of rules reaches everyone at once and a plan can be reproduced from its inputs.
 */
import {
  buildPlan,
  contentFor,
  PlanInputError,
  type Cue,
  type FieldProblem,
  type PlanDay,
  type PlanOutput,
  type Session,
  type TriageResult,
  type WalkLog,
} from '@wandelcoach/engine';
import { findIntake, saveIntake } from '../repositories/intakes.repository.js';
import { listWalkLogs, listWalksOn, type Walk } from '../repositories/walks.repository.js';
import { openRecord, type RecordRequest } from './access.js';
import type { ServiceContext } from './context.js';
import { invalidInput, ServiceError } from './errors.js';
import { localDate } from './local-date.js';

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
 * Walks dated after today cannot feed the plan. They can exist when a person moves to a time zone
 * behind the one they logged in; they count again once their day arrives.
 */
function logsUpTo(logs: readonly WalkLog[], today: string): WalkLog[] {
  return logs.filter((log) => log.date <= today);
}

export type PlanRequest = RecordRequest;

/** Stores a new intake after the engine has accepted it, and returns the plan it gives. */
export async function putIntake(
  context: ServiceContext,
  request: PlanRequest,
  intake: unknown,
): Promise<PlanOutput> {
  const today = todayFor(context, request.timeZone);
  const at = context.now().toISOString();
  return context.db.kysely.transaction().execute(async (trx) => {
    await openRecord(trx, context.careTeam, request, 'change', 'intake', at);
    const logs = logsUpTo(await listWalkLogs(trx, request.subjectId), today);
    let output: PlanOutput;
    try {
      output = buildPlan({ intake, logs, today });
    } catch (error) {
      if (error instanceof PlanInputError) throw invalidInput(intakeProblems(error.problems));
      throw error;
    }
    await saveIntake(trx, request.subjectId, intake, at);
    return output;
  });
}

/** The intake as stored (as the person sent it), for showing or changing it. */
export async function getIntake(context: ServiceContext, request: PlanRequest): Promise<unknown> {
  const db = context.db.kysely;
  await openRecord(db, context.careTeam, request, 'read', 'intake', context.now().toISOString());
  const intake = await findIntake(db, request.subjectId);
  if (intake === undefined) {
    throw new ServiceError(
      'no-intake',
      'There is no intake yet. Fill in the intake first (PUT /api/v1/me/intake).',
    );
  }
  return intake;
}

/** The contract's output for today, from what is stored, and that today. */
async function planForToday(
  context: ServiceContext,
  request: PlanRequest,
): Promise<{ output: PlanOutput; today: string }> {
  const db = context.db.kysely;
  await openRecord(db, context.careTeam, request, 'read', 'plan', context.now().toISOString());
  const intake = await findIntake(db, request.subjectId);
  if (intake === undefined) {
    throw new ServiceError(
      'no-intake',
      'There is no intake yet. Fill in the intake first (PUT /api/v1/me/intake).',
    );
  }
  const today = todayFor(context, request.timeZone);
  const logs = logsUpTo(await listWalkLogs(db, request.subjectId), today);
  return { output: buildPlan({ intake, logs, today }), today };
}

/** The contract's output for today, from what is stored. */
export async function getPlan(context: ServiceContext, request: PlanRequest): Promise<PlanOutput> {
  return (await planForToday(context, request)).output;
}

export interface CueText {
  code: Cue;
  label: string;
  spoken: string;
}

export interface TodaySession extends Omit<Session, 'cues'> {
  cues: CueText[];
}

export interface Today {
  date: string;
  locale: PlanOutput['locale'];
  triage: TriageResult;
  /** Which week of the plan today falls in; null before the start, after the end, or without a plan. */
  week: number | null;
  sessions: TodaySession[];
  /** Walks already logged today. */
  walked: Walk[];
}

function findDay(output: PlanOutput, date: string): { week: number; day: PlanDay } | undefined {
  for (const week of output.plan?.weeks ?? []) {
    const day = week.days.find((candidate) => candidate.date === date);
    if (day !== undefined) return { week: week.week, day };
  }
  return undefined;
}

/** Today's walks with the words of their cues, ready to show and speak. */
export async function getToday(context: ServiceContext, request: PlanRequest): Promise<Today> {
  const { output, today: date } = await planForToday(context, request);
  const found = findDay(output, date);
  const cues = contentFor(output.locale).cues;
  const walked = await listWalksOn(context.db.kysely, request.subjectId, date);
  return {
    date,
    locale: output.locale,
    triage: output.triage,
    week: found?.week ?? null,
    sessions: (found?.day.sessions ?? []).map((session) => ({
      ...session,
      cues: session.cues.map((code) => ({ code, ...cues[code] })),
    })),
    walked,
  };
}
