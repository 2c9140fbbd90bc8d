/**
 * `buildPlan`: intake + walking log + today → triage, a day-by-day plan, and the decisions behind it.
 *
 * The plan is replayed from its first day. Each rule is a small function in `rules/` (see
 * docs/clinical-rules.md for the list); this file only puts them in order: safety events as they
 * happened, the weekly review and what it does to the dose, then each day within its caps. Weeks that
 * have passed are shaped by the log; weeks from today on are a projection that assumes they go well.
 */
import type { DayNumber } from './dates.js';
import { dayNumber, isoDate } from './dates.js';
import { evidenceNotes } from './evidence-notes.js';
import { message } from './i18n/index.js';
import { firstOnOrAfter } from './log-by-day.js';
import type { DecisionRecord, PlanOutput, PlanWeek, Reason } from './output.js';
import { reason, withAuthor, type ClinicianNote } from './reasons.js';
import {
  applyOutcome,
  moveToWalked,
  restartAfterGap,
  resumeAfterPause,
  startingMemory,
  startTooMuch,
  type DoseChange,
  type DoseMemory,
  type DoseProgrammes,
  type Walked,
} from './replay/dose.js';
import { replayContext, type ReplayContext } from './replay/context.js';
import { planDay, type RetroFit } from './replay/day.js';
import { oncePerChange } from './replay/once-per-change.js';
import { changeReasons, clearanceReason, doseAfterChange, noteOf } from './replay/prescription.js';
import {
  applySafetyEvent,
  assessAt,
  retroDose,
  retroStopClearance,
  retroStoppedOn,
  type SafetyState,
} from './replay/safety.js';
import { longFlareDay } from './rules/long-flare.js';
import { findOverDoing, type PlannedDayLoad } from './rules/over-doing.js';
import { pausedBy } from './rules/prescription-timeline.js';
import { retroSessionAfterWeek } from './rules/retro-growth.js';
import { gapIn } from './rules/return-after-gap.js';
import { byContent, safetyEventOf, type SafetyEvent } from './rules/safety-events.js';
import { HOLDS_BEFORE_MOVING } from './rules/too-few-minutes.js';
import { dayTotalCeiling } from './rules/weekly-step.js';
import { isFlareMorning, reviewWeek } from './rules/week-review.js';
import type { PrescriptionChange, WalkLog } from './schema.js';
import { assessTriage, closingAdvice, NO_EVENTS } from './triage/assess.js';
import { validatePlanInput, type PlanInput } from './validation.js';

/** Reasons that advise a physiotherapist outside triage: then "you can start on your own" is not said. */
const PHYSIO_ADVICE: ReadonlySet<string> = new Set([
  'start.very-low',
  'decision.moved-to-start',
  'decision.start-too-much',
]);

/** Red flags are asked again for two weeks after a fall, new signs or a flare. */
const RECHECK_DAYS = 14;

/**
 * Builds the plan for an intake and a walking log, as of `today`.
 *
 * @throws {PlanInputError} listing every field that breaks the contract.
 * @example
 * buildPlan({ intake, logs: [], today: '2026-11-23', weeks: 12 }).plan?.weeks.length; // 12
 */
export function buildPlan(input: PlanInput): PlanOutput {
  return replay(replayContext(validatePlanInput(input)));
}

/** What changes as the replay walks through the plan. */
interface ReplayState {
  safety: SafetyState;
  memory: DoseMemory;
  decisions: DecisionRecord[];
  /** Reasons that belong to the next weekly decision (a resumed plan, a lifted stop). */
  pending: Reason[];
  /** The next log entry whose safety events have not been applied yet. */
  nextLog: number;
  /** The day a flare had lasted over a week (§5), if it did. */
  longFlareOn: DayNumber | null;
  /** The busiest day of the week before, forward and retro together: the weekly step grows from it. */
  previousBusiestDay: number;
  /** The clinician's change whose pause held on the day before (§6), if one did. */
  prescribedPause: PrescriptionChange | null;
}

