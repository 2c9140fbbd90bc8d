/**
 * What a plan change would change, before it is saved: this week and the next, the minutes per day
 * and per week before and after, and which of the rules still limit the new plan in those weeks (the
 * reasons the new plan carries that are not the clinician's own). Pure: the preview computes both plans
 * with the engine and hands them here.
 */
import type { PlanOutput, PlanWeek, Reason } from '@wandelcoach/engine';

export interface WeekMinutes {
  /** Minutes per day, Monday to Sunday as the plan lists them (forward and retro together). */
  perDay: number[];
  total: number;
}

export interface WeekChange {
  week: number;
  startDate: string;
  before: WeekMinutes | null;
  after: WeekMinutes | null;
  /** Whether anything in the minutes differs. */
  changed: boolean;
  /** The rules that still limit the new plan this week, once each (by code). */
  limits: Reason[];
}

function minutesOf(week: PlanWeek | undefined): WeekMinutes | null {
  if (week === undefined) return null;
  const perDay = week.days.map((day) => day.sessions.reduce((sum, session) => sum + session.minutes, 0));
  return { perDay, total: week.totals.forwardMinutes + week.totals.retroMinutes };
}

/** The index of the week holding `today` (ISO dates compare as text), or the first week ahead. */
function currentWeekIndex(weeks: readonly PlanWeek[], today: string): number {
  const index = weeks.findIndex((week, i) => {
    const next = weeks[i + 1];
    return week.startDate <= today && (next === undefined || today < next.startDate);
  });
  if (index !== -1) return index;
  const ahead = weeks.findIndex((week) => week.startDate > today);
  return ahead === -1 ? weeks.length - 1 : ahead;
}

function sameMinutes(a: WeekMinutes | null, b: WeekMinutes | null): boolean {
  if (a === null || b === null) return a === b;
  return a.total === b.total && a.perDay.every((minutes, i) => minutes === b.perDay[i]);
}

/** This week and the next, before → after. Empty when the new plan has no weeks (a pause, triage). */
export function planChanges(before: PlanOutput, after: PlanOutput, today: string): WeekChange[] {
  const weeksBefore = before.plan?.weeks ?? [];
  const weeksAfter = after.plan?.weeks ?? [];
  const reference = weeksAfter.length > 0 ? weeksAfter : weeksBefore;
  if (reference.length === 0) return [];
  const first = currentWeekIndex(reference, today);
  return reference.slice(first, first + 2).map((week) => {
    const was = minutesOf(weeksBefore.find((w) => w.week === week.week));
    const becomes = minutesOf(weeksAfter.find((w) => w.week === week.week));
    const limits = new Map<string, Reason>();
    for (const decision of after.decisions) {
      if (decision.week !== week.week) continue;
      for (const reason of decision.reasons) {
        if (reason.source !== 'CLINICIAN' && !limits.has(reason.code)) limits.set(reason.code, reason);
      }
    }
    return {
      week: week.week,
      startDate: week.startDate,
      before: was,
      after: becomes,
      changed: !sameMinutes(was, becomes),
      limits: [...limits.values()],
    };
  });
}
