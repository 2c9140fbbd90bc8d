/**
 * Safety triage (clinical-rules §1): four levels, the highest wins. Runs on the intake and again on
 * what the walking log reports later (new signs, falls, long flares, repeated step-backs).
 */
import {
  EMERGENCY_FLAGS,
  GP_FLAGS,
  type EmergencyFlag,
  type GpFlag,
  type NeedsGuidance,
  type TriageLevel,
} from '../codes.js';
import { dayNumber, type DayNumber } from '../dates.js';
import type { Reason, RiskProfile } from '../output.js';
import { reason } from '../reasons.js';
import type { Intake } from '../schema.js';
import type { Source } from '../sources.js';
import { assessRiskProfile } from './risk-profile.js';

const EMERGENCY: ReadonlySet<string> = new Set(EMERGENCY_FLAGS);
const GP: ReadonlySet<string> = new Set(GP_FLAGS);

const EMERGENCY_SOURCE: Record<EmergencyFlag, Source> = {
  'saddle-numbness': 'CES',
  'bladder-bowel-change': 'CES',
  'both-legs-weak-or-numb': 'CES',
  'worsening-weakness': 'CES',
  'major-trauma': 'NICE-1.1.1',
};

/** What the walking log has reported up to today that bears on safety. */
export interface TriageEvents {
  /** Red flags reported with a walk, by the date of that walk. */
  newSymptoms: ReadonlyArray<{ date: string; flags: readonly string[] }>;
  /** Dates of falls or near-falls. */
  falls: readonly string[];
  longFlare: boolean;
  repeatedRegress: boolean;
}

export const NO_EVENTS: TriageEvents = {
  newSymptoms: [],
  falls: [],
  longFlare: false,
  repeatedRegress: false,
};

export interface TriageFindings {
  level: TriageLevel;
  reasons: Reason[];
  riskProfile: RiskProfile | null;
  /**
   * The level the plan is built for, or null when there may be no plan. It differs from `level` for
   * `gp-soon` cleared by a GP: the plan then follows whatever else the answers show.
   */
  planLevel: 'routine-assessment' | 'self-manage' | null;
  /** The newest date of signs that stop the plan, for the `pause` decision. */
  pausedSince: string | null;
}

const LEVEL_RANK: Record<TriageLevel, number> = {
  'self-manage': 0,
  'routine-assessment': 1,
  'gp-soon': 2,
  emergency: 3,
};

function higher(a: TriageLevel, b: TriageLevel): TriageLevel {
  return LEVEL_RANK[a] >= LEVEL_RANK[b] ? a : b;
}

/** Situations from SEED-BP's list that need a professional to guide the walking. */
const GUIDANCE_ROUTINE: ReadonlyArray<Exclude<NeedsGuidance, 'severe-nerve-pain'>> = [
  'stiff-si-joints',
  'weak-hips',
  'movement-insecurity',
  'breathing-stays-high',
];

/**
 * Triages an intake plus what the log reported, as it stood on day `asOf` (today when left out).
 * Red flags are not an accurate test, so the wording
 * and the levels lean towards "ask a doctor".
 */
