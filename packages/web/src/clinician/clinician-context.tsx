/**
 * What every clinician's screen shares (`useClinician()`): the area's words, the calls, the session
 * as the server last told it, the practices, and a way to ask again after a step changed the session.
 */
import { createContext, useContext } from 'react';
import type { SessionAnswer } from '../api/client.js';
import type { ClinicianApi, Practice } from './api.js';
import type { ClinicianTranslate } from './i18n/index.js';

export interface ClinicianState {
  t: ClinicianTranslate;
  calls: ClinicianApi;
  session: SessionAnswer;
  /** Every practice the account belongs to, with its roles there. */
  practices: Practice[];
  /** The practice in the header: the one acted for, or for an admin only, the first administered. */
  practice: Practice | undefined;
  /** After the second factor or a choice of practice: asks the server again, then goes where it says. */
  refresh: () => Promise<void>;
}

export const ClinicianContext = createContext<ClinicianState | null>(null);

export function useClinician(): ClinicianState {
  const state = useContext(ClinicianContext);
  if (state === null) throw new Error('useClinician() outside the clinicians’ area');
  return state;
}

/** The practice the header names: the acting one, else (an admin only) the first administered. */
export function headerPractice(session: SessionAnswer, practices: readonly Practice[]): Practice | undefined {
  const acting = session.membership?.actingPracticeId ?? null;
  return (
    practices.find((p) => p.practiceId === acting) ??
    (acting === null && session.secondFactor === undefined ? practices.find((p) => p.admin) : undefined)
  );
}
