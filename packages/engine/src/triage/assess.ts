/**
 * Safety triage (docs/clinical-rules.md §1): four levels, the highest wins. Runs on the intake and again
 * on what the walking log reports later (new signs, falls, long flares, repeated step-backs). Signs are
 * treated the same wherever they were reported: a clearance the person records counts only for this
 * episode (rules/clearance-validity.ts) and never reopens a plan after an emergency sign; only a linked
 * clinician's clearance of that sign, given in the intake or logged, does (rules/clinician-clearances.ts, §6).
 */
import {
  EMERGENCY_FLAGS,
  GP_FLAGS,
  type EmergencyFlag,
  type GpFlag,
  type NeedsGuidance,
  type RedFlag,
  type TriageLevel,
} from '../codes.js';
import type { DayNumber } from '../dates.js';
import { dateInSentence } from '../i18n/date-text.js';
import type { Reason, RiskProfile } from '../output.js';
import { reason, withAuthor } from '../reasons.js';
import {
  clearanceOf,
  clearsIntakeSigns,
  clearsLogSign,
  episodeStart,
  type Clearance,
  type ClearanceVerdict,
} from '../rules/clearance-validity.js';
import {
  emergencySignCleared,
  latestValid,
  NO_CLINICIAN_CLEARANCES,
  type ClinicianClearances,
  type EmergencySignClearance,
} from '../rules/clinician-clearances.js';
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

/** STEADI screens adults of 65 and over: a positive screen there means a professional should assess. */
export const FALL_SCREEN_FROM_AGE = 65;

/** What the walking log has reported up to the day asked about that bears on safety. */
export interface TriageEvents {
  /** Red flags reported with a walk, by the day of that walk. */
  newSymptoms: ReadonlyArray<{ day: DayNumber; flags: readonly RedFlag[] }>;
  /** Days of falls or near-falls. */
  falls: readonly DayNumber[];
  longFlare: boolean;
  repeatedRegress: boolean;
}

export const NO_EVENTS: TriageEvents = {
  newSymptoms: [],
  falls: [],
  longFlare: false,
  repeatedRegress: false,
};

export interface TriageDays {
  /** The plan's first day: the episode a clearance must belong to. */
  startDay: DayNumber;
  /** The day triage stands on: a clearance dated later does not count yet. */
  asOf: DayNumber;
  /** The person's today, for dates inside sentences. */
  today: DayNumber;
}

export interface TriageFindings {
  level: TriageLevel;
  reasons: Reason[];
  riskProfile: RiskProfile | null;
  /**
   * The level the plan is built for, or null when there may be no plan. It differs from `level` for
   * `gp-soon` cleared by a GP: the plan then follows whatever else the answers show.
   */
  planLevel: 'routine-assessment' | 'self-manage' | null;
}

/** Situations from SEED-BP's list that need a professional to guide the walking. */
const GUIDANCE_ROUTINE: ReadonlyArray<Exclude<NeedsGuidance, 'severe-nerve-pain'>> = [
  'stiff-si-joints',
  'weak-hips',
  'movement-insecurity',
  'breathing-stays-high',
];

function latest(days: readonly DayNumber[]): DayNumber | null {
  let found: DayNumber | null = null;
  for (const day of days) if (found === null || day > found) found = day;
  return found;
}

/** STEADI: any key question answered yes, or balance or vision problems, at 65 or over. */
export function fallScreenPositive(intake: Intake): boolean {
  return (
    intake.age >= FALL_SCREEN_FROM_AGE &&
    (intake.fallRisk.length > 0 ||
      intake.impairments.includes('balance') ||
      intake.impairments.includes('vision'))
  );
}

