/**
 * Clearances a linked clinician records (docs/clinical-rules.md §1, §4, §6): the only ways a
 * prescription may be less careful than the rules, each where the rules leave it to a professional.
 * - `gp`: a GP's clearance for this episode, recorded by the clinician; it counts exactly as one the
 *   person records (rules/clearance-validity.ts), so an old one is refused with the reason.
 * - `retro-walking`: retro-walking is safe again after dizziness (intake, this episode) or after a stop
 *   for dizziness or a fall (dated on or after that walk).
 * - `retro-supervision`: a physiotherapist assessed the person and lifts the supervision of
 *   retro-walking; a fall or dizziness logged on or after that day brings it back.
 * - `emergency-sign`: after care, one emergency sign is cleared, dated on or after the day it was reported:
 *   the walk that logged it, or for a sign given in the intake the plan's `startDate` (§1: wherever it was
 *   reported, a linked clinician's clearance of that sign reopens the plan).
 */
import type { EmergencyFlag } from '../codes.js';
import { dayNumber, type DayNumber } from '../dates.js';
import type { ClinicianNote } from '../reasons.js';
import type { ClinicianClearance } from '../schema.js';
import { episodeStart, type Clearance, type ClearanceVerdict } from './clearance-validity.js';

export interface EmergencySignClearance {
  sign: EmergencyFlag;
  /** The day the sign was reported: its walk's, or the plan's start for a sign from the intake. */
  signDay: DayNumber;
  /** The day the clinician recorded the care. */
  day: DayNumber;
  note: ClinicianNote;
}

export interface ClinicianClearances {
  /** GP clearances: valid as the person's own GP clearance would be. */
  gp: Clearance[];
  /** Retro-walking cleared after dizziness or a fall, as a physiotherapist's clearance. */
  retro: Clearance[];
  /** Supervision of retro-walking lifted after an assessment. */
  lifts: Clearance[];
  emergency: EmergencySignClearance[];
}

export const NO_CLINICIAN_CLEARANCES: ClinicianClearances = { gp: [], retro: [], lifts: [], emergency: [] };

/** The clearances of a prescription, sorted by kind. */
export function clinicianClearances(list: readonly ClinicianClearance[]): ClinicianClearances {
  const sorted: ClinicianClearances = { gp: [], retro: [], lifts: [], emergency: [] };
  for (const item of list) {
    const note: ClinicianNote = { by: item.by, reason: item.reason };
    const day = dayNumber(item.date);
    switch (item.kind) {
      case 'gp':
        sorted.gp.push({ by: 'gp', day, note });
        break;
      case 'retro-walking':
        sorted.retro.push({ by: 'physio', day, note });
        break;
      case 'retro-supervision':
        sorted.lifts.push({ by: 'physio', day, note });
        break;
      case 'emergency-sign':
        // The schema requires both for this kind.
        if (item.sign !== undefined && item.signDate !== undefined)
          sorted.emergency.push({ sign: item.sign, signDay: dayNumber(item.signDate), day, note });
        break;
    }
  }
  return sorted;
}

/**
 * The latest clearance that counts by `verdictOf`, or null.
 *
 * @example
 * latestValid(gp, (c) => clearsIntakeSigns(c, start, today, ['gp'])); // the GP clearance that opens the plan
 */
export function latestValid(
  clearances: readonly Clearance[],
  verdictOf: (clearance: Clearance) => ClearanceVerdict,
): Clearance | null {
  let found: Clearance | null = null;
  for (const clearance of clearances) {
    if (verdictOf(clearance) === 'valid' && (found === null || clearance.day >= found.day)) found = clearance;
  }
  return found;
}

/** The clinician's clearance of `sign` reported on `signDay`, when it counts on `asOf`. */
export function emergencySignCleared(
  clearances: readonly EmergencySignClearance[],
  sign: EmergencyFlag,
  signDay: DayNumber,
  asOf: DayNumber,
): EmergencySignClearance | null {
  for (const clearance of clearances) {
    if (
      clearance.sign === sign &&
      clearance.signDay === signDay &&
      clearance.day >= signDay &&
      clearance.day <= asOf
    )
      return clearance;
  }
  return null;
}

/**
 * The lift of retro-walking's supervision that holds on `asOf`: dated in this episode and by then, with
 * no fall or dizziness logged on or after it (`lastEvent`, the latest such day). Null when none holds.
 */
export function supervisionLifted(
  lifts: readonly Clearance[],
  startDay: DayNumber,
  asOf: DayNumber,
  lastEvent: DayNumber | null,
): Clearance | null {
  let found: Clearance | null = null;
  for (const lift of lifts) {
    if (lift.day < episodeStart(startDay) || lift.day > asOf) continue;
    if (lastEvent !== null && lastEvent >= lift.day) continue;
    if (found === null || lift.day >= found.day) found = lift;
  }
  return found;
}