function replay(context: ReplayContext): PlanOutput {
  const { intake, locale, startDay, today } = context;
  const safety = assessAt(context, NO_EVENTS, null, null, startDay);
  const state: ReplayState = {
    safety,
    memory: startingMemory(context.start.minutes, retroDose(safety)),
    decisions: [],
    pending: [],
    nextLog: 0,
    longFlareOn: longFlareDay(context.log, intake.painNow, startDay, today),
    previousBusiestDay: 0,
    prescribedPause: null,
  };
  const weeks: PlanWeek[] = [];
  for (let week = 1; week <= context.weeks; week++)
    weeks.push(planWeek(context, state, week, weeks[week - 2]));
  // Events on or after the plan's last day still count for today's triage.
  applyEventsBefore(context, state, today + 1);

  const final = assessAt(
    context,
    state.safety.events,
    state.safety.lastDizziness,
    state.safety.retroStop,
    today,
  );
  const recheckRedFlags = recheck(context);
  const reasons = [...final.findings.reasons];
  if (recheckRedFlags) reasons.push(reason(locale, 'recheck-red-flags', 'KNGF-B.1.3'));
  const retro = retroDose(final);
  const retroStopped = retro !== null && retroStoppedOn(context, final, today);
  const earlier = earlierSigns(context);
  if (earlier !== null && final.findings.planLevel !== null) {
    reasons.push(reason(locale, 'earlier-signs', 'KNGF-B.1.3', { date: context.date(earlier) }));
  }
  reasons.push(
    ...closingAdvice(final.findings, locale, {
      supervisedRetro: retro !== null && retro.supervised && !retroStopped,
      retroWaitsForProfessional: context.hasRetroGoal && (retro === null || retroStopped),
      earlierSigns: earlier !== null,
      // A physiotherapist who prescribes for the person is involved: never "on your own" beside them (§6).
      physioAdvised:
        context.changes.length > 0 ||
        context.clearanceItems.length > 0 ||
        [...final.forward.reasons, ...state.decisions.flatMap((d) => d.reasons)].some((r) =>
          PHYSIO_ADVICE.has(r.code),
        ),
    }),
  );
  const triage = {
    level: final.findings.level,
    reasons,
    riskProfile: final.findings.riskProfile,
    recheckRedFlags,
  };

  if (final.findings.planLevel === null) {
    // No plan. When the log stopped it, keep the stops and the pause, so the person sees why; the
    // weekly decisions speak of a plan that is not shown, so they go. When the intake alone rules
    // out a plan there is no history to show either.
    const blockedByIntake =
      assessTriage(intake, NO_EVENTS, { startDay, asOf: today, today }, context.clinician).planLevel === null;
    const decisions = blockedByIntake
      ? []
      : state.decisions.filter((d) => d.decision === 'pause' || d.decision === 'stop-retro');
    return { locale, triage, plan: null, decisions: oncePerChange(decisions), notes: [], ended: null };
  }
  return {
    locale,
    triage,
    plan: { startDate: isoDate(startDay), weeks },
    // Each line once, where it is news: the replay gives every week its full reasons.
    decisions: oncePerChange(state.decisions),
    notes: evidenceNotes(intake, retro !== null),
    ended: planEnded(context),
  };
}

/** Past the plan's last day, the person is asked to renew the intake (plan-contract.md). */
function planEnded(context: ReplayContext): Reason | null {
  const lastDay = context.startDay + context.weeks * 7 - 1;
  if (context.today <= lastDay) return null;
  return reason(context.locale, 'plan-ended', 'KNGF-C.2.2', {
    weeks: context.weeks,
    date: context.date(lastDay),
  });
}

/**
 * The answer for a stored intake that can no longer be planned from (its start is out of the
 * contract's range): renew the intake. For the server, which must never answer such an intake with
 * an error (plan-contract.md).
 */
export function renewIntakeReason(locale: PlanOutput['locale']): Reason {
  return reason(locale, 'plan-renew', 'KNGF-C.2.2');
}

