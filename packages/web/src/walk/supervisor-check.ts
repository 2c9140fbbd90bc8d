/**
 * A walk that may only be done with someone beside the person (retro-walking under supervision,
 * SEED-RW, STEADI) opens with a question: is that person there? Only a yes opens the walk; a no
 * explains why and leads back to today, so nobody starts walking backwards alone by accident.
 */

/** Which of the walk's screens shows before the walk itself. */
export type WalkGate = 'ask-supervisor' | 'supervisor-absent' | 'open';

/**
 * Where a walk begins: at the question for a session the engine marked `supervised`, otherwise at the
 * walk itself.
 *
 * @example openingGate({ supervised: true }) // 'ask-supervisor'
 */
export function openingGate(session: { readonly supervised: boolean }): WalkGate {
  return session.supervised ? 'ask-supervisor' : 'open';
}

/** The answer to "Is your supervisor with you?": yes opens the walk, no keeps it closed. */
export function answerSupervisorQuestion(supervisorPresent: boolean): WalkGate {
  return supervisorPresent ? 'open' : 'supervisor-absent';
}

/** The walk's controls (and its timer) exist only once the gate is open. */
export function walkMayStart(gate: WalkGate): boolean {
  return gate === 'open';
}
