/**
 * The words at the top of a plan that is ready. Supervision comes first: someone who may walk
 * backwards only with a supervisor reads that as the headline, never "you can start on your own"
 * (clinical-rules §1 "Texts", §4; SEED-RW, STEADI).
 */
import type { PlanOutput } from '@wandelcoach/engine';
import type { MessageKey } from '../i18n/catalogue.js';

/**
 * True when the plan's retro-walking may only be done with a supervisor: the engine's closing reason
 * (`supervised-retro`) says so, or one of the planned walks is marked `supervised`.
 */
export function retroNeedsSupervision(output: Pick<PlanOutput, 'triage' | 'plan'>): boolean {
  if (output.triage.reasons.some((reason) => reason.code === 'supervised-retro')) return true;
  return (output.plan?.weeks ?? []).some((week) =>
    week.days.some((day) => day.sessions.some((session) => session.supervised)),
  );
}

export interface PlanReadyWords {
  /** The screen's main heading. */
  title: MessageKey;
  /** The first paragraph, under the heading. */
  lead: MessageKey;
  /** A second paragraph with the general advice, when the lead is about supervision. */
  more: MessageKey | null;
}

/**
 * What the outcome screen says when a plan is ready (`self-manage` or `routine-assessment`).
 * "You can start on your own" only when the engine's own reasons say so (`self-manage`) and nothing
 * needs a supervisor.
 *
 * @example planReadyWords(outputForAnUnsteady78YearOld).title // 'triage.supervised.title'
 */
export function planReadyWords(output: Pick<PlanOutput, 'triage' | 'plan'>): PlanReadyWords {
  const routine = output.triage.level === 'routine-assessment';
  const supervised = retroNeedsSupervision(output);
  const onOwn = !supervised && output.triage.reasons.some((reason) => reason.code === 'self-manage');
  const advice: MessageKey = routine
    ? 'triage.routine.intro'
    : onOwn
      ? 'triage.selfManage.intro'
      : 'triage.selfManage.introHelped';
  if (supervised) return { title: 'triage.supervised.title', lead: 'triage.supervised.intro', more: advice };
  return { title: routine ? 'triage.routine.title' : 'triage.selfManage.title', lead: advice, more: null };
}