// ---- safety events, as they happened --------------------------------------------------------------

function addEventDecision(
  context: ReplayContext,
  state: ReplayState,
  from: DayNumber,
  decision: 'stop-retro' | 'pause',
  reasons: Reason[],
): void {
  const day = Math.max(from, context.startDay);
  state.decisions.push({
    week: Math.floor((day - context.startDay) / 7) + 1,
    decision,
    reasons,
    date: isoDate(day),
    projected: false,
  });
}

/** Keeps the retro dose in step with the programme: a first start, or a restart at the beginner dose. */
function syncRetroDose(state: ReplayState, supervisionStarted: boolean): void {
  const retro = retroDose(state.safety);
  if (retro === null) return;
  const dose = state.memory.dose;
  if (dose.retroSession === 0 || (supervisionStarted && dose.retroSession > retro.startSession)) {
    state.memory = { ...state.memory, dose: { ...dose, retroSession: retro.startSession } };
  }
}

/** Applies the log's safety events of every day before `day`, in an order that does not depend on the log's. */
function applyEventsBefore(context: ReplayContext, state: ReplayState, day: DayNumber): void {
  const { entries, days } = context.log;
  const found: Array<{ event: SafetyEvent; log: WalkLog }> = [];
  while (state.nextLog < entries.length) {
    const index = state.nextLog;
    const logDay = days[index] ?? day;
    if (logDay >= day) break;
    state.nextLog++;
    const log = entries[index] as WalkLog;
    const event = safetyEventOf(log, logDay, context.startDay, context.today);
    if (event !== null) found.push({ event, log });
  }
  found.sort((a, b) => a.event.day - b.event.day || byContent(a.log, b.log));
  for (const { event } of found) {
    const outcome = applySafetyEvent(context, state.safety, event);
    state.safety = outcome.state;
    syncRetroDose(state, outcome.supervisionStarted);
    const signs = context.date(event.day);
    if (outcome.stopsRetro) {
      const code =
        event.stopsRetro === 'dizziness' ? 'decision.stop-retro.dizziness' : 'decision.stop-retro.fall';
      addEventDecision(context, state, event.from, 'stop-retro', [
        reason(context.locale, code, 'SEED-RW', { date: signs }),
      ]);
    }
    if (outcome.paused) {
      const from = context.date(Math.max(event.from, context.startDay));
      addEventDecision(context, state, event.from, 'pause', [
        reason(context.locale, 'decision.pause', 'KNGF-B.1.3', { signs, date: from }),
      ]);
    }
  }
}

/** Triage again as of `day` (a clearance's date, a long flare, repeated step-backs). */
function retriage(
  context: ReplayContext,
  state: ReplayState,
  events: SafetyState['events'],
  day: DayNumber,
  clinician?: ClinicianNote,
): void {
  const before = state.safety;
  state.safety = assessAt(context, events, before.lastDizziness, before.retroStop, day);
  const wasSupervised = retroDose(before)?.supervised ?? false;
  syncRetroDose(state, !wasSupervised && (retroDose(state.safety)?.supervised ?? false));
  if (before.findings.planLevel === null && state.safety.findings.planLevel !== null) {
    // The plan goes on from its start at most, and builds up again.
    state.memory = resumeAfterPause(state.memory, programmesOf(context, state, day));
    state.pending.push(
      clinician === undefined
        ? reason(context.locale, 'decision.resumed', 'KNGF-B.1.3', {
            date: context.date(day),
            minutes: state.memory.dose.forwardDaily,
          })
        : withAuthor(
            reason(context.locale, 'clinician.resumed', 'CLINICIAN', {
              name: clinician.by.name,
              date: context.date(day),
              minutes: state.memory.dose.forwardDaily,
            }),
            clinician,
          ),
    );
  }
}

/**
 * A clinician's prescription on `day` (§6): clearances that count from today, plan changes that take
 * effect today, and the start or end of a pause they set. Each tells the person who and why.
 */
