/**
 * The retro-walking programme (docs/clinical-rules.md §4; SEED-RW, STEADI): who may do it, with whom, how much,
 * where, and how fast on a treadmill.
 */
import type { Cue } from '../codes.js';
import type { Reason } from '../output.js';
import { reason, withAuthor } from '../reasons.js';
import { message } from '../i18n/index.js';
import { HIGH_PAIN } from '../triage/risk-profile.js';
import { TARGET_DAILY } from '../rules/start-dose.js';
import type { Clearance, ClearanceVerdict } from '../rules/clearance-validity.js';
import { atMostRule, retroGrowth } from '../rules/prescription-bounds.js';
import { ACTIVE_INCLINE_PERCENT, TREADMILL_START_KMH, treadmillMaxKmh } from '../rules/treadmill.js';
import type { Intake } from '../schema.js';

/** SEED-RW: beginners and people in rehabilitation build from a few minutes… */
export const BEGINNER_START_SESSION = 5;
/** …to about ten. */
export const BEGINNER_TARGET_SESSION = 10;
/** SEED-RW: active people start at about 20 minutes on a light incline… */
export const ACTIVE_START_SESSION = 20;
/** …and build to 30–60 minutes; 30 when forward walking for the back is in the same plan. */
export const ACTIVE_TARGET_SESSION = 60;
export const ACTIVE_TARGET_WITH_BACK_PAIN = 30;
/** STEADI screens adults of 65 and over; from that age retro-walking starts supervised. */
export const SUPERVISED_FROM_AGE = 65;

export type RetroLevel = 'beginner' | 'active';

export interface RetroDose {
  level: RetroLevel;
  supervised: boolean;
  startSession: number;
  targetSession: number;
  /** Which days of each plan week (0 = its first day) have a retro-walking session. */
  days: number[];
  treadmill: { startKmh: number; maxKmh: number; inclinePercent: number } | null;
  /** How much a session may grow in a week that went well, as a factor: 1.1 is SEED-RW's 10%. */
  weeklyGrowth: number;
  cues: Cue[];
  reasons: Reason[];
}

export type RetroAvailability =
  | { available: true; dose: RetroDose }
  /** `byClinician`: a clinician took retro-walking out of the plan (§6), rather than the rules. */
  | { available: false; reasons: Reason[]; byClinician?: true };

/** What a clinician prescribed for retro-walking (§6): each a ceiling on the rules' own values. */
export interface PrescribedRetro {
  included?: boolean | undefined;
  sessionMinutes?: number | undefined;
  growthPercent?: number | undefined;
  treadmillMaxKmh?: number | undefined;
}

/**
 * At least this many days a week are for ordinary walking alone, at its full dose (SEED-RW, §4: forward
 * walking stays the main part, at least what the person walks now on at least 3 days a week).
 */
export const FORWARD_ONLY_DAYS = 3;
export const MAX_RETRO_DAYS = 7 - FORWARD_ONLY_DAYS;

/** `daysPerWeek` sessions (at most 4) spread as evenly as a week allows. */
export function retroDays(daysPerWeek: number): number[] {
  const count = Math.min(daysPerWeek, MAX_RETRO_DAYS);
  const days: number[] = [];
  for (let i = 0; i < count; i++) days.push(Math.round((i * 7) / count));
  return days;
}

interface SupervisionContext {
  /** The plan is given at `routine-assessment`: a professional has not seen the person yet. */
  assessmentPending: boolean;
  /** A fall or near-fall was logged. */
  loggedFall: boolean;
  /** Dizziness was logged during a walk (retro-walking is back only after a professional's clearance). */
  loggedDizziness: boolean;
}

export interface AvailabilityContext extends SupervisionContext {
  /** What the recorded clearance is worth for dizziness given in the intake (clearance-validity.ts). */
  dizzinessClearance: ClearanceVerdict;
  /** The clearance's date as the reader writes it, for the reason that names it. */
  clearanceDate: string;
  /** A clinician's clearance of dizziness, when the person's own clearance does not count (§6). */
  clinicianClearance?: Clearance | null;
  /** A physiotherapist's lift of supervision after assessing the person (§4, §6). */
  supervisionLift?: Clearance | null;
  prescribed?: PrescribedRetro;
  /** Dates as the reader writes them inside a sentence. */
  date?: (day: number) => string;
}

