/**
 * The app: which screen is showing, the language, and who is signed in. Screens get what they need
 * as props, so each can be tested on its own.
 */
import type { Locale } from '@wandelcoach/engine';
import { useEffect, useMemo, useRef, useState } from 'react';
import { ApiClient, type Account } from './api/client.js';
import { translator } from './i18n/index.js';
import { storeLocale, storedLocale } from './locale.js';
import { AccountForm, type AccountMode } from './screens/account-form.js';
import { LanguageSwitch } from './screens/language-switch.js';
import { Welcome } from './screens/welcome.js';

type Screen =
  { name: 'loading' } | { name: 'welcome' } | { name: 'account'; mode: AccountMode } | { name: 'home' };

export function App(props: { api?: ApiClient }) {
  const api = useMemo(() => props.api ?? new ApiClient(), [props.api]);
  const [locale, setLocale] = useState<Locale>(storedLocale);
  const [screen, setScreen] = useState<Screen>({ name: 'loading' });
  const [account, setAccount] = useState<Account>();
  const t = useMemo(() => translator(locale), [locale]);
  const main = useRef<HTMLElement>(null);

  useEffect(() => {
    document.documentElement.lang = locale;
    storeLocale(locale);
  }, [locale]);

  useEffect(() => {
    api.session().then(
      (answer) => {
        setAccount(answer?.account);
        setScreen(answer === undefined ? { name: 'welcome' } : { name: 'home' });
      },
      () => {
        setScreen({ name: 'welcome' });
      },
    );
  }, [api]);

  // A new screen is announced by moving focus to its main heading area, as a new page would be.
  useEffect(() => {
    main.current?.focus();
  }, [screen]);

  function content() {
    switch (screen.name) {
      case 'loading':
        return null;
      case 'welcome':
        return (
          <Welcome
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
              setScreen({ name: 'home' });
            }}
            onSwitch={(mode) => {
              setScreen({ name: 'account', mode });
            }}
            onBack={() => {
              setScreen({ name: 'welcome' });
            }}
          />
        );
      case 'home':
        return (
          <>
            <h1>{t('home.title')}</h1>
            {account !== undefined && <p>{t('account.signedInAs', { email: account.email })}</p>}
            <p>{t('home.next')}</p>
            <button
              type="button"
              onClick={() => {
                void api.signOut().finally(() => {
                  setAccount(undefined);
                  setScreen({ name: 'welcome' });
                });
              }}
            >
              {t('account.signOut')}
            </button>
          </>
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
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {content()}
      </main>
    </>
  );
}