function applyPrescription(context: ReplayContext, state: ReplayState, day: DayNumber): void {
  for (const { from, clearance } of context.clearanceItems) {
    if (from !== day) continue;
    retriage(context, state, state.safety.events, day, noteOf(clearance));
    const line = clearanceReason(context, clearance, dayNumber(clearance.date));
    if (line !== null) state.pending.push(line);
  }
  for (const dated of context.changes) {
    if (dated.from !== day) continue;
    retriage(context, state, state.safety.events, day);
    const { change } = dated;
    const dose = doseAfterChange(state.memory.dose, change, state.safety, context.startOn(day));
    state.memory = {
      ...state.memory,
      dose,
      // Back in the plan after a week without it: it starts again, it does not grow at once.
      previousRetroFull: change.retroWalking === true ? false : state.memory.previousRetroFull,
    };
    state.pending.push(...changeReasons(context, state.safety, dated));
  }
  const paused = pausedBy(context.changes, day);
  const before = state.prescribedPause;
  state.prescribedPause = paused;
  if (paused !== null && before === null) {
    const note = noteOf(paused);
    const until = paused.pause?.until;
    addEventDecision(context, state, day, 'pause', [
      withAuthor(
        until === undefined
          ? reason(context.locale, 'clinician.pause', 'CLINICIAN', {
              name: note.by.name,
              from: context.date(day),
              reason: note.reason,
            })
          : reason(context.locale, 'clinician.pause-until', 'CLINICIAN', {
              name: note.by.name,
              from: context.date(day),
              until: context.date(dayNumber(until)),
              reason: note.reason,
            }),
        note,
      ),
    ]);
  } else if (paused === null && before !== null && state.safety.findings.planLevel !== null) {
    // The plan goes on from its start at most, as after any pause.
    state.memory = resumeAfterPause(state.memory, programmesOf(context, state, day));
    const note = noteOf(before);
    state.pending.push(
      withAuthor(
        reason(context.locale, 'clinician.pause-ended', 'CLINICIAN', {
          name: note.by.name,
          date: context.date(day),
          minutes: state.memory.dose.forwardDaily,
        }),
        note,
      ),
    );
  }
}

/** After a stop, retro-walking starts again at the beginner dose once a professional has cleared it. */
function liftRetroStopIfCleared(context: ReplayContext, state: ReplayState, day: DayNumber): void {
  const stop = state.safety.retroStop;
  const retro = retroDose(state.safety);
  if (stop === null || retro === null || day < stop.from || retroStoppedOn(context, state.safety, day))
    return;
  state.safety = { ...state.safety, retroStop: null };
  state.memory = {
    ...state.memory,
    dose: {
      ...state.memory.dose,
      retroSession: retro.startSession,
      speedKmh: retro.treadmill?.startKmh ?? state.memory.dose.speedKmh,
    },
  };
  const cleared = retroStopClearance(context, stop.signDay, day);
  if (cleared?.note !== undefined) {
    const note = cleared.note;
    state.pending.push(
      withAuthor(
        reason(context.locale, 'clinician.retro-cleared', 'CLINICIAN', {
          name: note.by.name,
          date: context.date(cleared.day),
          reason: note.reason,
        }),
        note,
      ),
    );
  } else if (cleared !== null) {
    const who = message(context.locale, cleared.by === 'gp' ? 'who.gp' : 'who.physio');
    state.pending.push(
      reason(context.locale, 'retro.cleared', 'SEED-RW', { who, date: context.date(cleared.day) }),
    );
  }
}

/**
 * The last day before this intake's start on which warning signs were reported with a walk: a new
 * intake after care counts them as history, and asks whether the person has been seen for them (§1).
 */
function earlierSigns(context: ReplayContext): DayNumber | null {
  const { log, startDay } = context;
  for (let i = firstOnOrAfter(log, startDay) - 1; i >= 0; i--) {
    if ((log.entries[i]?.newSymptoms.length ?? 0) > 0) return log.days[i] ?? null;
  }
  return null;
}

