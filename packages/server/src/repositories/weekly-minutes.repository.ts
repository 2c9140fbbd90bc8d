/** SQL for each plan week's planned and walked minutes and average pain, kept per patient (docs/care-team.md, "Flags"). */
import { compiledQuery } from './compiled.js';
import type { Executor } from './executor.js';

export interface StoredWeek {
  weekStart: string;
  plannedMinutes: number;
  walkedMinutes: number;
  averagePain: number | null;
}

/** Writes the weeks as they are now; running twice at once writes the same values. */
export async function saveWeeklyMinutes(
  db: Executor,
  accountId: string,
  weeks: readonly StoredWeek[],
  at: string,
): Promise<void> {
  if (weeks.length === 0) return;
  await db
    .insertInto('weekly_minutes')
    .values(
      weeks.map((week) => ({
        account_id: accountId,
        week_start: week.weekStart,
        planned_minutes: week.plannedMinutes,
        walked_minutes: week.walkedMinutes,
        average_pain: week.averagePain,
        updated_at: at,
      })),
    )
    .onConflict((conflict) =>
      conflict.columns(['account_id', 'week_start']).doUpdateSet((eb) => ({
        planned_minutes: eb.ref('excluded.planned_minutes'),
        walked_minutes: eb.ref('excluded.walked_minutes'),
        average_pain: eb.ref('excluded.average_pain'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
}

/**
 * The stored weeks of the practice's running links' patients that began on or after `from`, each
 * patient's in order (the key's own order: patient, then week).
 */
const weeksOfPractice = compiledQuery((db: Executor, practiceId: string, from: string) =>
  db
    .selectFrom('weekly_minutes')
    .innerJoin('care_links', 'care_links.account_id', 'weekly_minutes.account_id')
    .select([
      'weekly_minutes.account_id',
      'weekly_minutes.week_start',
      'weekly_minutes.planned_minutes',
      'weekly_minutes.walked_minutes',
      'weekly_minutes.average_pain',
    ])
    .where('care_links.practice_id', '=', practiceId)
    .where('care_links.ended_at', 'is', null)
    .where('weekly_minutes.week_start', '>=', from)
    .orderBy('weekly_minutes.account_id')
    .orderBy('weekly_minutes.week_start'),
);

export async function recentWeeksOfPractice(
  db: Executor,
  practiceId: string,
  from: string,
): Promise<(StoredWeek & { patientId: string })[]> {
  const { rows } = await weeksOfPractice(db, practiceId, from);
  return rows.map((row) => ({
    patientId: row.account_id,
    weekStart: row.week_start,
    plannedMinutes: row.planned_minutes,
    walkedMinutes: row.walked_minutes,
    averagePain: row.average_pain,
  }));
}