/** The reasons a professional should guide the plan (the `routine-assessment` triggers). */
function routineReasons(
  intake: Intake,
  events: TriageEvents,
  clearedLogDays: readonly DayNumber[],
  date: (day: DayNumber) => string,
  emergencyCleared: readonly EmergencySignClearance[],
): Reason[] {
  const locale = intake.locale;
  const routine: Reason[] = [];
  // §6: after care for an emergency sign a clinician cleared, the plan goes on gently.
  for (const cleared of emergencyCleared) {
    routine.push(
      withAuthor(
        reason(locale, 'clinician.emergency-cleared', 'CLINICIAN', {
          name: cleared.note.by.name,
          date: date(cleared.day),
          signs: date(cleared.signDay),
          reason: cleared.note.reason,
        }),
        cleared.note,
      ),
    );
  }
  for (const code of GUIDANCE_ROUTINE) {
    if (intake.needsGuidance.includes(code)) routine.push(reason(locale, `guidance.${code}`, 'SEED-BP'));
  }
  const backPain = intake.goals.includes('back-pain');
  if (backPain && intake.backPain?.legPain === true) routine.push(reason(locale, 'leg-pain', 'KNGF-B.2'));
  for (const condition of ['recent-surgery', 'stroke', 'multiple-sclerosis'] as const) {
    if (intake.conditions.includes(condition))
      routine.push(reason(locale, `condition.${condition}`, 'SEED-RW'));
  }
  if (fallScreenPositive(intake)) routine.push(reason(locale, 'fall-screen', 'STEADI'));
  const latestFall = latest(events.falls);
  if (latestFall !== null)
    routine.push(reason(locale, 'retriage.fall', 'STEADI', { date: date(latestFall) }));
  // A fall at 65 or over with back pain: weak bones would make it a reason to see the GP (§1).
  const fell = intake.fallRisk.includes('fell-past-year') || latestFall !== null;
  if (
    backPain &&
    fell &&
    intake.age >= FALL_SCREEN_FROM_AGE &&
    !intake.redFlags.includes('osteoporosis-minor-fall')
  ) {
    routine.push(reason(locale, 'ask-osteoporosis', 'KNGF-B.1.3'));
  }
  if (events.longFlare) routine.push(reason(locale, 'retriage.long-flare', 'PMM'));
  if (events.repeatedRegress) routine.push(reason(locale, 'retriage.repeated-regress', 'KNGF-C.2.1'));
  // §5: after new signs, even once a GP has seen them, a professional should look.
  for (const day of clearedLogDays) {
    routine.push(reason(locale, 'retriage.new-symptoms-cleared', 'KNGF-B.1.3', { date: date(day) }));
  }
  return routine;
}

function riskReasons(intake: Intake): { profile: RiskProfile | null; reasons: Reason[] } {
  const risk = assessRiskProfile(intake);
  if (risk === null) return { profile: null, reasons: [] };
  const locale = intake.locale;
  switch (risk.profile) {
    case 1:
      return { profile: 1, reasons: [reason(locale, 'risk-profile.low', 'KNGF-B.2')] };
    case 2:
      return {
        profile: 2,
        reasons: [reason(locale, 'risk-profile.medium', 'KNGF-B.2', { count: risk.count })],
      };
    case 3:
      return {
        profile: 3,
        reasons: [reason(locale, 'risk-profile.high', 'KNGF-B.2', { count: risk.count })],
      };
  }
}

/** Why the clearance on record did not open the plan, when there is one. */
function clearanceRefusal(
  intake: Intake,
  intakeVerdict: ClearanceVerdict,
  openLogDay: DayNumber | null,
  days: TriageDays,
  date: (day: DayNumber) => string,
): Reason[] {
  const locale = intake.locale;
  const clearance = clearanceOf(intake);
  if (clearance === null) return [];
  if (clearance.by === 'physio') return [reason(locale, 'physio-clearance-not-enough', 'KNGF-B.1.3')];
  if (intakeVerdict === 'too-old') {
    return [
      reason(locale, 'clearance.too-old', 'KNGF-B.1.3', {
        date: date(clearance.day),
        from: date(episodeStart(days.startDay)),
      }),
    ];
  }
  if (openLogDay !== null && clearance.day < openLogDay) {
    return [
      reason(locale, 'clearance.before-signs', 'KNGF-B.1.3', {
        date: date(clearance.day),
        signs: date(openLogDay),
      }),
    ];
  }
  return [];
}

/**
 * Why a GP's clearance a clinician recorded did not open the plan: dated before this episode (signs from
 * the intake) or before the signs reported with a walk. Said once, for the latest such clearance.
 */
function clinicianRefusals(
  intake: Intake,
  recorded: readonly Clearance[],
  intakeOpen: boolean,
  openLogDay: DayNumber | null,
  days: TriageDays,
  date: (day: DayNumber) => string,
): Reason[] {
  let refused: Clearance | null = null;
  for (const clearance of recorded) {
    if (clearance.day > days.asOf) continue;
    const tooOld =
      (intakeOpen && clearance.day < episodeStart(days.startDay)) ||
      (openLogDay !== null && clearance.day < openLogDay);
    if (tooOld && (refused === null || clearance.day >= refused.day)) refused = clearance;
  }
  const note = refused?.note;
  if (refused === null || note === undefined) return [];
  return [
    withAuthor(
      reason(intake.locale, 'clinician.gp-clearance-refused', 'CLINICIAN', {
        name: note.by.name,
        date: date(refused.day),
      }),
      note,
    ),
  ];
}

