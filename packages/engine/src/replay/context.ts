/**
 * What stays fixed during one replay (docs/clinical-rules.md §3): the validated input, the log in date order, the start dose, the
 * clearance on record, and how dates are written in sentences.
 */
import type { Locale } from '../codes.js';
import { dayNumber, type DayNumber } from '../dates.js';
import { dateInSentence } from '../i18n/date-text.js';
import { sortByDay, type LogByDay } from '../log-by-day.js';
import { clearanceOf, type Clearance } from '../rules/clearance-validity.js';
import { countedCapacity, startingDayTotal, type StartDose } from '../rules/start-dose.js';
import { SPIKE_WINDOW_DAYS, WalkHistory } from '../rules/spike-cap.js';
import type { Intake, WalkLog } from '../schema.js';
import type { ValidPlanInput } from '../validation.js';

export interface ReplayContext {
  intake: Intake;
  locale: Locale;
  startDay: DayNumber;
  today: DayNumber;
  weeks: number;
  hasBackPain: boolean;
  hasRetroGoal: boolean;
  /** The log by day (each walk once). */
  log: LogByDay;
  start: StartDose;
  clearance: Clearance | null;
  /** The longest walk of each day, for the single-walk cap: logged before today, planned from today. */
  history: WalkHistory;
  /** A day as the reader writes it inside a sentence. */
  date(day: DayNumber): string;
}

export function replayContext(valid: ValidPlanInput): ReplayContext {
  const { intake } = valid;
  const today = dayNumber(valid.today);
  const startDay = intake.startDate === undefined ? today : dayNumber(intake.startDate);
  const log = sortByDay(valid.logs, valid.logDays);
  const lastDay = startDay + valid.weeks * 7 - 1;
  const history = new WalkHistory(startDay - SPIKE_WINDOW_DAYS - 1, lastDay);
  // Before anything is logged, what the person can walk comfortably counts as the longest walk (§3).
  const capacity = countedCapacity(intake);
  if (capacity !== undefined && capacity > 0) history.record(startDay - 1, capacity);
  for (let i = 0; i < log.entries.length; i++) {
    const day = log.days[i] ?? today;
    if (day < today) history.record(day, (log.entries[i] as WalkLog).minutes);
  }
  return {
    intake,
    locale: intake.locale,
    startDay,
    today,
    weeks: valid.weeks,
    hasBackPain: intake.goals.includes('back-pain'),
    hasRetroGoal: intake.goals.includes('retro-walking'),
    log,
    start: startingDayTotal(intake),
    clearance: clearanceOf(intake),
    history,
    date: (day) => dateInSentence(intake.locale, day, today),
  };
}
