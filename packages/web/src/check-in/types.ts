/**
 * The outcome measures' answers and requests (`/me/outcome-measures`), as the server's specification
 * gives them. Written here until the server's own types can be imported (`@wandelcoach/server/api-types`).
 */
export type OutcomeTimepoint = 'start' | 'week-6' | 'week-12';

export interface OutcomeDue {
  timepoint: OutcomeTimepoint;
  /** The activities named at an earlier timepoint of this plan, to rate again; empty when none. */
  activities: string[];
  /** False at the start: there is nothing to compare with yet. */
  asksGlobalRating: boolean;
}

export interface OutcomeAnswer {
  id: string;
  timepoint: OutcomeTimepoint;
  answeredOn: string;
  nprs: number;
  psfs: { activity: string; score: number }[];
  globalRating: number | null;
}

export interface OutcomeMeasures {
  due: OutcomeDue | null;
  answers: OutcomeAnswer[];
}

export interface OutcomeAnswerRequest {
  timepoint: OutcomeTimepoint;
  nprs: number;
  psfs: { activity: string; score: number }[];
  globalRating: number | null;
}
