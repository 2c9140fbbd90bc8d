/**
 * The app: the language, who is signed in, and which screen the address shows (wouter). Each screen
 * is a route in `routes/`; the shell around them is in `shell/`.
 */
import type { Locale } from '@wandelcoach/engine';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Router, useLocation } from 'wouter';
import { ApiClient, OfflineError, type SessionAnswer } from './api/client.js';
import { accountOf, AppContext, type AppState, type SignedIn } from './app-context.js';
import { connectionBack, fetchToday, KEYS, walksChanged, type OutboxView } from './data/hooks.js';
import { QueryStore } from './data/query.js';
import { hasCatalogue, loadCatalogue, loadedTranslator } from './i18n/load.js';
import { clearDraft } from './intake/draft.js';
import { browserStorage, storeLocale, storedLocale } from './locale.js';
import { browserOutbox } from './outbox/browser-outbox.js';
import { PATHS } from './paths.js';
import { Routes } from './routes/routes.js';
import { Shell } from './shell/shell.js';
import { localToday } from './today.js';
import type { TodayStart } from './today-start.js';
import { forgetToday } from './today/today-keep.js';

const LARGER_TEXT = 'wandelcoach.larger-text';

function signedInState(answer: SessionAnswer): SignedIn {
  return {
    status: 'signed-in',
    account: answer.account,
    ...(answer.membership !== undefined && { member: true as const }),
  };
}

/**
 * The server sent today's screen already rendered (`today-start.ts`): start from its answer, and from
 * what the outbox on this device holds (read before the first render, so a walk saved on the phone
 * shows as done from the start).
 */
export interface FirstToday {
  start: TodayStart;
  outbox: OutboxView;
}

function sameSession(known: SignedIn, next: SignedIn): boolean {
  return (
    known.status === 'signed-in' &&
    next.status === 'signed-in' &&
    known.account.id === next.account.id &&
    known.account.email === next.account.email &&
    known.member === next.member
  );
}

export function App(props: {
  api?: ApiClient;
  /**
   * The server sent a screen already rendered: the welcome (nobody is signed in, show it at once), or
   * today's screen for the person whose answer it holds.
   */
  first?: 'welcome' | FirstToday;
  /** The address to render at, when there is no browser (the welcome, rendered at build time). */
  ssrPath?: string;
  /** The language to start in; else the device's (see locale.ts). The build renders Dutch. */
  locale?: Locale;
}) {
  return (
    <Router {...(props.ssrPath !== undefined && { ssrPath: props.ssrPath })}>
      <AppWithRouter {...props} />
    </Router>
  );
}

