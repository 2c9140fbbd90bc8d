/**
 * The app: which screen is showing, the language, and who is signed in. Screens get what they need
 * as props, so each can be tested on its own.
 */
import type { Locale, PlanOutput } from '@wandelcoach/engine';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiClient, ApiError, OfflineError, type Today, type Walk } from './api/client.js';
import { errorMessage } from './api/error-message.js';
import { translator } from './i18n/index.js';
import { IntakeWizard } from './intake/intake-wizard.js';
import { browserStorage, storeLocale, storedLocale } from './locale.js';
import { clearDraft } from './intake/draft.js';
import { forgetToday, keptOwner, type Owner } from './today/today-cache.js';
import { AccountForm, type AccountMode } from './screens/account-form.js';
import { LanguageSwitch } from './screens/language-switch.js';
import { PlanOverview } from './screens/plan-overview.js';
import { Settings } from './screens/settings.js';
import { TriageOutcome } from './screens/triage-outcome.js';
import { Welcome } from './screens/welcome.js';
import { localToday } from './today.js';
import { TodayScreen, type FirstAnswers } from './today/today-screen.js';

const LARGER_TEXT = 'wandelcoach.larger-text';
/** Stands in before an account is known; stable, so screens that depend on it do not reload. */
const NOBODY: Owner = { id: '', email: '' };

// The charts library is loaded only when progress is opened, to keep the first load small.
const ProgressScreen = lazy(() =>
  import('./screens/progress.js').then((module) => ({ default: module.ProgressScreen })),
);

type Screen =
  | { name: 'loading' }
  | { name: 'welcome' }
  | { name: 'account'; mode: AccountMode }
  | { name: 'intake' }
  | { name: 'outcome'; output: PlanOutput }
  | { name: 'plan'; output: PlanOutput }
  | { name: 'today'; first?: FirstAnswers }
  | { name: 'settings' }
  | { name: 'progress' };

