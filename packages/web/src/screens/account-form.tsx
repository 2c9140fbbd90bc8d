/** Sign up or sign in: two fields, plain words, errors said next to the field and read out. */
import type { Locale } from '@wandelcoach/engine';
import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import type { ApiClient, SessionAnswer } from '../api/client.js';
import { errorMessage, weakPasswordMessage } from '../api/error-message.js';
import type { Translate } from '../i18n/index.js';

export type AccountMode = 'sign-up' | 'sign-in';

function looksLikeEmail(text: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text.trim());
}

export function AccountForm(props: {
  mode: AccountMode;
  locale: Locale;
  t: Translate;
  api: ApiClient;
  onDone: (answer: SessionAnswer) => void;
  onSwitch: (mode: AccountMode) => void;
  onBack: () => void;
}) {
  const { mode, t } = props;
  const id = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<{ field: 'email' | 'password' | 'form'; text: string }>();
  const [busy, setBusy] = useState(false);
  const emailField = useRef<HTMLInputElement>(null);
  const passwordField = useRef<HTMLInputElement>(null);

  // Keyboard and screen-reader users land on the field to fix, not on the button they just pressed.
  useEffect(() => {
    if (problem?.field === 'email') emailField.current?.focus();
    if (problem?.field === 'password') passwordField.current?.focus();
  }, [problem]);

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    if (!looksLikeEmail(email)) {
      setProblem({ field: 'email', text: t('error.invalidEmail') });
      return;
    }
    if (mode === 'sign-up' && password.length < 10) {
      setProblem({ field: 'password', text: t('error.passwordTooShort') });
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const answer =
        mode === 'sign-up'
          ? await props.api.signUp({ email, password, locale: props.locale, timeZone })
          : await props.api.signIn({ email, password });
      props.onDone(answer);
    } catch (error) {
      // "Too easy to guess" belongs beside the password, with the reason the server found.
      const weak = weakPasswordMessage(error, t);
      setProblem(
        weak === undefined
          ? { field: 'form', text: errorMessage(error, t) }
          : { field: 'password', text: weak },
      );
    } finally {
      setBusy(false);
    }
  }

  const title = mode === 'sign-up' ? t('account.signUp.title') : t('account.signIn.title');
  const described = (field: 'email' | 'password', hint?: string) =>
    [problem?.field === field ? `${id}-${field}-error` : undefined, hint].filter(Boolean).join(' ') ||
    undefined;

  return (
    <>
      <h1>{title}</h1>
      <form
        noValidate
        onSubmit={(event) => {
          void submit(event);
        }}
      >
        {problem?.field === 'form' && (
          <p role="alert" className="error">
            {problem.text}
          </p>
        )}
        <div className="field">
          <label htmlFor={`${id}-email`}>{t('account.email')}</label>
          <input
            ref={emailField}
            id={`${id}-email`}
            type="email"
            autoComplete="email"
            inputMode="email"
            required
            value={email}
            aria-invalid={problem?.field === 'email'}
            aria-describedby={described('email')}
            onChange={(event) => {
              setEmail(event.target.value);
            }}
          />
          {problem?.field === 'email' && (
            <p id={`${id}-email-error`} role="alert" className="error">
              {problem.text}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-password`}>{t('account.password')}</label>
          {mode === 'sign-up' && (
            <p id={`${id}-password-hint`} className="hint">
              {t('account.password.hint')}
            </p>
          )}
          <input
            ref={passwordField}
            id={`${id}-password`}
            type="password"
            autoComplete={mode === 'sign-up' ? 'new-password' : 'current-password'}
            required
            minLength={mode === 'sign-up' ? 10 : undefined}
            value={password}
            aria-invalid={problem?.field === 'password'}
            aria-describedby={described('password', mode === 'sign-up' ? `${id}-password-hint` : undefined)}
            onChange={(event) => {
              setPassword(event.target.value);
            }}
          />
          {problem?.field === 'password' && (
            <p id={`${id}-password-error`} role="alert" className="error">
              {problem.text}
            </p>
          )}
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy
              ? t('account.busy')
              : mode === 'sign-up'
                ? t('account.signUp.submit')
                : t('account.signIn.submit')}
          </button>
          <button
            type="button"
            onClick={() => {
              props.onSwitch(mode === 'sign-up' ? 'sign-in' : 'sign-up');
            }}
          >
            {mode === 'sign-up' ? t('account.toSignIn') : t('account.toSignUp')}
          </button>
          <button type="button" className="link" onClick={props.onBack}>
            {t('account.back')}
          </button>
        </div>
      </form>
    </>
  );
}
