/**
 * Whether a clearance the person recorded counts (docs/clinical-rules.md §1): only for this episode.
 * - Signs from the intake: a clearance dated from 28 days before the plan's start up to the day asked about.
 * - Signs reported with a walk: a clearance dated on or after that walk.
 * - Emergency signs: a clearance the person records never counts, wherever the sign was reported; a
 *   new intake after care, or a linked clinician's recorded clearance of that sign
 *   (rules/clinician-clearances.ts), is what reopens a plan.
 * Who may clear depends on what: a GP for red flags, a GP or physiotherapist for retro-walking.
 */
import type { ClearedByWhom } from '../codes.js';
import { dayNumber, type DayNumber } from '../dates.js';
import type { ClinicianNote } from '../reasons.js';
import type { Intake } from '../schema.js';

/** How far before the plan's start a clearance may be dated and still belong to this episode. */
export const EPISODE_DAYS_BEFORE_START = 28;

export interface Clearance {
  by: ClearedByWhom;
  day: DayNumber;
  /** Recorded by a linked clinician (§6), with their name and reason; absent when the person recorded it. */
  note?: ClinicianNote;
}

export type ClearanceVerdict =
  /** It counts. */
  | 'valid'
  /** None was recorded. */
  | 'none'
  /** Dated before this episode (intake signs) or before the signs it should cover (log signs). */
  | 'too-old'
  /** Dated after the day asked about: replaying the past, it does not count yet. */
  | 'not-yet'
  /** Recorded by someone who cannot clear this (a physiotherapist for a red flag). */
  | 'wrong-professional';

export function clearanceOf(intake: Pick<Intake, 'clearedBy'>): Clearance | null {
  return intake.clearedBy ? { by: intake.clearedBy.by, day: dayNumber(intake.clearedBy.date) } : null;
}

/** The first day a clearance of the intake's signs may carry. */
export function episodeStart(startDay: DayNumber): DayNumber {
  return startDay - EPISODE_DAYS_BEFORE_START;
}

function verdict(
  clearance: Clearance | null,
  earliest: DayNumber,
  asOf: DayNumber,
  allowed: readonly ClearedByWhom[],
): ClearanceVerdict {
  if (clearance === null) return 'none';
  if (!allowed.includes(clearance.by)) return 'wrong-professional';
  if (clearance.day < earliest) return 'too-old';
  if (clearance.day > asOf) return 'not-yet';
  return 'valid';
}

/**
 * A clearance of signs given in the intake, as of `asOf`.
 *
 * @example
 * // a GP clearance from 1990 for a plan starting in 2026: refused
 * clearsIntakeSigns({ by: 'gp', day: dayNumber('1990-01-01') }, start, today, ['gp']); // 'too-old'
 */
export function clearsIntakeSigns(
  clearance: Clearance | null,
  startDay: DayNumber,
  asOf: DayNumber,
  allowed: readonly ClearedByWhom[],
): ClearanceVerdict {
  return verdict(clearance, episodeStart(startDay), asOf, allowed);
}

/** A clearance of signs reported with a walk on `signDay`, as of `asOf`. */
export function clearsLogSign(
  clearance: Clearance | null,
  signDay: DayNumber,
  asOf: DayNumber,
  allowed: readonly ClearedByWhom[],
): ClearanceVerdict {
  return verdict(clearance, signDay, asOf, allowed);
}
