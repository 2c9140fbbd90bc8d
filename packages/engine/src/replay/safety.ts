/**
 * The safety side of the replay: triage as it stood on each day, the programmes it allows, and what the
 * log's safety events change (rules/safety-events.ts, triage/assess.ts, clearance-validity.ts).
 */
import type { DayNumber } from '../dates.js';
import { forwardProgramme, type ForwardProgramme } from '../programme/forward-walking.js';
import { retroAvailability, type RetroAvailability, type RetroDose } from '../programme/retro.js';
import { clearsIntakeSigns, clearsLogSign } from '../rules/clearance-validity.js';
import type { SafetyEvent } from '../rules/safety-events.js';
import { assessTriage, type TriageEvents, type TriageFindings } from '../triage/assess.js';
import type { ReplayContext } from './context.js';

export interface SafetyState {
  events: TriageEvents;
  findings: TriageFindings;
  forward: ForwardProgramme;
  retro: RetroAvailability | null;
  dizzinessLogged: boolean;
  /** Retro-walking is stopped from `from` (dizziness or a fall), until a clearance after `signDay`. */
  retroStop: { from: DayNumber; signDay: DayNumber } | null;
}

/** Triage and the programmes it allows, as they stood on `asOf`. */
export function assessAt(
  context: ReplayContext,
  events: TriageEvents,
  dizzinessLogged: boolean,
  retroStop: SafetyState['retroStop'],
  asOf: DayNumber,
): SafetyState {
  const { intake, startDay, today } = context;
  const findings = assessTriage(intake, events, { startDay, asOf, today });
  const gentle = findings.planLevel === 'routine-assessment';
  const clearance = context.clearance;
  const retro = context.hasRetroGoal
    ? retroAvailability(intake, {
        assessmentPending: gentle,
        loggedFall: events.falls.length > 0,
        loggedDizziness: dizzinessLogged,
        dizzinessClearance: clearsIntakeSigns(clearance, startDay, asOf, ['gp', 'physio']),
        clearanceDate: clearance === null ? '' : context.date(clearance.day),
      })
    : null;
  return {
    events,
    findings,
    forward: forwardProgramme(intake, context.start, gentle),
    retro,
    dizzinessLogged,
    retroStop,
  };
}

/** The retro programme when it is in the plan at all (not waiting for a clearance of dizziness). */
export function retroDose(state: SafetyState): RetroDose | null {
  return state.retro?.available === true ? state.retro.dose : null;
}

/** Whether retro-walking is stopped on `day`: after a stop, until a professional cleared it after the event. */
export function retroStoppedOn(context: ReplayContext, state: SafetyState, day: DayNumber): boolean {
  const stop = state.retroStop;
  if (stop === null || day < stop.from) return false;
  return clearsLogSign(context.clearance, stop.signDay, day, ['gp', 'physio']) !== 'valid';
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
  const dizzinessLogged = state.dizzinessLogged || event.dizziness;
  // SEED-RW: dizziness or a fall during retro-walking stops it until a professional has looked.
  const retroActive = retroDose(state) !== null && state.retroStop === null;
  const stopsRetro = retroActive && event.stopsRetro !== null;
  const retroStop = stopsRetro ? { from: event.from, signDay: event.day } : state.retroStop;
  const retriage = events !== state.events || dizzinessLogged !== state.dizzinessLogged;
  const next = retriage
    ? assessAt(context, events, dizzinessLogged, retroStop, event.from)
    : { ...state, retroStop };
  return {
    state: next,
    stopsRetro,
    supervisionStarted: !wasSupervised && (retroDose(next)?.supervised ?? false),
    paused: hadPlan && next.findings.planLevel === null,
  };
}