/** Every reason that makes retro-walking supervised for this person (SEED-RW, STEADI). */
export function supervisionReasons(intake: Intake, context: SupervisionContext): Reason[] {
  const locale = intake.locale;
  const reasons: Reason[] = [];
  if (intake.age >= SUPERVISED_FROM_AGE)
    reasons.push(reason(locale, 'retro.supervised.age', 'STEADI', { age: intake.age }));
  if (intake.fallRisk.length > 0 || context.loggedFall)
    reasons.push(reason(locale, 'retro.supervised.fall-risk', 'STEADI'));
  if (intake.impairments.includes('balance'))
    reasons.push(reason(locale, 'retro.supervised.balance', 'SEED-RW'));
  if (intake.impairments.includes('vision'))
    reasons.push(reason(locale, 'retro.supervised.vision', 'SEED-RW'));
  if (intake.conditions.includes('stroke'))
    reasons.push(reason(locale, 'retro.supervised.stroke', 'SEED-RW'));
  if (intake.conditions.includes('multiple-sclerosis')) {
    reasons.push(reason(locale, 'retro.supervised.multiple-sclerosis', 'SEED-RW'));
  }
  if (intake.conditions.includes('recent-surgery')) {
    reasons.push(reason(locale, 'retro.supervised.recent-surgery', 'SEED-RW'));
  }
  if (intake.impairments.includes('dizziness') || context.loggedDizziness) {
    reasons.push(reason(locale, 'retro.supervised.dizziness', 'SEED-RW'));
  }
  if (context.assessmentPending && reasons.length === 0) {
    reasons.push(reason(locale, 'retro.supervised.assessment', 'SEED-RW'));
  }
  return reasons;
}

/**
 * Whether retro-walking can be in the plan and, if so, its dose. Dizziness keeps it out until a GP or
 * physiotherapist clears it for this episode (SEED-RW: stop at once on dizziness). Active people start
 * at SEED-RW's 20 minutes only without supervision, rehabilitation or high pain; everyone else is a
 * beginner. How much of that fits a day is the total-load rule's business (rules/total-load-cap.ts).
 */
