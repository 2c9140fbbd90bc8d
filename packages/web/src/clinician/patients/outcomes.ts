/**
 * Outcome measures over time (NPRS, PSFS, the global rating of change), as the clinician's route
 * `GET /clinician/patients/{patientId}/outcome-measures` answers them: typed here after the API's
 * specification until the server's own types are in `@wandelcoach/server/api-types`.
 */
export type OutcomeTimepoint = 'start' | 'week-6' | 'week-12';

export interface OutcomeAnswer {
  id: string;
  timepoint: OutcomeTimepoint;
  answeredOn: string;
  /** Average pain last week, 0–10. */
  nprs: number;
  /** Three activities, each 0 (unable) to 10 (as before the pain). */
  psfs: { activity: string; score: number }[];
  /** −3 much worse … +3 much better; null at the start. */
  globalRating: number | null;
}

export interface OutcomeMeasures {
  answers: OutcomeAnswer[];
  change: {
    nprs: number | null;
    /** The mean of the three activities, last minus first. */
    psfs: number | null;
    realChange: { nprs: boolean; psfs: boolean };
  };
}

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
