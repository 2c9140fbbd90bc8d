/**
 * `/clinician/set-up-sign-in`: the first time, the authenticator app. Its QR code and the key as text,
 * the first code to confirm, then the recovery codes, to print or save, and kept before going on.
 */
import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { ApiError } from '../../api/client.js';
import type { SecondFactorSetup } from '../api.js';
import { useClinician } from '../clinician-context.js';
import { clinicianError, fieldsNamed } from '../error-words.js';
import { QrCode } from '../qr-code.js';
import { appCode, CodeField } from './code-field.js';
import { RecoveryCodes } from './recovery-codes.js';

export function SetUpRoute() {
  const { t, calls, session } = useClinician();
  const [setup, setSetup] = useState<SecondFactorSetup>();
  const [failed, setFailed] = useState<string>();
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [recoveryCodes, setRecoveryCodes] = useState<string[]>();
  const field = useRef<HTMLInputElement>(null);
  const asked = useRef(false);

  useEffect(() => {
    // One secret per visit: a second setup would replace the one just scanned.
    if (asked.current) return;
    asked.current = true;
    calls.setUpSecondFactor().then(setSetup, (error: unknown) => {
      setFailed(clinicianError(error, t));
    });
  }, [calls, t]);

  useEffect(() => {
    if (problem !== undefined) field.current?.focus();
  }, [problem]);

  async function confirm(event: SyntheticEvent) {
    event.preventDefault();
    const digits = appCode(code);
    if (digits === undefined) {
      setProblem(t('totp.codeFormat'));
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      setRecoveryCodes(await calls.confirmSecondFactor(digits));
    } catch (error) {
      setProblem(
        error instanceof ApiError && fieldsNamed(error).has('code')
          ? t('totp.wrongCode')
          : clinicianError(error, t),
      );
    } finally {
      setBusy(false);
    }
  }

  if (recoveryCodes !== undefined) {
    return <RecoveryCodes codes={recoveryCodes} email={session.account.email} />;
  }
  return (
    <div className="clinician-narrow">
      <h1>{t('setup.title')}</h1>
      <p className="lead">{t('setup.intro')}</p>
      {failed !== undefined && (
        <p role="alert" className="error">
          {failed}
        </p>
      )}
      <h2>{t('setup.scan')}</h2>
      {setup === undefined ? (
        failed === undefined && <p role="status">{t('clinician.loading')}</p>
      ) : (
        <>
          <QrCode text={setup.otpauthUrl} label={t('setup.qr')} className="qr" />
          <p>{t('setup.secret')}</p>
          <p className="secret">{groupsOfFour(setup.secret)}</p>
        </>
      )}
      <h2>{t('setup.type')}</h2>
      <form
        noValidate
        onSubmit={(event) => {
          void confirm(event);
        }}
      >
        <CodeField
          inputRef={field}
          kind="app"
          label={t('totp.code')}
          hint={t('totp.codeHint')}
          value={code}
          error={problem}
          onChange={setCode}
        />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy || setup === undefined}>
            {busy ? t('setup.busy') : t('setup.confirm')}
          </button>
        </div>
      </form>
    </div>
  );
}

/** The key in groups of four, as authenticator apps show it; they ignore the spaces when it is typed. */
export function groupsOfFour(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}
