/**
 * Which of a clinician's plan changes hold on a day (docs/clinical-rules.md §6). A change counts from
 * its own date on, never before the plan's start; earlier days stay as they were. When two changes set
 * the same thing, the later date wins, and on one date the later in the list.
 */
import { dayNumber, type DayNumber } from '../dates.js';
import type { PlanSetting, PrescribedPause, PrescriptionChange } from '../schema.js';

/** A change with the day it takes effect (its date, or the plan's start when it is dated before). */
export interface DatedChange {
  change: PrescriptionChange;
  /** The day it takes effect. */
  from: DayNumber;
}

type SettingValue<K extends PlanSetting> = Exclude<PrescriptionChange[K], undefined>;

/** One setting as prescribed, with the change that set it. */
export interface Prescribed<T> {
  value: T;
  change: PrescriptionChange;
}

/** Every setting some change has set by a day; a setting no change has touched is left out. */
export type PrescribedSettings = { [K in PlanSetting]?: Prescribed<SettingValue<K>> };

/** The changes in the order they take effect: by day, and on one day in the order given. */
export function datedChanges(changes: readonly PrescriptionChange[], startDay: DayNumber): DatedChange[] {
  return changes
    .map((change, index) => ({ change, from: Math.max(dayNumber(change.date), startDay), index }))
    .sort(
      (a, b) => a.from - b.from || dayNumber(a.change.date) - dayNumber(b.change.date) || a.index - b.index,
    )
    .map(({ change, from }) => ({ change, from }));
}

const SETTINGS: readonly PlanSetting[] = [
  'startMinutes',
  'weeklyStepMinutes',
  'targetMinutes',
  'retroWalking',
  'retroSessionMinutes',
  'retroGrowthPercent',
  'treadmillMaxKmh',
  'pause',
];

/**
 * The settings that hold on `day`: for each, the last change that set it and took effect by then.
 *
 * @example
 * // a target of 20 from 1 December, then 15 from 8 December
 * settingsOn(changes, dayNumber('2026-12-05')).targetMinutes?.value; // 20
 */
export function settingsOn(changes: readonly DatedChange[], day: DayNumber): PrescribedSettings {
  const settings: Record<string, Prescribed<unknown>> = {};
  for (const { change, from } of changes) {
    if (from > day) break;
    for (const setting of SETTINGS) {
      const value = change[setting];
      if (value !== undefined) settings[setting] = { value, change };
    }
  }
  return settings;
}

/** The first and last day of a pause; it starts no earlier than the change that set it. */
export function pauseDays(
  pause: PrescribedPause,
  setFrom: DayNumber,
): { from: DayNumber; until: DayNumber | null } {
  return {
    from: Math.max(dayNumber(pause.from), setFrom),
    until: pause.until === undefined ? null : dayNumber(pause.until),
  };
}

/** The change whose pause holds on `day`, or null when the plan is not paused by a clinician then. */
export function pausedBy(changes: readonly DatedChange[], day: DayNumber): PrescriptionChange | null {
  let found: DatedChange | null = null;
  for (const dated of changes) {
    if (dated.from > day) break;
    if (dated.change.pause !== undefined) found = dated;
  }
  const pause = found?.change.pause;
  if (found === null || pause === undefined || pause === null) return null;
  const { from, until } = pauseDays(pause, found.from);
  return day >= from && (until === null || day <= until) ? found.change : null;
}
