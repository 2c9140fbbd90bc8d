/**
 * What the app says after a walk is logged: an acknowledgement that fits how it went, and what happens
 * next. The facts come from the engine's rules for one walk (`afterWalkFindings`); this only chooses
 * the words. Cheering is kept for a walk that went well: after pain or a stop, the words acknowledge it.
 */
import { afterWalkFindings, type RedFlag, type WalkKind } from '@wandelcoach/engine';
import type { CoreKey } from '../i18n/nl.js';

/** The words for "it hurt" when the person's usual pain is unknown: above the 5/10 most people's limit is. */
export const HURTS_ABOVE = 5;

export interface LoggedWalk {
  kind: WalkKind;
  minutes: number;
  painDuring: number;
  dizziness: boolean;
  fall: boolean;
  newSymptoms: readonly RedFlag[];
}

export interface LogResultMessage {
  acknowledgement: Extract<CoreKey, `logResult.ack.${string}`>;
  /** What happens next, in the order to read it. */
  next: Extract<CoreKey, `logResult.next.${string}`>[];
  /** An emergency sign: the way to call 112 goes with the words. */
  callNow: boolean;
}

/**
 * Chooses the words after a logged walk.
 *
 * @example
 * logResultMessage({ kind: 'forward', minutes: 2, painDuring: 6, dizziness: false, fall: false,
 *   newSymptoms: [] }, { plannedMinutes: 5, stopped: true, usualPain: null });
 * // { acknowledgement: 'logResult.ack.painStopped', next: ['logResult.next.painIfMore', …] }
 */
export function logResultMessage(
  walk: LoggedWalk,
  context: { plannedMinutes: number; stopped: boolean; usualPain: number | null },
): LogResultMessage {
  const findings = afterWalkFindings({
    ...walk,
    plannedMinutes: context.plannedMinutes,
    usualPain: context.usualPain,
  });
  const hurt =
    findings.painAboveLimit === true || (findings.painAboveLimit === null && walk.painDuring > HURTS_ABOVE);
  const retroStops = findings.stopsRetro && walk.kind === 'retro';

  switch (findings.safety) {
    case 'emergency':
      return {
        acknowledgement: safetyAcknowledgement(context.stopped),
        next: ['logResult.next.emergency'],
        callNow: true,
      };
    case 'gp-soon':
      return {
        acknowledgement: safetyAcknowledgement(context.stopped),
        next: ['logResult.next.gp', 'logResult.next.outOfHours'],
        callNow: false,
      };
    case 'fall':
      return {
        acknowledgement: safetyAcknowledgement(context.stopped),
        next: [
          'logResult.next.fall',
          'logResult.next.fallHurt',
          ...(retroStops ? (['logResult.next.retroStops'] as const) : []),
          'logResult.next.morning',
        ],
        callNow: false,
      };
    case 'dizziness':
      return {
        acknowledgement: safetyAcknowledgement(context.stopped),
        next: [
          'logResult.next.dizzy',
          'logResult.next.dizzyGp',
          ...(retroStops ? (['logResult.next.retroStops'] as const) : []),
          'logResult.next.morning',
        ],
        callNow: false,
      };
    case null:
      break;
  }

  const next: LogResultMessage['next'] = [];
  if (findings.painAboveLimit === true) next.push('logResult.next.painHold');
  // Without the usual pain the app cannot say whether this pain stops the plan growing: it says when.
  else if (findings.painAboveLimit === null) next.push('logResult.next.painIfMore');
  if (hurt) next.push('logResult.next.painEase', 'logResult.next.painGp');
  // After pain, the pain lines already say the plan waits; the rule on minutes would say it twice.
  if (findings.amount === 'partly' && !hurt) next.push('logResult.next.partly');
  if (findings.amount === 'well-above') next.push('logResult.next.more');
  if (findings.painAboveLimit === false && findings.amount === 'mostly') next.push('logResult.next.grow');
  next.push('logResult.next.walkStays', 'logResult.next.morning');

  const acknowledgement = hurt
    ? context.stopped
      ? 'logResult.ack.painStopped'
      : 'logResult.ack.pain'
    : context.stopped
      ? 'logResult.ack.stopped'
      : findings.amount === 'partly'
        ? 'logResult.ack.partly'
        : findings.painAboveLimit === false
          ? 'logResult.ack.well'
          : 'logResult.ack.noted';
  return { acknowledgement, next, callNow: false };
}

function safetyAcknowledgement(stopped: boolean): LogResultMessage['acknowledgement'] {
  return stopped ? 'logResult.ack.safetyStopped' : 'logResult.ack.safety';
}