export function assessTriage(
  intake: Intake,
  events: TriageEvents = NO_EVENTS,
  asOf?: DayNumber,
): TriageFindings {
  const locale = intake.locale;
  // A clearance counts from its own date on; replaying the past, it does not count before it was given.
  const clearanceDay = intake.clearedBy?.by === 'gp' ? dayNumber(intake.clearedBy.date) : null;
  const gpClearance =
    clearanceDay !== null && (asOf === undefined || clearanceDay <= asOf) ? clearanceDay : null;

  // Signs from the log count until a GP has seen the person after them.
  const openLogFlags: Array<{ date: string; flag: string }> = [];
  const clearedLogDates: string[] = [];
  for (const report of events.newSymptoms) {
    const cleared = gpClearance !== null && dayNumber(report.date) <= gpClearance;
    if (cleared) clearedLogDates.push(report.date);
    else for (const flag of report.flags) openLogFlags.push({ date: report.date, flag });
  }

  const emergencyFlags = new Set<EmergencyFlag>();
  const gpFlags = new Set<GpFlag>();
  for (const flag of intake.redFlags) {
    if (EMERGENCY.has(flag)) emergencyFlags.add(flag as EmergencyFlag);
    else if (GP.has(flag)) gpFlags.add(flag as GpFlag);
  }
  let pausedSince: string | null = null;
  for (const { date, flag } of openLogFlags) {
    if (EMERGENCY.has(flag)) emergencyFlags.add(flag as EmergencyFlag);
    else if (GP.has(flag)) gpFlags.add(flag as GpFlag);
    if (pausedSince === null || date > pausedSince) pausedSince = date;
  }
  const severeNervePain = intake.needsGuidance.includes('severe-nerve-pain');

  const risk = assessRiskProfile(intake);
  const riskProfile = risk?.profile ?? null;

  if (emergencyFlags.size > 0) {
    const reasons = [...emergencyFlags].map((flag) =>
      reason(locale, `red-flag.${flag}`, EMERGENCY_SOURCE[flag]),
    );
    reasons.push(reason(locale, 'emergency-now', 'KNGF-B.1.3'));
    return { level: 'emergency', reasons, riskProfile, planLevel: null, pausedSince };
  }

  // Everything below the GP level decides how gentle the plan is, also once a GP has cleared it.
  const routine: Reason[] = [];
  for (const code of GUIDANCE_ROUTINE) {
    if (intake.needsGuidance.includes(code)) routine.push(reason(locale, `guidance.${code}`, 'SEED-BP'));
  }
  if (intake.goals.includes('back-pain') && intake.backPain?.legPain === true) {
    routine.push(reason(locale, 'leg-pain', 'KNGF-B.2'));
  }
  for (const condition of ['recent-surgery', 'stroke', 'multiple-sclerosis'] as const) {
    if (intake.conditions.includes(condition))
      routine.push(reason(locale, `condition.${condition}`, 'SEED-RW'));
  }
  const latestFall = events.falls.reduce<string | null>(
    (latest, d) => (latest === null || d > latest ? d : latest),
    null,
  );
  if (latestFall !== null) routine.push(reason(locale, 'retriage.fall', 'STEADI', { date: latestFall }));
  if (events.longFlare) routine.push(reason(locale, 'retriage.long-flare', 'PMM'));
  if (events.repeatedRegress) routine.push(reason(locale, 'retriage.repeated-regress', 'KNGF-C.2.1'));
  // clinical-rules §5: after new signs, even once a GP has seen them, a professional should look.
  for (const date of clearedLogDates) {
    routine.push(reason(locale, 'retriage.new-symptoms-cleared', 'KNGF-B.1.3', { date }));
  }

  const riskReasons: Reason[] = [];
  if (risk) {
    switch (risk.profile) {
      case 1:
        riskReasons.push(reason(locale, 'risk-profile.low', 'KNGF-B.2'));
        break;
      case 2:
        riskReasons.push(reason(locale, 'risk-profile.medium', 'KNGF-B.2', { count: risk.count }));
        break;
      case 3:
        riskReasons.push(reason(locale, 'risk-profile.high', 'KNGF-B.2', { count: risk.count }));
        break;
    }
  }
  const planLevel: 'routine-assessment' | 'self-manage' =
    routine.length > 0 || riskProfile === 3 ? 'routine-assessment' : 'self-manage';
  const planReasons = [
    ...routine,
    ...riskReasons,
    // The absence of red flags is what lets a person start alone (KNGF B.1.3); the advice to see a
    // physiotherapist rests on the back-pain risk profile, or on SEED-RW for retro-walking alone.
    planLevel === 'routine-assessment'
      ? reason(locale, 'see-physio', intake.goals.includes('back-pain') ? 'KNGF-B.2' : 'SEED-RW')
      : reason(locale, 'self-manage', 'KNGF-B.1.3'),
  ];

  if (gpFlags.size > 0 || severeNervePain) {
    const reasons = [...gpFlags].map((flag) => reason(locale, `red-flag.${flag}`, 'KNGF-B.1.3'));
    if (severeNervePain) reasons.push(reason(locale, 'guidance.severe-nerve-pain', 'KNGF-B.1.3'));
    if (pausedSince !== null)
      reasons.push(reason(locale, 'retriage.new-symptoms', 'KNGF-B.1.3', { date: pausedSince }));
    // A clearance only covers what the GP could have seen: signs reported after it need a new visit.
    const cleared = gpClearance !== null && pausedSince === null;
    if (cleared && intake.clearedBy) {
      reasons.push(
        reason(locale, 'gp-cleared', 'KNGF-B.1.3', { date: intake.clearedBy.date }),
        ...planReasons,
      );
      return { level: 'gp-soon', reasons, riskProfile, planLevel, pausedSince };
    }
    reasons.push(reason(locale, 'gp-soon-now', 'KNGF-B.1.3'));
    if (intake.clearedBy?.by === 'physio')
      reasons.push(reason(locale, 'physio-clearance-not-enough', 'KNGF-B.1.3'));
    return { level: 'gp-soon', reasons, riskProfile, planLevel: null, pausedSince };
  }

  return {
    level: higher('self-manage', planLevel),
    reasons: planReasons,
    riskProfile,
    planLevel,
    pausedSince,
  };
}
