/**
 * Outcome measures (docs/clinical-rules.md §7, docs/care-team.md "Outcome measures"): the patient answers
 * the NPRS, the PSFS and a global rating of change when due (start, week 6, week 12 of the plan); a linked
 * clinician reads them over time, each read in the access log. When a questionnaire is due is the engine's
 * rule; this service keeps the answers and the days a skipped one is asked again.
 */
import {
  activityProblems,
  askAgainOn,
  openTimepoint,
  outcomeChange,
  outcomeDue,
  type OutcomeAnswerInput,
  type OutcomeChange,
  type OutcomeTimepoint,
} from '@wandelcoach/engine';
import { findIntake } from '../repositories/intakes.repository.js';
import {
  insertOutcomeAnswer,
  listOutcomeAnswers,
  listPostponements,
  postpone,
  type StoredOutcomeAnswer,
} from '../repositories/outcome-measures.repository.js';
import type { Executor } from '../repositories/executor.js';
import { openRecord, type RecordRequest } from './access.js';
import type { ServiceContext } from './context.js';
import { invalidInput, isUniqueViolation, ServiceError } from './errors.js';
import { noIntake, startDateOf, todayFor } from './plan.service.js';

export interface OutcomeDue {
  timepoint: OutcomeTimepoint;
  /** The PSFS activities named earlier in this plan, to be rated again; empty at first. */
  activities: string[];
  asksGlobalRating: boolean;
}

export interface OutcomeOverview {
  due: OutcomeDue | null;
  answers: StoredOutcomeAnswer[];
}

/** The start of the patient's current plan, or undefined before an intake with a start date. */
async function currentPlanStart(db: Executor, patientId: string): Promise<string | undefined> {
  return startDateOf(await findIntake(db, patientId));
}

function activitiesOf(answers: readonly StoredOutcomeAnswer[], planStart: string): string[] {
  const first = answers.find((answer) => answer.planStart === planStart);
  return first === undefined ? [] : first.psfs.map((item) => item.activity);
}

function answeredIn(answers: readonly StoredOutcomeAnswer[], planStart: string): OutcomeTimepoint[] {
  return answers.filter((answer) => answer.planStart === planStart).map((answer) => answer.timepoint);
}

/** What is due today, and every answer given, oldest first. */
export async function getOutcomes(context: ServiceContext, request: RecordRequest): Promise<OutcomeOverview> {
  const db = context.db.kysely;
  return db.transaction().execute(async (trx) => {
    await openRecord(trx, context.careTeam, request, 'read', 'outcome-measures', context.now().toISOString());
    const answers = await listOutcomeAnswers(trx, request.subjectId);
    const planStart = await currentPlanStart(trx, request.subjectId);
    if (planStart === undefined) return { due: null, answers };
    const timepoint = outcomeDue({
      startDate: planStart,
      today: todayFor(context, request.timeZone),
      answered: answeredIn(answers, planStart),
      postponed: await listPostponements(trx, request.subjectId, planStart),
    });
    const due =
      timepoint === null
        ? null
        : {
            timepoint,
            activities: activitiesOf(answers, planStart),
            asksGlobalRating: timepoint !== 'start',
          };
    return { due, answers };
  });
}

function alreadyAnswered(timepoint: OutcomeTimepoint): ServiceError {
  return new ServiceError(
    'conflict',
    `The questionnaire of "${timepoint}" is already answered for this plan.`,
  );
}

/** The timepoint asked about must be the one open today, and not answered yet. */
function checkOpen(
  timepoint: OutcomeTimepoint,
  open: OutcomeTimepoint | null,
  answered: readonly OutcomeTimepoint[],
): void {
  if (answered.includes(timepoint)) throw alreadyAnswered(timepoint);
  if (timepoint !== open) {
    const message =
      open === null
        ? 'is not open: no questionnaire is open on this day of the plan'
        : `is not open: today the questionnaire of "${open}" is`;
    throw invalidInput([{ path: 'timepoint', message }]);
  }
}

/** Stores the answers to the questionnaire open today. */
export async function answerOutcomes(
  context: ServiceContext,
  request: RecordRequest,
  input: OutcomeAnswerInput & { psfs: Array<{ activity: string; score: number }> },
): Promise<StoredOutcomeAnswer> {
  const at = context.now().toISOString();
  const today = todayFor(context, request.timeZone);
  try {
    return await context.db.kysely.transaction().execute(async (trx) => {
      await openRecord(trx, context.careTeam, request, 'change', 'outcome-measures', at);
      const planStart = await currentPlanStart(trx, request.subjectId);
      if (planStart === undefined) throw noIntake();
      const answers = await listOutcomeAnswers(trx, request.subjectId);
      checkOpen(input.timepoint, openTimepoint(planStart, today), answeredIn(answers, planStart));
      const problems = activityProblems(input.psfs, activitiesOf(answers, planStart));
      if (problems.length > 0) throw invalidInput(problems);
      const answer: StoredOutcomeAnswer = {
        id: crypto.randomUUID(),
        planStart,
        timepoint: input.timepoint,
        answeredOn: today,
        nprs: input.nprs,
        psfs: input.psfs.map(({ activity, score }) => ({ activity, score })),
        globalRating: input.globalRating ?? null,
      };
      await insertOutcomeAnswer(trx, request.subjectId, answer, at);
      return answer;
    });
  } catch (error) {
    // Two devices sending the same questionnaire at once: the second finds it answered.
    if (isUniqueViolation(error)) throw alreadyAnswered(input.timepoint);
    throw error;
  }
}

/** Puts off the questionnaire open today; it is asked again a few days later. */
export async function skipOutcomes(
  context: ServiceContext,
  request: RecordRequest,
  timepoint: OutcomeTimepoint,
): Promise<{ askAgainOn: string }> {
  const at = context.now().toISOString();
  const today = todayFor(context, request.timeZone);
  return context.db.kysely.transaction().execute(async (trx) => {
    await openRecord(trx, context.careTeam, request, 'change', 'outcome-measures', at);
    const planStart = await currentPlanStart(trx, request.subjectId);
    if (planStart === undefined) throw noIntake();
    const answers = await listOutcomeAnswers(trx, request.subjectId);
    checkOpen(timepoint, openTimepoint(planStart, today), answeredIn(answers, planStart));
    const again = askAgainOn(today);
    await postpone(trx, request.subjectId, planStart, timepoint, again);
    return { askAgainOn: again };
  });
}

/** A linked patient's answers over time, and the change over their current plan (a clinician's read). */
export async function outcomeTrend(
  context: ServiceContext,
  request: RecordRequest,
): Promise<{ answers: StoredOutcomeAnswer[]; change: OutcomeChange }> {
  const db = context.db.kysely;
  return db.transaction().execute(async (trx) => {
    await openRecord(trx, context.careTeam, request, 'read', 'outcome-measures', context.now().toISOString());
    const answers = await listOutcomeAnswers(trx, request.subjectId);
    const planStart = await currentPlanStart(trx, request.subjectId);
    const current = answers.filter((answer) => answer.planStart === planStart);
    return { answers, change: outcomeChange(current) };
  });
}
