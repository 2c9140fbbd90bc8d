/**
 * Outcome measures over time (NPRS, PSFS, the global rating of change), as the clinician's route
 * `GET /clinician/patients/{patientId}/outcome-measures` answers them (the server's own types), and
 * the small sums the screen says them with.
 */
import type * as Api from '@wandelcoach/server/api-types';
/** `GET /clinician/patients/{patientId}/outcome-measures`: every answer oldest first, and the change. */
export type OutcomeMeasures = Api.OutcomeTrendAnswer;
export type OutcomeAnswer = OutcomeMeasures['answers'][number];

/** The mean of the three PSFS scores, to one decimal. */
export function psfsMean(psfs: readonly { score: number }[]): number | null {
  if (psfs.length === 0) return null;
  return Math.round((psfs.reduce((sum, item) => sum + item.score, 0) / psfs.length) * 10) / 10;
}

/** A change as a signed number: "+2", "−1.5", "0". */
export function signed(value: number, format: (n: number) => string): string {
  if (value > 0) return `+${format(value)}`;
  if (value < 0) return `−${format(-value)}`;
  return format(0);
}

/**
 * Whether the change is better for the patient: less pain (NPRS down) or more they can do (PSFS up).
 * Undefined when there is no change to judge.
 */
export function better(measure: 'nprs' | 'psfs', change: number | null): boolean | undefined {
  if (change === null || change === 0) return undefined;
  return measure === 'nprs' ? change < 0 : change > 0;
}
