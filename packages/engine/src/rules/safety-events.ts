/**
 * What a logged walk means for safety (docs/clinical-rules.md §1, §4, §5):
 * - new warning signs and falls re-run triage; dizziness on any walk, or a fall during retro-walking,
 *   stops retro-walking until a professional clears it (SEED-RW);
 * - an event acts from the next day, and one logged today on the rest of today too;
 * - walks from before the plan's start belong to an earlier episode: history for dosing only, never an
 *   open safety event (a new intake asked the safety questions again).
 */
import type { RedFlag } from '../codes.js';
import type { DayNumber } from '../dates.js';
import type { WalkLog } from '../schema.js';

export interface SafetyEvent {
  /** The day of the walk that reported it. */
  day: DayNumber;
  /** The first day the event changes the plan. */
  from: DayNumber;
  newSymptoms: readonly RedFlag[];
  fall: boolean;
  dizziness: boolean;
  /** Why it stops retro-walking, if it does. */
  stopsRetro: 'dizziness' | 'fall' | null;
}

/**
 * The safety event a walk reports, or null when it reports none or belongs to an earlier episode.
 *
 * @example
 * safetyEventOf({ …, kind: 'retro', fall: true }, day, start, today)?.stopsRetro; // 'fall'
 */
export function safetyEventOf(
  log: WalkLog,
  day: DayNumber,
  startDay: DayNumber,
  today: DayNumber,
): SafetyEvent | null {
  if (day < startDay) return null;
  if (!log.dizziness && !log.fall && log.newSymptoms.length === 0) return null;
  return {
    day,
    from: day === today ? day : day + 1,
    newSymptoms: log.newSymptoms,
    fall: log.fall,
    dizziness: log.dizziness,
    stopsRetro: log.dizziness ? 'dizziness' : log.fall && log.kind === 'retro' ? 'fall' : null,
  };
}

/**
 * An order for two walks of one day, by what was logged, so that the same log in another order replays
 * the same way (the order of a day's events decides which decision comes first).
 */
export function byContent(x: WalkLog, y: WalkLog): number {
  return (
    compareText(x.kind, y.kind) ||
    x.minutes - y.minutes ||
    x.painDuring - y.painDuring ||
    (x.painNextMorning ?? -1) - (y.painNextMorning ?? -1) ||
    Number(x.dizziness) - Number(y.dizziness) ||
    Number(x.fall) - Number(y.fall) ||
    compareText(x.newSymptoms.join(','), y.newSymptoms.join(','))
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
