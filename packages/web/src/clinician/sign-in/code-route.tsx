/**
 * `/clinician/sign-in-code`: after the password, the code from the authenticator app, or one of the
 * recovery codes when the phone is not at hand.
 */
import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useClinician } from '../clinician-context.js';
import { clinicianError, fieldsNamed } from '../error-words.js';
import { appCode, CodeField } from './code-field.js';

export function CodeRoute() {
  const { t, calls, refresh } = useClinician();
  const [kind, setKind] = useState<'app' | 'recovery'>('app');
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const switched = useRef(false);

  useEffect(() => {
    if (problem !== undefined || switched.current) field.current?.focus();
  }, [problem, kind]);

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    const digits = appCode(typed);
    if (kind === 'app' && digits === undefined) {
      setProblem(t('totp.codeFormat'));
      return;
    }
    if (kind === 'recovery' && typed.trim() === '') {
      setProblem(t('verify.recoveryNeeded'));
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      await calls.verifySecondFactor(kind === 'app' ? { code: digits } : { recoveryCode: typed.trim() });
      await refresh();
    } catch (error) {
      const fields = fieldsNamed(error);
      setProblem(
        fields.has('code')
          ? t('totp.wrongCode')
          : fields.has('recoveryCode')
            ? t('verify.wrongRecovery')
            : clinicianError(error, t),
      );
      setBusy(false);
    }
  }

  return (
    <div className="clinician-narrow">
      <h1>{t('verify.title')}</h1>
      <p className="lead">{t('verify.intro')}</p>
      <form
        noValidate
        onSubmit={(event) => {
          void submit(event);
        }}
      >
        {kind === 'app' ? (
          <CodeField
            key="app"
            inputRef={field}
            kind="app"
            label={t('totp.code')}
            hint={t('totp.codeHint')}
            value={typed}
            error={problem}
            onChange={setTyped}
          />
        ) : (
          <CodeField
            key="recovery"
            inputRef={field}
            kind="recovery"
            label={t('verify.recoveryCode')}
            hint={t('verify.recoveryHint')}
            value={typed}
            error={problem}
            onChange={setTyped}
          />
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('verify.submit')}
          </button>
          <button
            type="button"
            className="link"
            onClick={() => {
              switched.current = true;
              setKind(kind === 'app' ? 'recovery' : 'app');
              setTyped('');
              setProblem(undefined);
            }}
          >
            {kind === 'app' ? t('verify.useRecovery') : t('verify.useCode')}
          </button>
        </div>
      </form>
    </div>
  );
}
