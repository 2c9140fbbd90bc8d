/**
 * The walks of the past few days that were planned but not logged, for today's screen: a person who
 * missed a day sees it named, with the advice not to make up for it (a longer walk today would be the
 * spike the plan guards against).
 */
import { dayNumber, isoDate, type PlanOutput, type WalkKind } from '@wandelcoach/engine';

export interface MissedDay {
  date: string;
  /** Planned walks of that day without a logged walk of their kind. */
  walks: number;
  /** Their planned minutes together. */
  minutes: number;
}

/** How far back today's screen looks: one week, the plan's own rhythm. */
export const MISSED_DAYS_BACK = 7;

/**
 * Per day from `daysBack` days before `today` up to yesterday, the planned walks no logged walk
 * ticks off. A logged walk ticks off the first open walk of its kind that day, as the app counts
 * "done"; a walk of another kind counts for nothing. Most recent day first; days with nothing
 * missed are left out.
 */
export function missedWalks(
  output: PlanOutput,
  logs: readonly { date: string; kind: WalkKind }[],
  today: string,
  daysBack = MISSED_DAYS_BACK,
): MissedDay[] {
  const todayNumber = dayNumber(today);
  const from = isoDate(todayNumber - daysBack);
  const missed: MissedDay[] = [];
  for (const week of output.plan?.weeks ?? []) {
    for (const day of week.days) {
      if (day.date < from || day.date >= today || day.sessions.length === 0) continue;
      const open = day.sessions.map((session) => ({
        kind: session.kind,
        minutes: session.minutes,
        done: false,
      }));
      for (const log of logs) {
        if (log.date !== day.date) continue;
        const session = open.find((candidate) => candidate.kind === log.kind && !candidate.done);
        if (session !== undefined) session.done = true;
      }
      const left = open.filter((session) => !session.done);
      if (left.length === 0) continue;
      missed.push({
        date: day.date,
        walks: left.length,
        minutes: left.reduce((sum, session) => sum + session.minutes, 0),
      });
    }
  }
  return missed.sort((a, b) => (a.date < b.date ? 1 : -1));
}
