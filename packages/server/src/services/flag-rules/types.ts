/**
 * What the flag rules read and what they raise (docs/care-team.md, "Flags"). The rules are pure: a
 * log, the plan the engine made from it, the intake's baseline pain and today go in; the flags that
 * today's record calls for come out. Storing them, once per patient and kind, is the service's job.
 */
import type { PlanOutput, RedFlag, WalkLog } from '@wandelcoach/engine';

export const FLAG_KINDS = [
  'emergency-sign',
  'gp-sign',
  'fall',
  'retro-dizziness',
  'next-morning-pain',
  'severe-pain',
  'step-back',
  'inactivity',
  'adherence',
] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

/** Most urgent first: the order of a practice's list. */
export const FLAG_SEVERITIES = ['urgent', 'attention', 'inactivity', 'adherence'] as const;
export type FlagSeverity = (typeof FLAG_SEVERITIES)[number];

export const SEVERITY_OF: Readonly<Record<FlagKind, FlagSeverity>> = {
  'emergency-sign': 'urgent',
  'gp-sign': 'urgent',
  fall: 'urgent',
  'retro-dizziness': 'urgent',
  'next-morning-pain': 'attention',
  'severe-pain': 'attention',
  'step-back': 'attention',
  inactivity: 'inactivity',
  adherence: 'adherence',
};

/** How far back the rules look, in days, today included: the plan's own rhythm, one week. */
export const FLAG_WINDOW_DAYS = 7;

/** A stored walk as the rules read it: its log and when it was last written. */
export interface FlagWalk extends WalkLog {
  id: string;
  /** ISO time of the walk's last write: a flag raised or handled after it has taken it into account. */
  updatedAt: string;
}

export interface FlagInput {
  /** The patient's calendar date. */
  today: string;
  /** The intake's pain at rest (`painNow`), the baseline the pain rules compare with. */
  baseline: number;
  /** The stored walks of the past week at least, with when each was written. */
  walks: readonly FlagWalk[];
  /** Every walk the engine read for the plan (from 30 days before its start): for minutes per week. */
  logs: readonly WalkLog[];
  /** The engine's output for today; undefined without an intake. */
  plan: PlanOutput | undefined;
}

/** What raised a flag, as the clinician is shown it. */
export interface FlagEvidence {
  /** The walk dates (or the decision's, or the week's first day) it rests on, oldest first. */
  dates: string[];
  /** Red-flag signs logged with those walks. */
  signs?: RedFlag[];
  /** The highest pain score among them. */
  pain?: number;
  /** The intake's baseline pain, for the next-morning rule. */
  baseline?: number;
  /** Steps back in a row, for `step-back`. */
  inARow?: number;
  /** The plan week's planned and walked minutes, for `adherence`. */
  plannedMinutes?: number;
  walkedMinutes?: number;
  /** The last walk before a quiet week, for `inactivity`; null when none was logged. */
  lastWalk?: string | null;
}

export interface FlagCandidate {
  kind: FlagKind;
  evidence: FlagEvidence;
  /**
   * ISO time from which the evidence exists: a flag of the same kind raised or handled at or after
   * it has already covered it, so it is not raised again.
   */
  evidenceAt: string;
}

/** Midnight UTC of a date: when a derived fact (a decision, a quiet week) became true, near enough. */
export function startOfDate(date: string): string {
  return `${date}T00:00:00.000Z`;
}
