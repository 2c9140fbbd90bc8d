/**
 * Changing the password in the settings: the current one (a stolen session alone cannot change it),
 * and the new one, held to the same rules as at sign-up. The account's other sessions end.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { ApiError, type ApiClient } from '../api/client.js';
import { errorMessage, weakPasswordMessage } from '../api/error-message.js';
import { PasswordInput } from '../components/password-input.js';
import type { Translate } from '../i18n/catalogue.js';

type Field = 'currentPassword' | 'newPassword';

export function ChangePassword(props: { t: Translate; api: ApiClient }) {
  const { t } = props;
  const id = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [problem, setProblem] = useState<{ field: Field | 'form'; text: string }>();
  const [changed, setChanged] = useState(false);
  const [busy, setBusy] = useState(false);
  const currentField = useRef<HTMLInputElement>(null);
  const newField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (problem?.field === 'currentPassword') currentField.current?.focus();
    if (problem?.field === 'newPassword') newField.current?.focus();
  }, [problem]);

  async function submit() {
    setChanged(false);
    if (next.length < 10) {
      setProblem({ field: 'newPassword', text: t('error.passwordTooShort') });
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      await props.api.changePassword({ currentPassword: current, newPassword: next });
      setCurrent('');
      setNext('');
      setChanged(true);
    } catch (error) {
      const weak = weakPasswordMessage(error, t);
      const wrongCurrent =
        error instanceof ApiError &&
        (error.problem?.errors ?? []).some((field) => field.path === 'currentPassword');
      if (weak !== undefined) setProblem({ field: 'newPassword', text: weak });
      else if (wrongCurrent) setProblem({ field: 'currentPassword', text: t('settings.password.wrong') });
      else setProblem({ field: 'form', text: errorMessage(error, t) });
    } finally {
      setBusy(false);
    }
  }

  const errorOf = (field: Field) =>
    problem?.field === field ? (
      <p id={`${id}-${field}-error`} role="alert" className="error">
        {problem.text}
      </p>
    ) : null;

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings.password')}</h2>
      <p role="status" className={changed ? 'success' : 'quiet'}>
        {changed ? t('settings.password.changed') : ''}
      </p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        {problem?.field === 'form' && (
          <p role="alert" className="error">
            {problem.text}
          </p>
        )}
        <div className="field">
          <label htmlFor={`${id}-current`}>{t('settings.password.current')}</label>
          <PasswordInput
            inputRef={currentField}
            id={`${id}-current`}
            t={t}
            autoComplete="current-password"
            value={current}
            invalid={problem?.field === 'currentPassword'}
            describedBy={problem?.field === 'currentPassword' ? `${id}-currentPassword-error` : undefined}
            onChange={setCurrent}
          />
          {errorOf('currentPassword')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-new`}>{t('settings.password.new')}</label>
          <p id={`${id}-new-hint`} className="hint">
            {t('account.password.hint')}
          </p>
          <PasswordInput
            inputRef={newField}
            id={`${id}-new`}
            t={t}
            autoComplete="new-password"
            minLength={10}
            value={next}
            invalid={problem?.field === 'newPassword'}
            describedBy={[`${id}-new-hint`, problem?.field === 'newPassword' ? `${id}-newPassword-error` : '']
              .join(' ')
              .trim()}
            onChange={setNext}
          />
          {errorOf('newPassword')}
        </div>
        <button type="submit" disabled={busy || current === ''}>
          {busy ? t('account.busy') : t('settings.password.submit')}
        </button>
      </form>
    </section>
  );
}
