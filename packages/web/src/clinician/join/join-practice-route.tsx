/**
 * `/join-practice#token=…`: where a mailed practice invitation leads. A new address chooses a
 * password; an address with an account gives that account's password. A clinician gives the name
 * patients will see. A new account starts in the language of this screen. Then signed in, and on
 * into the clinicians' area (the second factor first).
 */
import type { Locale } from '@wandelcoach/engine';
import type * as Api from '@wandelcoach/server/api-types';
import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { weakPasswordMessage } from '../../api/error-message.js';
import { useApp } from '../../app-context.js';
import { PasswordField } from '../../components/password-field.js';
import { SendingForm } from '../../components/sending-form.js';
import { tokenFromHash } from '../../link-token.js';
import type { ClinicianApi } from '../api.js';
import { clinicianError } from '../error-words.js';
import type { ClinicianTranslate } from '../i18n/index.js';

type Field = 'password' | 'displayName' | 'form';

/** Which field a refused joining is about, and the words for it. */
export function joinProblem(
  error: unknown,
  t: ClinicianTranslate,
  weak: (error: unknown) => string | undefined,
): { field: Field; text: string } {
  if (error instanceof ApiError && error.kind === 'invalid-input') {
    const errors = error.problem?.errors ?? [];
    if (errors.some((e) => e.path === 'token')) return { field: 'form', text: t('join.invalidLink') };
    if (errors.some((e) => e.path === 'displayName')) {
      return { field: 'displayName', text: t('join.displayNameNeeded') };
    }
    if (errors.some((e) => e.path === 'password')) {
      return { field: 'password', text: weak(error) ?? t('join.wrongPassword') };
    }
  }
  return { field: 'form', text: clinicianError(error, t) };
}

/**
 * What joining sends: the name only when one was typed, and the screen's language, which an account
 * made by joining starts in.
 */
export function joinRequest(input: {
  token: string;
  password: string;
  displayName: string;
  locale: Locale;
}): Api.MemberInviteAcceptRequest {
  const name = input.displayName.trim();
  return {
    token: input.token,
    password: input.password,
    ...(name !== '' && { displayName: name }),
    locale: input.locale,
  };
}

export function JoinPracticeRoute(props: { t: ClinicianTranslate; calls: ClinicianApi }) {
  const { t, calls } = props;
  const app = useApp();
  const id = useId();
  // Read once: the fragment never reaches a server, and a later change of address keeps the token.
  const [token] = useState(() =>
    typeof location === 'undefined' ? undefined : tokenFromHash(location.hash),
  );
  const [password, setPassword] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [problem, setProblem] = useState<{ field: Field; text: string }>();
  const [busy, setBusy] = useState(false);
  const passwordField = useRef<HTMLInputElement>(null);
  const nameField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (problem?.field === 'password') passwordField.current?.focus();
    if (problem?.field === 'displayName') nameField.current?.focus();
  }, [problem]);

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    if (token === undefined) return;
    if (password.length < 10) {
      setProblem({ field: 'password', text: t('join.passwordTooShort') });
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      const answer = await calls.joinPractice(
        joinRequest({ token, password, displayName, locale: app.locale }),
      );
      app.signedIn(answer);
    } catch (error) {
      setProblem(joinProblem(error, t, (e) => weakPasswordMessage(e, app.t)));
      setBusy(false);
    }
  }

  const described = (field: Field, hint: string) =>
    [hint, problem?.field === field ? `${id}-${field}-error` : undefined].filter(Boolean).join(' ');

  return (
    <div className="clinician-narrow">
      <h1>{t('join.title')}</h1>
      {token === undefined ? (
        <p role="alert" className="error">
          {t('join.noToken')}
        </p>
      ) : (
        <>
          <p className="lead">{t('join.intro')}</p>
          <SendingForm onSubmit={submit} problem={problem?.field === 'form' ? problem.text : undefined}>
            <PasswordField
              inputRef={passwordField}
              id={`${id}-password`}
              label={t('join.password')}
              hint={t('join.passwordHint')}
              error={problem?.field === 'password' ? problem.text : undefined}
              t={app.t}
              autoComplete="new-password"
              value={password}
              onChange={setPassword}
            />
            <div className="field">
              <label htmlFor={`${id}-name`}>{t('join.displayName')}</label>
              <p id={`${id}-displayName-hint`} className="hint">
                {t('join.displayNameHint')}
              </p>
              <input
                ref={nameField}
                id={`${id}-name`}
                type="text"
                autoComplete="name"
                value={displayName}
                aria-invalid={problem?.field === 'displayName'}
                aria-describedby={described('displayName', `${id}-displayName-hint`)}
                onChange={(event) => {
                  setDisplayName(event.target.value);
                }}
              />
              {problem?.field === 'displayName' && (
                <p id={`${id}-displayName-error`} role="alert" className="error">
                  {problem.text}
                </p>
              )}
            </div>
            <div className="actions">
              <button type="submit" className="primary" disabled={busy}>
                {t('join.submit')}
              </button>
            </div>
          </SendingForm>
        </>
      )}
    </div>
  );
}