export function App(props: {
  api?: ApiClient;
  /** The screen to start on: the welcome when the server sent it already rendered, else a wait. */
  first?: 'welcome';
}) {
  const api = useMemo(() => props.api ?? new ApiClient(), [props.api]);
  const [locale, setLocale] = useState<Locale>(storedLocale);
  const [screen, setScreen] = useState<Screen>(
    props.first === 'welcome' ? { name: 'welcome' } : { name: 'loading' },
  );
  const [account, setAccount] = useState<Owner>();
  const t = useMemo(() => translator(locale), [locale]);
  const main = useRef<HTMLElement>(null);
  const [largerText, setLargerText] = useState(() => browserStorage()?.getItem(LARGER_TEXT) === 'on');
  const [notice, setNotice] = useState<string>();
  /** Why the last move between screens failed (no connection, say); shown above the screen. */
  const [failure, setFailure] = useState<string>();

  useEffect(() => {
    document.documentElement.classList.toggle('larger-text', largerText);
    browserStorage()?.setItem(LARGER_TEXT, largerText ? 'on' : 'off');
  }, [largerText]);

  useEffect(() => {
    document.documentElement.lang = locale;
    storeLocale(locale);
  }, [locale]);

  /**
   * After signing in: today's walks, which answer most visits in one call. The whole plan is asked
   * for only when today has nothing to show: no intake yet, a safety outcome, or before the start.
   */
  const showStart = useCallback(
    async (asked?: { today: Promise<Today>; walks: Promise<Walk[]> }) => {
      let today: Today;
      try {
        today = await (asked?.today ?? api.today());
      } catch (error) {
        if (error instanceof ApiError && error.kind === 'no-intake') {
          setScreen({ name: 'intake' });
          return;
        }
        throw error;
      }
      if (today.week !== null) {
        setScreen({ name: 'today', first: { today, walks: asked?.walks } });
        return;
      }
      const output = await api.plan();
      if (output === undefined) setScreen({ name: 'intake' });
      else if (output.plan === null) setScreen({ name: 'outcome', output });
      else setScreen({ name: 'today', first: { today, walks: asked?.walks } });
    },
    [api],
  );

  const showPlan = useCallback(async () => {
    try {
      const output = await api.plan();
      setScreen(output === undefined ? { name: 'intake' } : { name: 'plan', output });
    } catch (error) {
      setFailure(errorMessage(error, t));
    }
  }, [api, t]);

  useEffect(() => {
    const storage = browserStorage();
    // A page without the welcome in it came to someone with a session cookie (or from the service
    // worker): today's walks are most likely wanted, so ask for them beside the session, not after it.
    const asked = props.first === 'welcome' ? undefined : { today: api.today(), walks: api.walks() };
    // Not signed in after all: those answers are 401s nobody waits for.
    asked?.today.catch(() => undefined);
    asked?.walks.catch(() => undefined);
    // Only a screen nobody has left yet is replaced: a tap on the welcome before the answer came wins.
    const replaceStart = (next: Screen) => {
      setScreen((current) => (current.name === 'loading' ? next : current));
    };
    api.session().then(
      async (answer) => {
        if (answer === undefined) {
          // Signed out here or elsewhere, or the session ran out: what was kept goes with it.
          forgetToday(storage);
          replaceStart({ name: 'welcome' });
          return;
        }
        setAccount(answer.account);
        try {
          await showStart(asked);
        } catch {
          // Today's screen asks again and says what went wrong, or shows this person's kept plan.
          setScreen({ name: 'today' });
        }
      },
      (error: unknown) => {
        // Opened without a connection: today's plan, if this device kept one for today, else the welcome.
        const owner = error instanceof OfflineError ? keptOwner(storage, localToday()) : undefined;
        setAccount(owner);
        replaceStart(owner === undefined ? { name: 'welcome' } : { name: 'today' });
      },
    );
  }, [api, showStart, props.first]);

  // A new screen is announced by moving focus to the main area, as a new page would be.
  useEffect(() => {
    if (screen.name !== 'intake') main.current?.focus();
    // A new screen came after all: an old failure no longer applies.
    setFailure(undefined);
  }, [screen]);

  function signOut() {
    // Half-filled answers and today's plan stay with their owner, not with the device.
    clearDraft(browserStorage());
    forgetToday(browserStorage());
    const done = () => {
      setAccount(undefined);
      setScreen({ name: 'welcome' });
    };
    // Without a connection the server's session stays until it runs out; this device forgets it now.
    api.signOut().then(done, done);
  }

  function content() {
    switch (screen.name) {
      case 'loading':
        return null;
      case 'welcome':
        return (
          <Welcome
            notice={notice}
            t={t}
            onSignUp={() => {
              setScreen({ name: 'account', mode: 'sign-up' });
            }}
            onSignIn={() => {
              setScreen({ name: 'account', mode: 'sign-in' });
            }}
          />
        );
      case 'account':
        return (
          <AccountForm
            mode={screen.mode}
            locale={locale}
            t={t}
            api={api}
            onDone={(answer) => {
              setAccount(answer.account);
              showStart().catch(() => {
                setScreen({ name: 'intake' });
              });
            }}
            onSwitch={(mode) => {
              setScreen({ name: 'account', mode });
            }}
            onBack={() => {
              setScreen({ name: 'welcome' });
            }}
          />
        );
      case 'intake':
        return (
          <IntakeWizard
            locale={locale}
            t={t}
            api={api}
            today={localToday()}
            accountId={account?.id ?? ''}
            onDone={(output) => {
              setScreen({ name: 'outcome', output });
            }}
          />
        );
      case 'outcome':
        return (
          <TriageOutcome
            output={screen.output}
            t={t}
            api={api}
            today={localToday()}
            onPlan={() => {
              setScreen({ name: 'plan', output: screen.output });
            }}
            onRedoIntake={() => {
              setScreen({ name: 'intake' });
            }}
            onChanged={(output) => {
              setScreen({ name: 'outcome', output });
            }}
          />
        );
      case 'progress':
        return (
          <Suspense fallback={null}>
            <ProgressScreen t={t} locale={locale} api={api} />
          </Suspense>
        );
      case 'settings':
        return (
          <Settings
            t={t}
            api={api}
            locale={locale}
            onLocale={setLocale}
            largerText={largerText}
            onLargerText={setLargerText}
            onDeleted={() => {
              clearDraft(browserStorage());
              forgetToday(browserStorage());
              setAccount(undefined);
              setNotice(t('settings.deleted'));
              setScreen({ name: 'welcome' });
            }}
          />
        );
      case 'plan':
        return (
          <PlanOverview
            output={screen.output}
            locale={locale}
            t={t}
            onToday={() => {
              setScreen({ name: 'today' });
            }}
          />
        );
      case 'today':
        return (
          <TodayScreen
            t={t}
            owner={account ?? NOBODY}
            first={screen.first}
            locale={locale}
            api={api}
            onPlan={() => {
              void showPlan();
            }}
            onRedoIntake={() => {
              setScreen({ name: 'intake' });
            }}
            onTriageChanged={(output) => {
              // The kept plan is from before: it must not offer walks offline after this.
              forgetToday(browserStorage());
              // A changed safety outcome comes first; the same outcome means walking may go on.
              setScreen({ name: 'outcome', output });
            }}
          />
        );
    }
  }

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <span className="app-name">{t('app.name')}</span>
        <LanguageSwitch locale={locale} t={t} onChange={setLocale} />
        {account !== undefined && (
          <div className="account-bar">
            <span>{t('account.signedInAs', { email: account.email })}</span>
            <button type="button" onClick={signOut}>
              {t('account.signOut')}
            </button>
          </div>
        )}
      </header>
      {account !== undefined &&
        ['today', 'plan', 'progress', 'settings', 'outcome'].includes(screen.name) && (
          <nav className="main-nav" aria-label={t('nav.label')}>
            <button
              type="button"
              aria-current={screen.name === 'today' ? 'page' : undefined}
              onClick={() => {
                setScreen({ name: 'today' });
              }}
            >
              {t('today.title')}
            </button>
            <button
              type="button"
              aria-current={screen.name === 'plan' ? 'page' : undefined}
              onClick={() => {
                void showPlan();
              }}
            >
              {t('nav.plan')}
            </button>
            <button
              type="button"
              aria-current={screen.name === 'progress' ? 'page' : undefined}
              onClick={() => {
                setScreen({ name: 'progress' });
              }}
            >
              {t('nav.progress')}
            </button>
            <button
              type="button"
              aria-current={screen.name === 'settings' ? 'page' : undefined}
              onClick={() => {
                setScreen({ name: 'settings' });
              }}
            >
              {t('nav.settings')}
            </button>
          </nav>
        )}
      <main id="main" ref={main} tabIndex={-1}>
        {failure !== undefined && (
          <p role="alert" className="error">
            {failure}
          </p>
        )}
        {content()}
      </main>
    </>
  );
}
