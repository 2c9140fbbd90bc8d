/**
 * What `buildPlan` returns: the contract's output (`../shared/spec/plan-contract.md`) plus a few added
 * fields (marked "added"), which the contract allows. Field names of the contract never change.
 */
import type { Cue, Decision, Locale, PartOfDay, SessionPurpose, TriageLevel, WalkKind } from './codes.js';
import type { ReasonCode } from './i18n/index.js';
import type { Source } from './sources.js';

/** Why something is as it is: a stable code, the source it rests on, and the text in the intake's locale. */
export interface Reason {
  code: ReasonCode;
  source: Source;
  message: string;
  /** Added: for a `CLINICIAN` reason, who decided (docs/clinical-rules.md §6). */
  by?: ClinicianRef;
  /** Added: for a `CLINICIAN` reason, the reason the clinician gave, as they wrote it. */
  clinicianReason?: string;
}

/** A clinician as a reason names them: the care team's id and the name the person knows. */
export interface ClinicianRef {
  id: string;
  name: string;
}

export interface Treadmill {
  speedKmh: number;
  inclinePercent: number;
}

export interface Breathing {
  inhaleSteps: 3;
  exhaleSteps: 4 | 5;
}

export interface Session {
  kind: WalkKind;
  /** Whole or half minutes. */
  minutes: number;
  partOfDay: PartOfDay;
  /** Added: what the walk is for (a calm start, a walking break, the weekend's longer walk…). */
  purpose: SessionPurpose;
  treadmill: Treadmill | null;
  supervised: boolean;
  breathing: Breathing;
  cues: Cue[];
}

export interface PlanDay {
  date: string;
  sessions: Session[];
}

export interface PlanWeek {
  week: number;
  /** Added: the first day of the week. */
  startDate: string;
  /** Added: true for weeks that start after today; they assume the coming weeks go well. */
  projected: boolean;
  /** Added: the week's planned minutes by kind. */
  totals: { forwardMinutes: number; retroMinutes: number };
  days: PlanDay[];
}

export interface Plan {
  startDate: string;
  weeks: PlanWeek[];
}

export type RiskProfile = 1 | 2 | 3;

export interface TriageResult {
  level: TriageLevel;
  reasons: Reason[];
  /** Added: the KNGF-style risk profile for back pain; null when back pain is not a goal. */
  riskProfile: RiskProfile | null;
  /** Added: true when the red-flag questions should be asked again (after a flare, a fall or new leg symptoms). */
  recheckRedFlags: boolean;
}

export interface DecisionRecord {
  week: number;
  decision: Decision;
  reasons: Reason[];
  /** Added: the day from which the decision applies. */
  date: string;
  /** Added: true when the decision is a projection (its week starts after today). */
  projected: boolean;
}

export interface PlanOutput {
  /** Added: the language of every message in this output (the intake's locale). */
  locale: Locale;
  triage: TriageResult;
  plan: Plan | null;
  decisions: DecisionRecord[];
  /** Added: evidence notes where the sources and the wider evidence differ, for the plan at hand. */
  notes: Reason[];
  /**
   * Added: when today is past the plan's last week, the plan has ended and the person is asked to
   * renew the intake (plan-contract.md); null while the plan runs.
   */
  ended: Reason | null;
}