export function retroAvailability(intake: Intake, context: AvailabilityContext): RetroAvailability {
  const locale = intake.locale;
  const reasons: Reason[] = [];
  const date = context.date ?? (() => context.clearanceDate);
  if (context.prescribed?.included === false) return { available: false, reasons: [], byClinician: true };
  const byClinician = context.dizzinessClearance === 'valid' ? undefined : context.clinicianClearance?.note;
  if (intake.impairments.includes('dizziness') && byClinician !== undefined && context.clinicianClearance) {
    reasons.push(
      withAuthor(
        reason(locale, 'clinician.retro-cleared', 'CLINICIAN', {
          name: byClinician.by.name,
          date: date(context.clinicianClearance.day),
          reason: byClinician.reason,
        }),
        byClinician,
      ),
    );
  } else if (intake.impairments.includes('dizziness')) {
    if (context.dizzinessClearance === 'too-old') {
      return {
        available: false,
        reasons: [reason(locale, 'retro.clearance-too-old', 'SEED-RW', { date: context.clearanceDate })],
      };
    }
    if (context.dizzinessClearance !== 'valid' || intake.clearedBy === undefined) {
      return { available: false, reasons: [reason(locale, 'retro.not-until-cleared', 'SEED-RW')] };
    }
    const who = message(locale, intake.clearedBy.by === 'gp' ? 'who.gp' : 'who.physio');
    reasons.push(reason(locale, 'retro.cleared', 'SEED-RW', { who, date: context.clearanceDate }));
  }

  const ruleSupervision = supervisionReasons(intake, context);
  // The level follows the rules' supervision even once a physiotherapist lifts it: a lift changes who
  // must be there, never the dose (§6).
  const lift = ruleSupervision.length > 0 ? (context.supervisionLift ?? null) : null;
  const supervision = lift === null ? ruleSupervision : [];
  if (lift?.note !== undefined) {
    supervision.push(
      withAuthor(
        reason(locale, 'clinician.supervision-lifted', 'CLINICIAN', {
          name: lift.note.by.name,
          date: date(lift.day),
          reason: lift.note.reason,
        }),
        lift.note,
      ),
    );
  }
  const supervised = lift === null && ruleSupervision.length > 0;
  const rehab = intake.conditions.length > 0;
  const level: RetroLevel =
    intake.activity === 'active' && ruleSupervision.length === 0 && !rehab && intake.painNow < HIGH_PAIN
      ? 'active'
      : 'beginner';
  // A clinician's session length is a ceiling on the programme's start and goal (§6).
  const prescribedSession = context.prescribed?.sessionMinutes;
  const startSession = atMostRule(
    level === 'active' ? ACTIVE_START_SESSION : BEGINNER_START_SESSION,
    prescribedSession,
  ).value;
  // A retro day keeps at least as much ordinary walking, which stops at the built-up day of 35: so
  // does a session (SEED-RW's 60 is out of reach within the day's load).
  const targetSession = atMostRule(
    level === 'beginner'
      ? BEGINNER_TARGET_SESSION
      : Math.min(
          intake.goals.includes('back-pain') ? ACTIVE_TARGET_WITH_BACK_PAIN : ACTIVE_TARGET_SESSION,
          TARGET_DAILY,
        ),
    prescribedSession,
  ).value;
  const days = retroDays(intake.daysPerWeek);

  if (level === 'active') {
    reasons.push(
      reason(locale, 'retro.start-active', 'SEED-RW', {
        minutes: startSession,
        days: days.length,
        target: targetSession,
      }),
    );
  } else {
    reasons.push(
      reason(locale, 'retro.start-beginner', 'SEED-RW', { minutes: startSession, days: days.length }),
    );
  }
  if (intake.daysPerWeek > MAX_RETRO_DAYS) {
    reasons.push(
      reason(locale, 'retro.days-capped', 'SEED-RW', { days: MAX_RETRO_DAYS, forward: FORWARD_ONLY_DAYS }),
    );
  }
  reasons.push(reason(locale, 'retro.ten-percent', 'SEED-RW'), ...supervision);

  const cues: Cue[] = ['active-core', 'small-steps', 'toes-first', 'knees-soft'];
  let treadmill: RetroDose['treadmill'] = null;
  if (intake.equipment.treadmill) {
    const maxKmh = atMostRule(treadmillMaxKmh(intake.age), context.prescribed?.treadmillMaxKmh).value;
    treadmill = {
      startKmh: Math.min(TREADMILL_START_KMH, maxKmh),
      maxKmh,
      inclinePercent: level === 'active' ? ACTIVE_INCLINE_PERCENT : 0,
    };
    cues.push('hold-handrails-safety-key');
    reasons.push(reason(locale, 'retro.treadmill', 'SEED-RW', { speed: treadmill.startKmh, max: maxKmh }));
  } else {
    cues.push('rail-or-flat-path');
    reasons.push(
      intake.equipment.railOrFlatPath
        ? reason(locale, 'retro.rail-or-path', 'SEED-RW')
        : reason(locale, 'retro.find-safe-place', 'SEED-RW'),
    );
  }
  if (intake.equipment.companion) {
    cues.push('companion-spotter');
    reasons.push(reason(locale, 'retro.companion', 'SEED-RW'));
  }
  if (supervised) cues.push('with-professional');
  cues.push('stop-if-dizzy-or-pain');
  reasons.push(reason(locale, 'retro.forward-stays', 'SEED-RW'));
  reasons.push(reason(locale, 'combined-load', 'SEED-RW'));

  return {
    available: true,
    dose: {
      level,
      supervised,
      startSession,
      targetSession,
      days,
      treadmill,
      weeklyGrowth: retroGrowth(context.prescribed?.growthPercent).value,
      cues,
      reasons,
    },
  };
}