function recheck(context: ReplayContext): boolean {
  const { log, intake, startDay, today } = context;
  for (let i = firstOnOrAfter(log, Math.max(startDay, today - RECHECK_DAYS)); i < log.entries.length; i++) {
    const entry = log.entries[i];
    if (entry === undefined) break;
    if (entry.fall || entry.newSymptoms.length > 0) return true;
    if (entry.painNextMorning !== null && isFlareMorning(entry.painNextMorning, intake.painNow)) return true;
  }
  return false;
}

// ---- weekly decisions -----------------------------------------------------------------------------

function programmesOf(context: ReplayContext, state: ReplayState, day: DayNumber): DoseProgrammes {
  const retro = retroDose(state.safety);
  return {
    locale: context.locale,
    forward: state.safety.forward,
    retro: retro !== null && !retroStoppedOn(context, state.safety, day) ? retro : null,
    // Taken out by a clinician, it does not wait for anyone's clearance (§6).
    retroWaiting:
      context.hasRetroGoal &&
      retro === null &&
      !(state.safety.retro?.available === false && state.safety.retro.byClinician === true),
    startDaily: context.startOn(day),
    previousBusiestDay: state.previousBusiestDay,
  };
}

function startDecision(context: ReplayContext, state: ReplayState, projected: boolean): DecisionRecord {
  const reasons: Reason[] = [...state.safety.forward.reasons];
  const retro = state.safety.retro;
  if (retro !== null) reasons.push(...(retro.available ? retro.dose.reasons : retro.reasons));
  return { week: 1, decision: 'start', reasons, date: isoDate(context.startDay), projected };
}

function plannedLoads(week: PlanWeek, firstDay: DayNumber): PlannedDayLoad[] {
  return week.days.map((day, offset) => {
    let total = 0;
    let longestForward = 0;
    let longestRetro = 0;
    for (const session of day.sessions) {
      total += session.minutes;
      if (session.kind === 'forward') longestForward = Math.max(longestForward, session.minutes);
      else longestRetro = Math.max(longestRetro, session.minutes);
    }
    return { day: firstDay + offset, total, longestForward, longestRetro };
  });
}

/** What was walked last week against what was planned, for the move to what was walked (§5). */
function walkedAgainstPlan(week: PlanWeek, logs: readonly WalkLog[]): Walked {
  let forwardDays = 0;
  let plannedDays = 0;
  let retroSessions = 0;
  for (const day of week.days) {
    if (day.sessions.length > 0) plannedDays++;
    if (day.sessions.some((s) => s.kind === 'forward')) forwardDays++;
    retroSessions += day.sessions.filter((s) => s.kind === 'retro').length;
  }
  let forward = 0;
  let retro = 0;
  for (const log of logs) {
    if (log.kind === 'forward') forward += log.minutes;
    else retro += log.minutes;
  }
  const planned = week.totals.forwardMinutes + week.totals.retroMinutes;
  return {
    forwardPerDay: forwardDays > 0 ? forward / forwardDays : 0,
    retroPerSession: retroSessions > 0 ? retro / retroSessions : null,
    totalPerDay: plannedDays > 0 ? (forward + retro) / plannedDays : 0,
    share: planned > 0 ? (forward + retro) / planned : 1,
  };
}

/** Re-triage after a reviewed week: a long flare or repeated step-backs need a professional (§5). */
function afterPastReview(
  context: ReplayContext,
  state: ReplayState,
  regressed: boolean,
  weekStart: DayNumber,
): void {
  const regressStreak = regressed ? state.memory.regressStreak + 1 : 0;
  state.memory = { ...state.memory, regressStreak };
  const events = state.safety.events;
  const longFlare = state.longFlareOn !== null && state.longFlareOn < weekStart;
  const repeatedRegress = events.repeatedRegress || regressStreak >= 2;
  if (longFlare !== events.longFlare || repeatedRegress !== events.repeatedRegress) {
    retriage(context, state, { ...events, longFlare, repeatedRegress }, weekStart);
  }
}

