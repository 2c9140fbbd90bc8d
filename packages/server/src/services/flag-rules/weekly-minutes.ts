/**
 * Each plan week's planned and walked minutes and average pain while walking, for the weeks that have
 * begun: what the practice's list shows as adherence and pain trend, stored so that list never
 * replays a plan or reads walks.
 */
import { dayNumber, isoDate, type PlanOutput, type WalkLog } from '@wandelcoach/engine';

export interface WeekMinutes {
  weekStart: string;
  plannedMinutes: number;
  walkedMinutes: number;
  /** The average pain while walking (0–10) of the week's walks, to one decimal; null without a walk. */
  averagePain: number | null;
}

export function weeklyMinutes(
  plan: PlanOutput | undefined,
  walks: readonly Pick<WalkLog, 'date' | 'minutes' | 'painDuring'>[],
  today: string,
): WeekMinutes[] {
  return (plan?.plan?.weeks ?? [])
    .filter((week) => week.startDate <= today)
    .map((week) => {
      const end = isoDate(dayNumber(week.startDate) + 6);
      const own = walks.filter((walk) => walk.date >= week.startDate && walk.date <= end);
      const walked = own.reduce((sum, walk) => sum + walk.minutes, 0);
      const pain = own.reduce((sum, walk) => sum + walk.painDuring, 0);
      return {
        weekStart: week.startDate,
        plannedMinutes: week.totals.forwardMinutes + week.totals.retroMinutes,
        walkedMinutes: walked,
        averagePain: own.length === 0 ? null : Math.round((pain / own.length) * 10) / 10,
      };
    });
}

/** The last week that has ended by today: the one adherence is judged on; undefined before then. */
export function lastCompletedWeek(weeks: readonly WeekMinutes[], today: string): WeekMinutes | undefined {
  return weeks.filter((week) => dayNumber(week.weekStart) + 7 <= dayNumber(today)).at(-1);
}