/**
 * Triages an intake plus what the log reported, as it stood on `days.asOf`. Red flags are not an
 * accurate test, so the wording and the levels lean towards "ask a doctor".
 */
export function assessTriage(
  intake: Intake,
  events: TriageEvents,
  days: TriageDays,
  clinician: ClinicianClearances = NO_CLINICIAN_CLEARANCES,
): TriageFindings {
  const locale = intake.locale;
  const date = (day: DayNumber) => dateInSentence(locale, day, days.today);
  const clearance = clearanceOf(intake);
  const risk = riskReasons(intake);

  // Emergency signs, from the intake or from the log: no clearance the person records reopens the plan;
  // a linked clinician's clearance of that very sign, after care, does (§1, §6).
  const emergencyFlags = new Set<EmergencyFlag>();
  const emergencyCleared: EmergencySignClearance[] = [];
  for (const flag of intake.redFlags) {
    if (!EMERGENCY.has(flag)) continue;
    // A sign given in the intake dates from the plan's start (§1, §6).
    const cleared = emergencySignCleared(
      clinician.emergency,
      flag as EmergencyFlag,
      days.startDay,
      days.asOf,
    );
    if (cleared === null) emergencyFlags.add(flag as EmergencyFlag);
    else if (!emergencyCleared.includes(cleared)) emergencyCleared.push(cleared);
  }
  const emergencyLogDays: DayNumber[] = [];
  const reports: Array<{ day: DayNumber; flags: readonly RedFlag[] }> = [];
  for (const report of events.newSymptoms) {
    let flags = report.flags;
    for (const flag of report.flags) {
      if (!EMERGENCY.has(flag)) continue;
      const cleared = emergencySignCleared(clinician.emergency, flag as EmergencyFlag, report.day, days.asOf);
      if (cleared !== null) {
        if (!emergencyCleared.includes(cleared)) emergencyCleared.push(cleared);
        flags = flags.filter((f) => f !== flag);
        continue;
      }
      emergencyFlags.add(flag as EmergencyFlag);
      emergencyLogDays.push(report.day);
    }
    // A report whose signs were all cleared after care is no longer an open sign.
    if (flags.length > 0) reports.push(flags === report.flags ? report : { day: report.day, flags });
  }
  if (emergencyFlags.size > 0) {
    const reasons = [...emergencyFlags].map((flag) =>
      reason(locale, `red-flag.${flag}`, EMERGENCY_SOURCE[flag]),
    );
    const logged = latest(emergencyLogDays);
    if (logged !== null)
      reasons.push(reason(locale, 'retriage.emergency-in-log', 'KNGF-B.1.3', { date: date(logged) }));
    reasons.push(reason(locale, 'emergency-now', 'KNGF-B.1.3'));
    return { level: 'emergency', reasons, riskProfile: risk.profile, planLevel: null };
  }

  // Signs for the GP: from the intake, cleared by a GP for this episode; from the log, cleared by a GP
  // on or after the walk that reported them.
  const intakeGp = intake.redFlags.filter((flag): flag is GpFlag => GP.has(flag));
  const severeNervePain = intake.needsGuidance.includes('severe-nerve-pain');
  const intakeVerdict =
    intakeGp.length > 0 || severeNervePain
      ? clearsIntakeSigns(clearance, days.startDay, days.asOf, ['gp'])
      : 'none';
  // A GP's clearance the clinician recorded counts as one the person records (§6).
  const clinicianGp =
    intakeVerdict === 'valid' || (intakeGp.length === 0 && !severeNervePain)
      ? null
      : latestValid(clinician.gp, (c) => clearsIntakeSigns(c, days.startDay, days.asOf, ['gp']));
  const openLogFlags = new Set<GpFlag>();
  const openLogDays: DayNumber[] = [];
  const clearedLogDays: DayNumber[] = [];
  for (const report of reports) {
    if (
      clearsLogSign(clearance, report.day, days.asOf, ['gp']) === 'valid' ||
      latestValid(clinician.gp, (c) => clearsLogSign(c, report.day, days.asOf, ['gp'])) !== null
    ) {
      clearedLogDays.push(report.day);
      continue;
    }
    for (const flag of report.flags) openLogFlags.add(flag as GpFlag);
    openLogDays.push(report.day);
  }

  const routine = routineReasons(intake, events, clearedLogDays, date, emergencyCleared);
  const planLevel = routine.length > 0 || risk.profile === 3 ? 'routine-assessment' : 'self-manage';
  const planReasons = [...routine, ...risk.reasons];
  if (planLevel === 'routine-assessment') {
    planReasons.push(
      reason(locale, 'see-physio', intake.goals.includes('back-pain') ? 'KNGF-B.2' : 'SEED-RW'),
    );
  }

  const gpSigns = intakeGp.length > 0 || severeNervePain;
  const intakeOpen = gpSigns && intakeVerdict !== 'valid' && clinicianGp === null;
  if (intakeOpen || openLogFlags.size > 0) {
    const flags = new Set<GpFlag>([...intakeGp, ...openLogFlags]);
    const reasons = [...flags].map((flag) => reason(locale, `red-flag.${flag}`, 'KNGF-B.1.3'));
    if (severeNervePain) reasons.push(reason(locale, 'guidance.severe-nerve-pain', 'KNGF-B.1.3'));
    const openLogDay = latest(openLogDays);
    if (openLogDay !== null)
      reasons.push(reason(locale, 'retriage.new-symptoms', 'KNGF-B.1.3', { date: date(openLogDay) }));
    reasons.push(...clearanceRefusal(intake, intakeOpen ? intakeVerdict : 'none', openLogDay, days, date));
    reasons.push(...clinicianRefusals(intake, clinician.gp, intakeOpen, openLogDay, days, date));
    reasons.push(reason(locale, 'gp-soon-now', 'KNGF-B.1.3'));
    return { level: 'gp-soon', reasons, riskProfile: risk.profile, planLevel: null };
  }
  if (gpSigns && (clearance !== null || clinicianGp !== null)) {
    const reasons = intakeGp.map((flag) => reason(locale, `red-flag.${flag}`, 'KNGF-B.1.3'));
    if (severeNervePain) reasons.push(reason(locale, 'guidance.severe-nerve-pain', 'KNGF-B.1.3'));
    const note = clinicianGp?.note;
    reasons.push(
      clinicianGp === null || note === undefined
        ? reason(locale, 'gp-cleared', 'KNGF-B.1.3', { date: date(clearance?.day ?? days.asOf) })
        : withAuthor(
            reason(locale, 'clinician.gp-clearance', 'CLINICIAN', {
              name: note.by.name,
              date: date(clinicianGp.day),
              reason: note.reason,
            }),
            note,
          ),
      ...planReasons,
    );
    return { level: 'gp-soon', reasons, riskProfile: risk.profile, planLevel };
  }
  return { level: planLevel, reasons: planReasons, riskProfile: risk.profile, planLevel };
}