/** The review of last week (or the return after a gap) and what it does to this week's dose. */
function reviewDecision(
  context: ReplayContext,
  state: ReplayState,
  week: number,
  previous: PlanWeek,
  weekStart: DayNumber,
): DecisionRecord {
  const { locale, today, startDay, log } = context;
  const previousStart = weekStart - 7;
  const projected = weekStart > today;
  const programmes = programmesOf(context, state, weekStart);
  let change: DoseChange;
  const prescribedPause = pausedBy(context.changes, weekStart);
  if (prescribedPause !== null && state.safety.findings.planLevel !== null) {
    // Paused by a clinician: nothing grows or shrinks until the pause is over.
    const note = noteOf(prescribedPause);
    change = {
      memory: state.memory,
      decision: 'hold',
      reasons: [
        withAuthor(reason(locale, 'clinician.hold.paused', 'CLINICIAN', { name: note.by.name }), note),
      ],
    };
  } else if (state.safety.findings.planLevel === null) {
    // Paused: nothing grows or shrinks until the plan goes on (and then from its start).
    change = {
      memory: state.memory,
      decision: 'hold',
      reasons: [reason(locale, 'decision.hold.paused', 'KNGF-B.1.3')],
    };
  } else if (previousStart > today) {
    change = applyOutcome(state.memory, 'progress', true, programmes);
  } else {
    // A week still under way counts its pain signals already, but its minutes cannot be judged yet.
    const underWay = projected;
    const gap = gapIn(log, startDay, previousStart, underWay ? today : weekStart);
    let restart: DoseChange | null = null;
    if (gap !== null && gap.from !== state.memory.handledGap) {
      state.memory = { ...state.memory, handledGap: gap.from };
      restart = restartAfterGap(state.memory, gap, programmes);
    }
    if (restart !== null) {
      change = restart;
    } else {
      const end = Math.min(weekStart, today);
      const from = firstOnOrAfter(log, previousStart);
      const to = firstOnOrAfter(log, end);
      const logs = log.entries.slice(from, to);
      const overDoing = underWay
        ? null
        : findOverDoing(plannedLoads(previous, previousStart), logs, log.days.slice(from, to));
      const review = reviewWeek(
        { locale, baseline: context.intake.painNow },
        {
          plannedMinutes: previous.totals.forwardMinutes + previous.totals.retroMinutes,
          logs,
          overDoing: overDoing === null ? null : { ...overDoing, date: context.date(overDoing.day) },
        },
        underWay,
      );
      change = applyOutcome(state.memory, review.outcome, review.fullStep, programmes);
      change = { ...change, reasons: [...review.reasons, ...change.reasons] };
      if (!underWay) {
        const streak = review.tooFewMinutes ? state.memory.tooFewMinutesStreak + 1 : 0;
        change = { ...change, memory: { ...change.memory, tooFewMinutesStreak: streak } };
        if (streak >= HOLDS_BEFORE_MOVING) {
          // The review's "the plan stays the same until you manage 80%" gives way to what happens now.
          const walked = walkedAgainstPlan(previous, logs);
          const others = review.reasons.filter((r) => r.code !== 'decision.hold.minutes');
          const moved =
            moveToWalked(change.memory, walked, programmes) ??
            startTooMuch(change.memory, walked, programmes);
          change = { ...moved, reasons: [...others, ...moved.reasons] };
        }
        state.memory = change.memory;
        afterPastReview(context, state, review.outcome === 'regress', weekStart);
        change = { ...change, memory: state.memory };
      }
    }
  }
  state.memory = change.memory;
  const reasons = [...state.pending, ...change.reasons];
  state.pending = [];
  if (projected) reasons.push(reason(locale, 'decision.projection', 'KNGF-C.2.2'));
  return { week, decision: change.decision, reasons, date: isoDate(weekStart), projected };
}

// ---- weeks and days -------------------------------------------------------------------------------

