/**
 * The screens around mailed links: asking for a reset link, choosing a new password with one, the
 * "check your email" after a private sign-up, and confirming an address. Each says the same whatever
 * the server knows about the address, and says plainly when a link no longer works.
 */
import { useEffect, useId, useRef, useState, type ReactNode, type SyntheticEvent } from 'react';
import { Link } from 'wouter';
import { ApiError, type ApiClient, type SessionAnswer } from '../api/client.js';
import { errorMessage, weakPasswordMessage } from '../api/error-message.js';
import { PasswordField } from '../components/password-field.js';
import { SendingForm } from '../components/sending-form.js';
import type { Translate } from '../i18n/catalogue.js';
import { PATHS } from '../paths.js';
import { looksLikeEmail } from './account-form.js';

/** True for the server's "this link was used, has expired or is not complete". */
function isInvalidLink(error: unknown): boolean {
  return (
    error instanceof ApiError && (error.problem?.errors ?? []).some((field) => field.code === 'invalid-link')
  );
}

function FormError(props: { id: string; text: string | undefined }) {
  if (props.text === undefined) return null;
  return (
    <p id={props.id} role="alert" className="error">
      {props.text}
    </p>
  );
}

function TapLink(props: { href: string; children: ReactNode }) {
  return (
    <p>
      <Link className="tap-link" href={props.href}>
        {props.children}
      </Link>
    </p>
  );
}

/** `/forgot-password`: the address, then the same answer whether or not it has an account. */
export function ForgotPassword(props: { t: Translate; api: ApiClient }) {
  const { t } = props;
  const id = useId();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (problem !== undefined) field.current?.focus();
  }, [problem]);

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    if (!looksLikeEmail(email)) {
      setProblem(t('error.invalidEmail'));
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      await props.api.requestPasswordReset({ email: email.trim() });
      setSentTo(email.trim());
    } catch (error) {
      setProblem(errorMessage(error, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <h1>{t('forgot.title')}</h1>
      <p role="status" className={sentTo === undefined ? 'quiet' : 'success'}>
        {sentTo === undefined ? '' : t('forgot.sent', { email: sentTo })}
      </p>
      {sentTo === undefined && (
        <form
          noValidate
          onSubmit={(event) => {
            void submit(event);
          }}
        >
          <p>{t('forgot.intro')}</p>
          <div className="field">
            <label htmlFor={`${id}-email`}>{t('account.email')}</label>
            <input
              ref={field}
              id={`${id}-email`}
              type="email"
              autoComplete="email"
              inputMode="email"
              required
              value={email}
              aria-invalid={problem !== undefined}
              aria-describedby={problem === undefined ? undefined : `${id}-error`}
              onChange={(event) => {
                setEmail(event.target.value);
              }}
            />
            <FormError id={`${id}-error`} text={problem} />
          </div>
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>
              {busy ? t('account.busy') : t('forgot.submit')}
            </button>
          </div>
        </form>
      )}
      <TapLink href={PATHS.signIn}>{t('forgot.toSignIn')}</TapLink>
    </>
  );
}

/**
 * `/reset-password#token=…`: a new password, held to the same rules as at sign-up; afterwards the
 * person is signed out everywhere and sent to sign in.
 */
export function ResetPassword(props: {
  t: Translate;
  api: ApiClient;
  token: string | undefined;
  onDone: () => void;
}) {
  const { t } = props;
  const id = useId();
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<{ field: 'password' | 'link' | 'form'; text: string }>();
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const linkBroken = props.token === undefined || problem?.field === 'link';

  useEffect(() => {
    if (problem?.field === 'password') field.current?.focus();
  }, [problem]);

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    if (props.token === undefined) return;
    if (password.length < 10) {
      setProblem({ field: 'password', text: t('error.passwordTooShort') });
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      await props.api.resetPassword({ token: props.token, password });
      props.onDone();
    } catch (error) {
      const weak = weakPasswordMessage(error, t);
      if (weak !== undefined) setProblem({ field: 'password', text: weak });
      else if (isInvalidLink(error)) setProblem({ field: 'link', text: t('reset.invalidLink') });
      else setProblem({ field: 'form', text: errorMessage(error, t) });
    } finally {
      setBusy(false);
    }
  }

  if (linkBroken) {
    return (
      <>
        <h1>{t('reset.title')}</h1>
        <p role="alert" className="error">
          {t('reset.invalidLink')}
        </p>
        <TapLink href={PATHS.forgotPassword}>{t('reset.askAgain')}</TapLink>
      </>
    );
  }
  return (
    <>
      <h1>{t('reset.title')}</h1>
      <p>{t('reset.intro')}</p>
      <SendingForm onSubmit={submit} problem={problem?.field === 'form' ? problem.text : undefined}>
        <PasswordField
          inputRef={field}
          id={`${id}-password`}
          label={t('reset.password')}
          hint={t('account.password.hint')}
          error={problem?.field === 'password' ? problem.text : undefined}
          t={t}
          autoComplete="new-password"
          minLength={10}
          value={password}
          onChange={setPassword}
        />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('account.busy') : t('reset.submit')}
          </button>
        </div>
      </SendingForm>
    </>
  );
}

/** `/check-email`: after a sign-up on a server that sends mail; the same for a new and a taken address. */
export function CheckEmail(props: { t: Translate; email: string | undefined }) {
  const { t } = props;
  return (
    <>
      <h1>{t('checkEmail.title')}</h1>
      <p role="status" className="success">
        {props.email === undefined
          ? t('checkEmail.sentNoAddress')
          : t('checkEmail.sent', { email: props.email })}
      </p>
      <p>{t('checkEmail.noMail')}</p>
      <TapLink href={PATHS.signIn}>{t('checkEmail.toSignIn')}</TapLink>
    </>
  );
}

/**
 * `/confirm-email#token=…`: one tap confirms and signs in. A tap, not at once on opening: programs
 * that open links in mails to check them must not use the link up before the person does.
 */
export function ConfirmEmail(props: {
  t: Translate;
  api: ApiClient;
  token: string | undefined;
  onDone: (answer: SessionAnswer) => void;
}) {
  const { t } = props;
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function confirm() {
    if (props.token === undefined) return;
    setBusy(true);
    setProblem(undefined);
    try {
      props.onDone(await props.api.confirmEmail({ token: props.token }));
    } catch (error) {
      setProblem(isInvalidLink(error) ? t('confirm.invalidLink') : errorMessage(error, t));
    } finally {
      setBusy(false);
    }
  }

  const broken = props.token === undefined ? t('confirm.invalidLink') : problem;
  return (
    <>
      <h1>{t('confirm.title')}</h1>
      {broken !== undefined && (
        <p role="alert" className="error">
          {broken}
        </p>
      )}
      {props.token !== undefined && (
        <>
          <p>{t('confirm.intro')}</p>
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => {
                void confirm();
              }}
            >
              {busy ? t('account.busy') : t('confirm.submit')}
            </button>
          </div>
        </>
      )}
      <TapLink href={PATHS.signIn}>{t('checkEmail.toSignIn')}</TapLink>
    </>
  );
}