/** What else the closing advice depends on. */
export interface ClosingContext {
  /** Retro-walking is in the plan, only with someone who supervises. */
  supervisedRetro: boolean;
  /** Retro-walking waits for, or was stopped until, a professional's word. */
  retroWaitsForProfessional: boolean;
  /** Signs were reported with walks before this intake: the person is asked whether they were seen. */
  earlierSigns: boolean;
  /** Another part of the answer advises a physiotherapist (a very low start, a start still too much). */
  physioAdvised: boolean;
}

/**
 * The closing advice of a plan's safety check (§1 "Texts"): "you can start on your own" only when
 * nobody should look first, nothing waits for or needs a professional, and no warning sign was shown;
 * otherwise words that agree with the advice given, or none (a GP's clearance speaks for itself).
 */
export function closingAdvice(
  findings: TriageFindings,
  locale: Intake['locale'],
  context: ClosingContext,
): Reason[] {
  if (findings.planLevel === null) return [];
  const reasons: Reason[] = [];
  // After a GP's clearance the signs stay listed: "no warning signs" would contradict them.
  const signsShown = findings.level === 'gp-soon' || context.earlierSigns;
  if (findings.planLevel === 'self-manage' && !signsShown) {
    const professional =
      context.supervisedRetro ||
      context.retroWaitsForProfessional ||
      context.physioAdvised ||
      findings.riskProfile === 2;
    reasons.push(
      professional
        ? reason(locale, 'no-warning-signs', 'KNGF-B.1.3')
        : reason(locale, 'self-manage', 'KNGF-B.1.3'),
    );
  }
  if (context.supervisedRetro) reasons.push(reason(locale, 'supervised-retro', 'STEADI'));
  return reasons;
}
