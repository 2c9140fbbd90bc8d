/**
 * When the outcome measures are asked (docs/clinical-rules.md §7): at the start of a plan, in week 6 and in
 * week 12, counted from the plan's `startDate` (day 0). Each timepoint is open for a while, so a person who
 * walks irregularly is still asked; an earlier one lapses when the next opens, because a late "start" score
 * would no longer describe the start. Skipping asks again a few days later, within the same window.
 */
import { dayNumber, isoDate } from '../dates.js';

export const OUTCOME_TIMEPOINTS = ['start', 'week-6', 'week-12'] as const;
export type OutcomeTimepoint = (typeof OUTCOME_TIMEPOINTS)[number];

/**
 * The days (from the plan's start, end exclusive) each timepoint is open. `start` is open from the intake
 * on, also before a start date in the future; week 6 opens on its first day (day 35) and week 12 on its
 * first day (day 77), open two weeks past the plan's end.
 */
export const OUTCOME_WINDOWS: Readonly<Record<OutcomeTimepoint, { from: number; until: number }>> = {
  start: { from: -Infinity, until: 35 },
  'week-6': { from: 35, until: 77 },
  'week-12': { from: 77, until: 98 },
};

/** Days before a skipped questionnaire is offered again. */
export const OUTCOME_ASK_AGAIN_AFTER_DAYS = 3;

export interface OutcomeSchedule {
  /** The plan's start (the intake's `startDate`), ISO. */
  startDate: string;
  /** The person's today, ISO. */
  today: string;
  /** Timepoints of this plan already answered. */
  answered: readonly OutcomeTimepoint[];
  /** Timepoints skipped, and the day each may be asked again (ISO). */
  postponed: Readonly<Partial<Record<OutcomeTimepoint, string>>>;
}

/** The timepoint whose window holds `today`, if any. */
export function openTimepoint(startDate: string, today: string): OutcomeTimepoint | null {
  const day = dayNumber(today) - dayNumber(startDate);
  for (const timepoint of OUTCOME_TIMEPOINTS) {
    const window = OUTCOME_WINDOWS[timepoint];
    if (day >= window.from && day < window.until) return timepoint;
  }
  return null;
}

/**
 * The questionnaire due today, or null: the open timepoint, when it is not answered and not put off.
 *
 * @example
 * outcomeDue({ startDate: '2026-12-01', today: '2026-01-05', answered: ['start'], postponed: {} }); // 'week-6'
 */
export function outcomeDue(schedule: OutcomeSchedule): OutcomeTimepoint | null {
  const open = openTimepoint(schedule.startDate, schedule.today);
  if (open === null || schedule.answered.includes(open)) return null;
  const again = schedule.postponed[open];
  if (again !== undefined && again > schedule.today) return null;
  return open;
}

/** The day a questionnaire skipped `today` is asked again. */
export function askAgainOn(today: string): string {
  return isoDate(dayNumber(today) + OUTCOME_ASK_AGAIN_AFTER_DAYS);
}
