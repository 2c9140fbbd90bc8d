/**
 * How a clinician's prescription enters the replay (docs/clinical-rules.md §6): what a plan change does
 * to the dose on the day it takes effect, and the lines that tell the person who changed what, and why.
 * Every line a prescription causes has the source `CLINICIAN` with its author and reason; where a rule
 * still limits a value, a line with that rule's source stands beside it.
 */
import { dayNumber, type DayNumber } from '../dates.js';
import { message } from '../i18n/index.js';
import type { Reason } from '../output.js';
import { reason, withAuthor, type ClinicianNote } from '../reasons.js';
import { MAX_RETRO_GROWTH_PERCENT } from '../rules/prescription-bounds.js';
import { pauseDays, type DatedChange } from '../rules/prescription-timeline.js';
import { TARGET_DAILY } from '../rules/start-dose.js';
import { treadmillMaxKmh } from '../rules/treadmill.js';
import type { ClinicianClearance, PrescriptionChange } from '../schema.js';
import type { ReplayContext } from './context.js';
import type { Dose } from './dose.js';
import { retroDose, type SafetyState } from './safety.js';

export function noteOf(item: PrescriptionChange | ClinicianClearance): ClinicianNote {
  return { by: item.by, reason: item.reason };
}

/** The parts of a change that apply to this person, in their words; retro words only for retro goals. */
function changeParts(context: ReplayContext, dated: DatedChange): string[] {
  const { locale, intake, hasRetroGoal } = context;
  const change = dated.change;
  const parts: string[] = [];
  if (change.startMinutes !== undefined)
    parts.push(message(locale, 'change.start', { minutes: change.startMinutes }));
  if (change.weeklyStepMinutes !== undefined) {
    parts.push(
      change.weeklyStepMinutes === 0
        ? message(locale, 'change.no-step')
        : message(locale, 'change.step', { minutes: change.weeklyStepMinutes }),
    );
  }
  if (change.targetMinutes !== undefined)
    parts.push(message(locale, 'change.target', { minutes: change.targetMinutes }));
  if (hasRetroGoal) {
    if (change.retroWalking !== undefined)
      parts.push(message(locale, change.retroWalking ? 'change.retro-on' : 'change.retro-off'));
    if (change.retroSessionMinutes !== undefined)
      parts.push(message(locale, 'change.retro-session', { minutes: change.retroSessionMinutes }));
    if (change.retroGrowthPercent !== undefined)
      parts.push(message(locale, 'change.retro-growth', { percent: change.retroGrowthPercent }));
    if (change.treadmillMaxKmh !== undefined && intake.equipment.treadmill)
      parts.push(message(locale, 'change.treadmill', { speed: change.treadmillMaxKmh }));
  }
  if (change.pause === null) parts.push(message(locale, 'change.no-pause'));
  else if (change.pause !== undefined) {
    const { from, until } = pauseDays(change.pause, dated.from);
    parts.push(
      until === null
        ? message(locale, 'change.pause', { from: context.date(from) })
        : message(locale, 'change.pause-until', { from: context.date(from), until: context.date(until) }),
    );
  }
  return parts;
}

/** Where a rule still holds a value below what was prescribed: a line with that rule's source. */
function limitReasons(context: ReplayContext, safety: SafetyState, change: PrescriptionChange): Reason[] {
  const { locale, intake, hasRetroGoal } = context;
  const limits: Reason[] = [];
  const rule = context.ruleStart.minutes;
  if (change.startMinutes !== undefined && change.startMinutes > rule)
    limits.push(reason(locale, 'clinician.limit.start', 'KNGF-C.2.2', { minutes: rule }));
  const step = safety.forward.step;
  if (change.weeklyStepMinutes !== undefined && change.weeklyStepMinutes > step)
    limits.push(reason(locale, 'clinician.limit.step', 'KNGF-C.2.2', { minutes: step }));
  if (change.targetMinutes !== undefined && change.targetMinutes > TARGET_DAILY)
    limits.push(reason(locale, 'clinician.limit.target', 'SEED-BP', { minutes: TARGET_DAILY }));
  if (!hasRetroGoal) return limits;
  const retro = retroDose(safety);
  if (
    retro !== null &&
    change.retroSessionMinutes !== undefined &&
    change.retroSessionMinutes > retro.targetSession
  ) {
    limits.push(reason(locale, 'clinician.limit.retro-session', 'SEED-RW', { minutes: retro.targetSession }));
  }
  if (change.retroGrowthPercent !== undefined && change.retroGrowthPercent > MAX_RETRO_GROWTH_PERCENT) {
    limits.push(
      reason(locale, 'clinician.limit.retro-growth', 'SEED-RW', { percent: MAX_RETRO_GROWTH_PERCENT }),
    );
  }
  const maxKmh = treadmillMaxKmh(intake.age);
  if (intake.equipment.treadmill && change.treadmillMaxKmh !== undefined && change.treadmillMaxKmh > maxKmh)
    limits.push(reason(locale, 'clinician.limit.treadmill', 'SEED-RW', { speed: maxKmh }));
  return limits;
}

