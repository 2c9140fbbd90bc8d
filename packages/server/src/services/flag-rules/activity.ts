/**
 * Flags about walking itself: no walk for a week while a plan runs (inactivity), and under half of
 * the last completed week's planned minutes (adherence).
 */
import { dayNumber, isoDate, type PlanOutput } from '@wandelcoach/engine';
import { FLAG_WINDOW_DAYS, startOfDate, type FlagCandidate } from './types.js';
import { lastCompletedWeek, type WeekMinutes } from './weekly-minutes.js';

/** The share of the planned minutes under which adherence is flagged. */
export const ADHERENCE_SHARE = 0.5;

/** A plan runs: there is one (triage allowed it), it has begun and has not ended. */
export function planRuns(plan: PlanOutput | undefined, today: string): boolean {
  return plan?.plan != null && plan.ended === null && plan.plan.startDate <= today;
}

/** No walk in the past 7 days (today included) of a plan that began at least 7 days ago. */
export function inactivity(
  plan: PlanOutput | undefined,
  walks: readonly { date: string }[],
  today: string,
): FlagCandidate | undefined {
  if (!planRuns(plan, today) || plan?.plan == null) return undefined;
  const todayNumber = dayNumber(today);
  const start = plan.plan.startDate;
  if (dayNumber(start) > todayNumber - FLAG_WINDOW_DAYS) return undefined;
  const lastWalk =
    walks
      .map((walk) => walk.date)
      .filter((date) => date <= today)
      .sort()
      .at(-1) ?? null;
  if (lastWalk !== null && dayNumber(lastWalk) > todayNumber - FLAG_WINDOW_DAYS) return undefined;
  // Quiet since the later of the plan's start and the last walk; a week on, this became true.
  const since = lastWalk !== null && lastWalk > start ? lastWalk : start;
  const became = isoDate(dayNumber(since) + FLAG_WINDOW_DAYS);
  return {
    kind: 'inactivity',
    evidence: { dates: [since], lastWalk },
    evidenceAt: startOfDate(became),
  };
}

/** Under half the planned minutes in the last completed plan week, while the plan runs. */
export function adherence(
  plan: PlanOutput | undefined,
  weeks: readonly WeekMinutes[],
  today: string,
): FlagCandidate | undefined {
  if (!planRuns(plan, today)) return undefined;
  const week = lastCompletedWeek(weeks, today);
  if (week === undefined || week.plannedMinutes === 0) return undefined;
  if (week.walkedMinutes >= week.plannedMinutes * ADHERENCE_SHARE) return undefined;
  return {
    kind: 'adherence',
    evidence: {
      dates: [week.weekStart],
      plannedMinutes: week.plannedMinutes,
      walkedMinutes: week.walkedMinutes,
    },
    evidenceAt: startOfDate(isoDate(dayNumber(week.weekStart) + 7)),
  };
}
