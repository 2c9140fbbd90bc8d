/**
 * Each plan week's planned and walked minutes, for the weeks that have begun: what the practice's
 * list shows as adherence, stored so that list never replays a plan.
 */
import { dayNumber, isoDate, type PlanOutput, type WalkLog } from '@wandelcoach/engine';

export interface WeekMinutes {
  weekStart: string;
  plannedMinutes: number;
  walkedMinutes: number;
}

export function weeklyMinutes(
  plan: PlanOutput | undefined,
  walks: readonly Pick<WalkLog, 'date' | 'minutes'>[],
  today: string,
): WeekMinutes[] {
  return (plan?.plan?.weeks ?? [])
    .filter((week) => week.startDate <= today)
    .map((week) => {
      const end = isoDate(dayNumber(week.startDate) + 6);
      const walked = walks
        .filter((walk) => walk.date >= week.startDate && walk.date <= end)
        .reduce((sum, walk) => sum + walk.minutes, 0);
      return {
        weekStart: week.startDate,
        plannedMinutes: week.totals.forwardMinutes + week.totals.retroMinutes,
        walkedMinutes: walked,
      };
    });
}

/** The last week that has ended by today: the one adherence is judged on; undefined before then. */
export function lastCompletedWeek(weeks: readonly WeekMinutes[], today: string): WeekMinutes | undefined {
  return weeks.filter((week) => dayNumber(week.weekStart) + 7 <= dayNumber(today)).at(-1);
}
