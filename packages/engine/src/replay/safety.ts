/**
 * The safety side of the replay: triage as it stood on each day, the programmes it allows, and what the
 * log's safety events change (docs/clinical-rules.md §1, §4, §6; rules/safety-events.ts, triage/assess.ts,
 * clearance-validity.ts, clinician-clearances.ts).
 */
import type { DayNumber } from '../dates.js';
import { forwardProgramme, type ForwardProgramme } from '../programme/forward-walking.js';
import { retroAvailability, type RetroAvailability, type RetroDose } from '../programme/retro.js';
import { clearsIntakeSigns, clearsLogSign, type Clearance } from '../rules/clearance-validity.js';
import { latestValid, supervisionLifted } from '../rules/clinician-clearances.js';
import { settingsOn } from '../rules/prescription-timeline.js';
import type { SafetyEvent } from '../rules/safety-events.js';
import { assessTriage, type TriageEvents, type TriageFindings } from '../triage/assess.js';
import type { ReplayContext } from './context.js';

export interface SafetyState {
  events: TriageEvents;
  findings: TriageFindings;
  forward: ForwardProgramme;
  retro: RetroAvailability | null;
  dizzinessLogged: boolean;
  /** The last day dizziness was logged, if it was. */
  lastDizziness: DayNumber | null;
  /** Retro-walking is stopped from `from` (dizziness or a fall), until a clearance after `signDay`. */
  retroStop: { from: DayNumber; signDay: DayNumber } | null;
}

/** Triage and the programmes it allows, as they stood on `asOf`. */
export function assessAt(
  context: ReplayContext,
  events: TriageEvents,
  lastDizziness: DayNumber | null,
  retroStop: SafetyState['retroStop'],
  asOf: DayNumber,
): SafetyState {
  const { intake, startDay, today } = context;
  const findings = assessTriage(intake, events, { startDay, asOf, today }, context.clinician);
  const gentle = findings.planLevel === 'routine-assessment';
  const clearance = context.clearance;
  // A clinician's plan changes that hold on this day (§6).
  const settings = settingsOn(context.changes, asOf);
  const dizzinessLogged = lastDizziness !== null;
  const retro = context.hasRetroGoal
    ? retroAvailability(intake, {
        assessmentPending: gentle,
        loggedFall: events.falls.length > 0,
        loggedDizziness: dizzinessLogged,
        dizzinessClearance: clearsIntakeSigns(clearance, startDay, asOf, ['gp', 'physio']),
        clearanceDate: clearance === null ? '' : context.date(clearance.day),
        clinicianClearance: latestValid(clinicianRetroClearances(context), (c) =>
          clearsIntakeSigns(c, startDay, asOf, ['gp', 'physio']),
        ),
        supervisionLift: supervisionLifted(
          context.clinician.lifts,
          startDay,
          asOf,
          latestOf([...events.falls, ...(lastDizziness === null ? [] : [lastDizziness])]),
        ),
        prescribed: {
          included: settings.retroWalking?.value,
          sessionMinutes: settings.retroSessionMinutes?.value,
          growthPercent: settings.retroGrowthPercent?.value,
          treadmillMaxKmh: settings.treadmillMaxKmh?.value,
        },
        date: (day) => context.date(day),
      })
    : null;
  return {
    events,
    findings,
    forward: forwardProgramme(intake, context.start, gentle, {
      step: settings.weeklyStepMinutes?.value,
      target: settings.targetMinutes?.value,
    }),
    retro,
    dizzinessLogged,
    lastDizziness,
    retroStop,
  };
}

/** The clinician's clearances that count for retro-walking: theirs, and GP clearances they recorded. */
function clinicianRetroClearances(context: ReplayContext): Clearance[] {
  return [...context.clinician.retro, ...context.clinician.gp];
}

function latestOf(days: readonly DayNumber[]): DayNumber | null {
  return days.length === 0 ? null : Math.max(...days);
}

/**
 * The clearance that lifts a stop of retro-walking on `day`: the person's own when it counts, else the
 * latest of a clinician's (§4, §6); null while none does.
 */
export function retroStopClearance(
  context: ReplayContext,
  signDay: DayNumber,
  day: DayNumber,
): Clearance | null {
  const own = context.clearance;
  if (clearsLogSign(own, signDay, day, ['gp', 'physio']) === 'valid') return own;
  return latestValid(clinicianRetroClearances(context), (c) =>
    clearsLogSign(c, signDay, day, ['gp', 'physio']),
  );
}

/** The retro programme when it is in the plan at all (not waiting for a clearance of dizziness). */
export function retroDose(state: SafetyState): RetroDose | null {
  return state.retro?.available === true ? state.retro.dose : null;
}

/** Whether retro-walking is stopped on `day`: after a stop, until a professional cleared it after the event. */
export function retroStoppedOn(context: ReplayContext, state: SafetyState, day: DayNumber): boolean {
  const stop = state.retroStop;
  if (stop === null || day < stop.from) return false;
  return retroStopClearance(context, stop.signDay, day) === null;
}

export interface EventOutcome {
  state: SafetyState;
  /** Retro-walking stops from the event's day on. */
  stopsRetro: boolean;
  /** Retro-walking became supervised: it starts again at the beginner dose. */
  supervisionStarted: boolean;
  /** The plan had been open and is now paused. */
  paused: boolean;
}

/** What one safety event changes. */
export function applySafetyEvent(
  context: ReplayContext,
  state: SafetyState,
  event: SafetyEvent,
): EventOutcome {
  const hadPlan = state.findings.planLevel !== null;
  const wasSupervised = retroDose(state)?.supervised ?? false;
  let events = state.events;
  if (event.newSymptoms.length > 0) {
    events = {
      ...events,
      newSymptoms: [...events.newSymptoms, { day: event.day, flags: event.newSymptoms }],
    };
  }
  if (event.fall) events = { ...events, falls: [...events.falls, event.day] };
  const lastDizziness = event.dizziness ? event.day : state.lastDizziness;
  const dizzinessLogged = lastDizziness !== null;
  // SEED-RW: dizziness or a fall during retro-walking stops it until a professional has looked.
  const retroActive = retroDose(state) !== null && state.retroStop === null;
  const stopsRetro = retroActive && event.stopsRetro !== null;
  const retroStop = stopsRetro ? { from: event.from, signDay: event.day } : state.retroStop;
  // A new dizziness after a lift of supervision brings it back (§6): triage again then too.
  const retriage =
    events !== state.events ||
    dizzinessLogged !== state.dizzinessLogged ||
    (context.clinician.lifts.length > 0 && lastDizziness !== state.lastDizziness);
  const next = retriage
    ? assessAt(context, events, lastDizziness, retroStop, event.from)
    : { ...state, retroStop, lastDizziness };
  return {
    state: next,
    stopsRetro,
    supervisionStarted: !wasSupervised && (retroDose(next)?.supervised ?? false),
    paused: hadPlan && next.findings.planLevel === null,
  };
}