function AppWithRouter(props: { api?: ApiClient; first?: 'welcome' | FirstToday; locale?: Locale }) {
  const api = useMemo(() => props.api ?? new ApiClient(), [props.api]);
  const { first } = props;
  const queries = useMemo(() => {
    const store = new QueryStore();
    // Known from the page: today's screen shows at once, then asks again (it does on every opening).
    if (typeof first === 'object') {
      store.set(KEYS.today, { today: first.start.today, offline: false });
      store.set(KEYS.outbox, first.outbox);
    }
    return store;
  }, [first]);
  const outbox = useMemo(() => browserOutbox(api), [api]);
  const [, navigate] = useLocation();
  // main.tsx loads the device's language before the first render; should that have failed, Dutch.
  const [locale, setLocaleState] = useState<Locale>(() => {
    const wanted = props.locale ?? storedLocale();
    return hasCatalogue(wanted) ? wanted : 'nl';
  });
  // The page with the welcome in it goes only to browsers without a session cookie.
  // Today's page goes only to a signed-in patient; the session is still asked for below (it brings the
  // CSRF token), and changes nothing on screen when it says the same.
  const [session, setSession] = useState<SignedIn>(() =>
    first === 'welcome'
      ? { status: 'signed-out' }
      : first === undefined
        ? { status: 'checking' }
        : { status: 'signed-in', account: first.start.account },
  );
  const [largerText, setLargerText] = useState(() => browserStorage()?.getItem(LARGER_TEXT) === 'on');
  const [notice, setNotice] = useState<string>();
  const t = useMemo(() => loadedTranslator(locale), [locale]);

  useEffect(() => {
    document.documentElement.classList.toggle('larger-text', largerText);
    browserStorage()?.setItem(LARGER_TEXT, largerText ? 'on' : 'off');
  }, [largerText]);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  /**
   * The device remembers the language; the account too once signed in, so every device shows it. A
   * language's words load first (English is not in the first load), then the screen changes at once;
   * `then` runs after, in the same render, so a screen never shows a moment in the other language.
   * Words that cannot load (no connection, nothing precached yet) leave the language as it is.
   */
  const showLocale = useCallback((next: Locale, then?: () => void) => {
    loadCatalogue(next).then(
      () => {
        setLocaleState(next);
        storeLocale(next);
        then?.();
      },
      () => then?.(),
    );
  }, []);
  const signedInNow = session.status === 'signed-in';
  const setLocale = useCallback(
    (next: Locale) => {
      showLocale(next);
      // Kept with the account, so another device shows the same language; this one has it anyway.
      if (signedInNow) api.updateAccount({ locale: next }).catch(() => undefined);
    },
    [api, signedInNow, showLocale],
  );

  useEffect(() => {
    if (first === 'welcome') return;
    const storage = browserStorage();
    api.session().then(
      (answer) => {
        if (answer === undefined) {
          // Signed out here or elsewhere, or the session ran out: what was kept goes with it.
          forgetToday(storage);
          queries.clear();
          setSession({ status: 'signed-out' });
          return;
        }
        showLocale(answer.account.locale, () => {
          const next = signedInState(answer);
          // The same person as the page was rendered for: nothing changes, nothing is asked again.
          setSession((known) => (sameSession(known, next) ? known : next));
        });
      },
      async (error: unknown) => {
        // Opened without a connection: today's plan, if this device kept one for today. Reading it
        // back checks it with the server's schema, loaded only now (from the worker's precache).
        const owner =
          error instanceof OfflineError
            ? await import('./today/today-cache.js').then(
                ({ keptOwner }) => keptOwner(storage, localToday()),
                () => undefined,
              )
            : undefined;
        if (owner === undefined) {
          setSession({ status: 'signed-out' });
          return;
        }
        queries.load(KEYS.today, fetchToday(api, owner)).catch(() => undefined);
        setSession({ status: 'offline', account: owner });
      },
    );
  }, [api, queries, first]);

  // The outbox sends what waits on this phone whenever there is a chance: now (the app opened, or
  // someone signed in), when the connection comes back, and when the app is shown again. Whatever
  // changes it (here, in another tab, in the service worker) shows on every screen at once.
  const owner = accountOf(session)?.id;
  useEffect(() => {
    if (owner === undefined) return;
    const send = () => {
      outbox.flush(owner).catch((error: unknown) => {
        console.warn('outbox: could not send', error);
      });
    };
    const online = () => {
      connectionBack(queries);
      send();
    };
    const whenShown = () => {
      if (document.visibilityState === 'visible') send();
    };
    const unsubscribe = outbox.subscribe(() => {
      walksChanged(queries);
    });
    send();
    window.addEventListener('online', online);
    window.addEventListener('focus', send);
    document.addEventListener('visibilitychange', whenShown);
    return () => {
      unsubscribe();
      window.removeEventListener('online', online);
      window.removeEventListener('focus', send);
      document.removeEventListener('visibilitychange', whenShown);
    };
  }, [outbox, owner, queries]);

  const signedIn = useCallback(
    (answer: SessionAnswer) => {
      queries.clear();
      setNotice(undefined);
      // A new device shows the language the account chose.
      showLocale(answer.account.locale, () => {
        setSession(signedInState(answer));
        // A practice's member goes on in the clinicians' area (the second factor first); anyone else
        // to where they start.
        navigate(answer.membership === undefined ? PATHS.home : PATHS.clinician, { replace: true });
      });
    },
    [navigate, queries, showLocale],
  );

  const signOut = useCallback(
    (message?: string, to: string = PATHS.home) => {
      const storage = browserStorage();
      // Half-filled answers and today's plan stay with their owner, not with the device.
      clearDraft(storage);
      forgetToday(storage);
      const done = () => {
        setNotice(message);
        setSession({ status: 'signed-out' });
        // With the session: no screen that asks the server is left to ask again without one.
        queries.clear();
        navigate(to);
      };
      if (message !== undefined) {
        done();
        return;
      }
      // Without a connection the server's session stays until it runs out; this device forgets it now.
      api.signOut().then(done, done);
    },
    [api, navigate, queries],
  );

  const state: AppState = {
    api,
    queries,
    outbox,
    locale,
    setLocale,
    t,
    session,
    signedIn,
    signOut,
    largerText,
    setLargerText,
    notice,
  };

  return (
    <AppContext.Provider value={state}>
      <Shell>
        <Routes />
      </Shell>
    </AppContext.Provider>
  );
}
