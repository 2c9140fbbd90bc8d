/**
 * What stays fixed during one replay (docs/clinical-rules.md §3): the validated input, the log in date order, the start dose, the
 * clearance on record, and how dates are written in sentences.
 */
import type { Locale } from '../codes.js';
import { dayNumber, type DayNumber } from '../dates.js';
import { dateInSentence } from '../i18n/date-text.js';
import { sortByDay, type LogByDay } from '../log-by-day.js';
import { clearanceOf, type Clearance } from '../rules/clearance-validity.js';
import { clinicianClearances, type ClinicianClearances } from '../rules/clinician-clearances.js';
import { datedChanges, settingsOn, type DatedChange } from '../rules/prescription-timeline.js';
import { countedCapacity, prescribedStart, startingDayTotal, type StartDose } from '../rules/start-dose.js';
import { SPIKE_WINDOW_DAYS, WalkHistory } from '../rules/spike-cap.js';
import type { ClinicianClearance, Intake, WalkLog } from '../schema.js';
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
  /** The start on the plan's first day: the rules', or a clinician's lower one (§6). */
  start: StartDose;
  /** The start the rules give, before any prescription. */
  ruleStart: StartDose;
  /** The start that holds on a day: a clinician may lower it from their change's date on (§6). */
  startOn(day: DayNumber): number;
  /** The person's own recorded clearance (`clearedBy`). */
  clearance: Clearance | null;
  /** A linked clinician's plan changes, in the order they take effect (§6). */
  changes: DatedChange[];
  /** A linked clinician's recorded clearances (§1, §4, §6). */
  clinician: ClinicianClearances;
  /** The same clearances as recorded, each with the day it takes effect (its date, or the start). */
  clearanceItems: Array<{ from: DayNumber; clearance: ClinicianClearance }>;
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
  const ruleStart = startingDayTotal(intake);
  const changes = datedChanges(valid.prescription.changes, startDay);
  const startOn = (day: DayNumber): number => {
    const settings = settingsOn(changes, day);
    return prescribedStart(ruleStart, lowest(settings.startMinutes?.value, settings.targetMinutes?.value))
      .minutes;
  };
  const first = settingsOn(changes, startDay);
  return {
    intake,
    locale: intake.locale,
    startDay,
    today,
    weeks: valid.weeks,
    hasBackPain: intake.goals.includes('back-pain'),
    hasRetroGoal: intake.goals.includes('retro-walking'),
    log,
    start: prescribedStart(ruleStart, lowest(first.startMinutes?.value, first.targetMinutes?.value)),
    ruleStart,
    startOn,
    clearance: clearanceOf(intake),
    changes,
    clinician: clinicianClearances(valid.prescription.clearances),
    clearanceItems: valid.prescription.clearances.map((clearance) => ({
      from: Math.max(dayNumber(clearance.date), startDay),
      clearance,
    })),
    history,
    date: (day) => dateInSentence(intake.locale, day, today),
  };
}

/** The smaller of two prescribed ceilings, either of which may be absent. */
function lowest(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  return b === undefined ? a : Math.min(a, b);
}
