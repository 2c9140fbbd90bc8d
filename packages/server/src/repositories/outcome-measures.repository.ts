/** SQL for the outcome measures a patient answers (docs/clinical-rules.md §7, docs/care-team.md). */
import type { OutcomeAnswer, OutcomeTimepoint } from '@wandelcoach/engine';
import type { Selectable } from 'kysely';
import type { OutcomeMeasuresTable } from '../db/schema.js';
import type { Executor } from './executor.js';

/** An answer as stored: the engine's answer with its id and the plan it was given in. */
export interface StoredOutcomeAnswer extends OutcomeAnswer {
  id: string;
  planStart: string;
}

export async function insertOutcomeAnswer(
  db: Executor,
  patientId: string,
  answer: StoredOutcomeAnswer,
  at: string,
): Promise<void> {
  const [one, two, three] = answer.psfs;
  if (one === undefined || two === undefined || three === undefined)
    throw new Error('the PSFS has three activities');
  await db
    .insertInto('outcome_measures')
    .values({
      account_id: patientId,
      id: answer.id,
      plan_start: answer.planStart,
      timepoint: answer.timepoint,
      answered_on: answer.answeredOn,
      answered_at: at,
      nprs: answer.nprs,
      activity_1: one.activity,
      score_1: one.score,
      activity_2: two.activity,
      score_2: two.score,
      activity_3: three.activity,
      score_3: three.score,
      global_rating: answer.globalRating,
    })
    .execute();
}

function asAnswer(row: Selectable<OutcomeMeasuresTable>): StoredOutcomeAnswer {
  return {
    id: row.id,
    planStart: row.plan_start,
    timepoint: row.timepoint,
    answeredOn: row.answered_on,
    nprs: row.nprs,
    psfs: [
      { activity: row.activity_1, score: row.score_1 },
      { activity: row.activity_2, score: row.score_2 },
      { activity: row.activity_3, score: row.score_3 },
    ],
    globalRating: row.global_rating,
  };
}

/** Every answer of the patient, oldest first (all plans: the history a clinician reads). */
export async function listOutcomeAnswers(db: Executor, patientId: string): Promise<StoredOutcomeAnswer[]> {
  const rows = await db
    .selectFrom('outcome_measures')
    .selectAll()
    .where('account_id', '=', patientId)
    .orderBy('answered_at')
    .orderBy('id')
    .execute();
  return rows.map(asAnswer);
}

/** When each skipped timepoint of a plan may be asked again. */
export async function listPostponements(
  db: Executor,
  patientId: string,
  planStart: string,
): Promise<Partial<Record<OutcomeTimepoint, string>>> {
  const rows = await db
    .selectFrom('outcome_postponements')
    .select(['timepoint', 'ask_again_on'])
    .where('account_id', '=', patientId)
    .where('plan_start', '=', planStart)
    .execute();
  return Object.fromEntries(rows.map((row) => [row.timepoint, row.ask_again_on]));
}

export async function postpone(
  db: Executor,
  patientId: string,
  planStart: string,
  timepoint: OutcomeTimepoint,
  askAgainOn: string,
): Promise<void> {
  await db
    .insertInto('outcome_postponements')
    .values({ account_id: patientId, plan_start: planStart, timepoint, ask_again_on: askAgainOn })
    .onConflict((conflict) =>
      conflict.columns(['account_id', 'plan_start', 'timepoint']).doUpdateSet({ ask_again_on: askAgainOn }),
    )
    .execute();
}