function planWeek(
  context: ReplayContext,
  state: ReplayState,
  week: number,
  previous: PlanWeek | undefined,
): PlanWeek {
  const { today, locale } = context;
  const weekStart = context.startDay + (week - 1) * 7;
  const projected = weekStart > today;
  const decisionAt = state.decisions.length;
  let decision: DecisionRecord;
  if (previous === undefined) {
    decision = startDecision(context, state, projected);
  } else {
    // Safety events of last week are applied before its review, so a stop is never missed.
    applyEventsBefore(context, state, weekStart);
    decision = reviewDecision(context, state, week, previous, weekStart);
  }
  // Before the stops and pauses of the week before, if it had any.
  state.decisions.splice(decisionAt, 0, decision);

  const ceiling = dayTotalCeiling(
    week,
    state.memory.dose.dayTotal,
    context.startOn(weekStart),
    state.previousBusiestDay,
  );
  const days: PlanWeek['days'] = [];
  let forwardMinutes = 0;
  let retroMinutes = 0;
  let busiestDay = 0;
  let capped = false;
  const retroSessions: number[] = [];
  const fits = new Set<RetroFit>();
  for (let offset = 0; offset < 7; offset++) {
    const day = weekStart + offset;
    // Today's own events count for today already: the person looks at today's plan after the walk
    // that went wrong, and what is left of today must be safe too.
    applyEventsBefore(context, state, day === today ? day + 1 : day);
    if (day === context.clearance?.day) retriage(context, state, state.safety.events, day);
    applyPrescription(context, state, day);
    liftRetroStopIfCleared(context, state, day);
    if (state.safety.findings.planLevel === null || state.prescribedPause !== null) {
      days.push({ date: isoDate(day), sessions: [] });
      continue;
    }
    const programmes = programmesOf(context, state, day);
    // The dose may have changed since the week began (a plan that goes on after a pause).
    const dose = state.memory.dose;
    const plan = planDay(
      {
        day,
        offset,
        ceiling: Math.min(ceiling, dose.dayTotal),
        dose,
        forward: programmes.forward,
        retro: programmes.retro,
      },
      context.history,
    );
    capped ||= plan.capped;
    fits.add(plan.retroFit);
    let total = 0;
    for (const session of plan.sessions) {
      total += session.minutes;
      if (session.kind === 'forward') forwardMinutes += session.minutes;
      else {
        retroMinutes += session.minutes;
        retroSessions.push(session.minutes);
      }
      // From today on, the plan's own walks are what the next walks are measured against.
      if (day >= today) context.history.record(day, session.minutes);
    }
    busiestDay = Math.max(busiestDay, total);
    days.push({ date: isoDate(day), sessions: plan.sessions });
  }

  // What happened during the week (a plan that went on, a stop lifted) belongs to this week's
  // decision, after what was decided at its start.
  decision.reasons.splice(
    decision.projected ? decision.reasons.length - 1 : decision.reasons.length,
    0,
    ...state.pending,
  );
  state.pending = [];
  if (capped) decision.reasons.push(reason(locale, 'spike-cap', 'SPIKE'));
  if (fits.has('fitted')) {
    decision.reasons.push(
      reason(locale, 'retro.fitted', 'SEED-RW', { minutes: Math.min(...retroSessions), ceiling }),
    );
  }
  if (fits.has('waits')) decision.reasons.push(reason(locale, 'retro.waiting-for-room', 'SEED-RW'));

  // A full week of retro-walking is what the next week grows from; a week cut short restarts it.
  const retro = retroDose(state.safety);
  if (retro !== null) {
    const dose = state.memory.dose;
    const full = retroSessions.length === retro.days.length;
    state.memory = {
      ...state.memory,
      dose: {
        ...dose,
        retroSession: retroSessionAfterWeek(
          dose.retroSession,
          retroSessions,
          retro.days.length,
          retro.startSession,
        ),
      },
      previousRetroFull: full,
    };
  }
  state.previousBusiestDay = busiestDay;
  return { week, startDate: isoDate(weekStart), projected, totals: { forwardMinutes, retroMinutes }, days };
}
