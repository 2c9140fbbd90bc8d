/**
 * What every screen shares: the API, the store of answers, the language and its words, who is signed
 * in, and the larger-text setting. Screens take it with `useApp()` instead of long lists of props.
 */
import type { Locale } from '@wandelcoach/engine';
import { createContext, useContext } from 'react';
import type { ApiClient, SessionAnswer } from './api/client.js';
import type { QueryStore } from './data/query.js';
import type { Translate } from './i18n/catalogue.js';
import type { OutboxService } from './outbox/browser-outbox.js';
import type { Owner } from './today/today-keep.js';

/**
 * Whether someone is signed in: not known yet (the first answer is on its way), yes, no, or "we could
 * not ask, but this device keeps today's plan for this person".
 */
export type SignedIn =
  | { status: 'checking' }
  | { status: 'signed-out' }
  | {
      status: 'signed-in';
      account: Owner;
      /** A member of a practice (clinician or admin): starts in the clinicians' area. */
      member?: true;
    }
  | { status: 'offline'; account: Owner };

export interface AppState {
  api: ApiClient;
  queries: QueryStore;
  /** Walks and answers kept on the phone first, and sent from there (`outbox/`). */
  outbox: OutboxService;
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
  session: SignedIn;
  /** After signing in or up: remember the person and go to where they start. */
  signedIn: (answer: SessionAnswer) => void;
  /**
   * Signs out (or forgets a session the server already ended), clearing what this device kept for
   * the person; then shows the welcome, or `to`, with the notice.
   */
  signOut: (notice?: string, to?: string) => void;
  largerText: boolean;
  setLargerText: (on: boolean) => void;
  /** Something to say on the welcome or sign-in screen, such as that the account has been deleted. */
  notice: string | undefined;
}

export const AppContext = createContext<AppState | null>(null);

export function useApp(): AppState {
  const app = useContext(AppContext);
  if (app === null) throw new Error('useApp() outside <App>');
  return app;
}

/** The signed-in person (also when offline with a kept plan), or undefined. */
export function accountOf(session: SignedIn): Owner | undefined {
  return session.status === 'signed-in' || session.status === 'offline' ? session.account : undefined;
}