/**
 * The lines of a plan change on the day it takes effect: who changed what, and why; then any rule
 * that still limits it. None when nothing in it applies to this person.
 */
export function changeReasons(context: ReplayContext, safety: SafetyState, dated: DatedChange): Reason[] {
  const parts = changeParts(context, dated);
  if (parts.length === 0) return [];
  const { change } = dated;
  const line = withAuthor(
    reason(context.locale, 'clinician.change', 'CLINICIAN', {
      name: change.by.name,
      date: context.date(dated.from),
      changes: parts.join('; '),
      reason: change.reason,
    }),
    noteOf(change),
  );
  return [line, ...limitReasons(context, safety, change)];
}

/** The line of a recorded clearance on the day it takes effect; none for retro words without that goal. */
export function clearanceReason(
  context: ReplayContext,
  clearance: ClinicianClearance,
  day: DayNumber,
): Reason | null {
  const { locale } = context;
  const note = noteOf(clearance);
  const name = clearance.by.name;
  const date = context.date(day);
  switch (clearance.kind) {
    case 'gp':
      return withAuthor(
        reason(locale, 'clinician.gp-clearance', 'CLINICIAN', { name, date, reason: note.reason }),
        note,
      );
    case 'retro-walking':
      if (!context.hasRetroGoal) return null;
      return withAuthor(
        reason(locale, 'clinician.retro-cleared', 'CLINICIAN', { name, date, reason: note.reason }),
        note,
      );
    case 'retro-supervision':
      if (!context.hasRetroGoal) return null;
      return withAuthor(
        reason(locale, 'clinician.supervision-lifted', 'CLINICIAN', { name, date, reason: note.reason }),
        note,
      );
    case 'emergency-sign':
      return withAuthor(
        reason(locale, 'clinician.emergency-cleared', 'CLINICIAN', {
          name,
          date,
          signs: context.date(signDayOf(clearance, day)),
          reason: note.reason,
        }),
        note,
      );
  }
}

function signDayOf(clearance: ClinicianClearance, fallback: DayNumber): DayNumber {
  return clearance.signDate === undefined ? fallback : dayNumber(clearance.signDate);
}

/**
 * The dose from the day a change takes effect (§6): never higher than what it prescribes. A start
 * brings the day back to at most that start; a target, a retro session or a treadmill cap lower the
 * dose to them at once; retro-walking back in the plan restarts at most at its starting session.
 */
export function doseAfterChange(
  dose: Dose,
  change: PrescriptionChange,
  safety: SafetyState,
  start: number,
): Dose {
  const next = { ...dose };
  if (change.startMinutes !== undefined || change.targetMinutes !== undefined) {
    next.forwardDaily = Math.min(next.forwardDaily, start, safety.forward.targetDaily);
    if (change.startMinutes !== undefined) next.dayTotal = Math.min(next.dayTotal, start);
  }
  const retro = retroDose(safety);
  if (retro !== null) {
    if (change.retroSessionMinutes !== undefined)
      next.retroSession = Math.min(next.retroSession, retro.targetSession);
    if (change.retroWalking === true && next.retroSession > retro.startSession)
      next.retroSession = retro.startSession;
    if (change.treadmillMaxKmh !== undefined && retro.treadmill !== null)
      next.speedKmh = Math.min(next.speedKmh, retro.treadmill.maxKmh);
  }
  return next;
}
