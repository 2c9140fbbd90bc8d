/**
 * Sign up or sign in: two fields, plain words, errors said next to the field and read out. On a
 * server that sends mail, sign-up ends in "check your email"; sign-in offers "forgot your password?".
 */
import type { Locale } from '@wandelcoach/engine';
import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { Link } from 'wouter';
import { ApiError, type ApiClient, type SessionAnswer } from '../api/client.js';
import { errorMessage, weakPasswordMessage } from '../api/error-message.js';
import { EmailField } from '../components/email-field.js';
import { PasswordField } from '../components/password-field.js';
import { SendingForm } from '../components/sending-form.js';
import type { Translate } from '../i18n/catalogue.js';
import { PATHS } from '../paths.js';

export type AccountMode = 'sign-up' | 'sign-in';

/** Enough of an address to send: the server checks it properly. */
export function looksLikeEmail(text: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text.trim());
}

export function AccountForm(props: {
  mode: AccountMode;
  locale: Locale;
  t: Translate;
  api: ApiClient;
  onDone: (answer: SessionAnswer) => void;
  /** A sign-up on a server that sends mail: the account waits for the mailed link. */
  onCheckEmail: (email: string) => void;
  /** Said above the form, such as that a new password is set and it is time to sign in. */
  notice?: string | undefined;
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
      if ('checkEmail' in answer) props.onCheckEmail(email.trim());
      else props.onDone(answer);
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'email-not-confirmed') {
        setProblem({ field: 'form', text: t('account.notConfirmed') });
        return;
      }
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

  return (
    <>
      <h1>{title}</h1>
      <p role="status" className={props.notice === undefined ? 'quiet' : 'success'}>
        {props.notice ?? ''}
      </p>
      <SendingForm onSubmit={submit} problem={problem?.field === 'form' ? problem.text : undefined}>
        <EmailField
          inputRef={emailField}
          id={`${id}-email`}
          label={t('account.email')}
          whose="own"
          value={email}
          error={problem?.field === 'email' ? problem.text : undefined}
          onChange={setEmail}
        />
        <PasswordField
          inputRef={passwordField}
          id={`${id}-password`}
          label={t('account.password')}
          hint={mode === 'sign-up' ? t('account.password.hint') : undefined}
          error={problem?.field === 'password' ? problem.text : undefined}
          t={t}
          autoComplete={mode === 'sign-up' ? 'new-password' : 'current-password'}
          minLength={mode === 'sign-up' ? 10 : undefined}
          value={password}
          onChange={setPassword}
        >
          {mode === 'sign-in' && (
            <p>
              <Link className="tap-link" href={PATHS.forgotPassword}>
                {t('account.forgot')}
              </Link>
            </p>
          )}
        </PasswordField>
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
      </SendingForm>
    </>
  );
}
