/** SQL for each plan week's planned and walked minutes and average pain, kept per patient (docs/care-team.md, "Flags"). */
import type { Executor } from './executor.js';

export interface StoredWeek {
  weekStart: string;
  plannedMinutes: number;
  walkedMinutes: number;
  averagePain: number | null;
}

/**
 * Writes the weeks as they are now; running twice at once writes the same values. Weeks stored from
 * an earlier plan that overlap this plan's go (a new intake moves the weeks' start), so the list never
 * reads an old plan's week as the latest.
 */
export async function saveWeeklyMinutes(
  db: Executor,
  accountId: string,
  weeks: readonly StoredWeek[],
  at: string,
): Promise<void> {
  const first = weeks[0];
  if (first === undefined) return;
  await db
    .deleteFrom('weekly_minutes')
    .where('account_id', '=', accountId)
    .where('week_start', '>=', first.weekStart)
    .where(
      'week_start',
      'not in',
      weeks.map((week) => week.weekStart),
    )
    .execute();
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
