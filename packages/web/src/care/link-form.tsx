/**
 * `/link`: the code and year of birth a physiotherapist gave. Nothing is linked here: the server's
 * preview leads to the consent, which the person reads before they agree. Signed out, the screen asks
 * to sign in or make an account first; the code is kept for this tab meanwhile.
 */
import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { ApiError, type ApiClient, type LinkPreview } from '../api/client.js';
import { errorMessage } from '../api/error-message.js';
import type { Translate } from '../i18n/catalogue.js';
import { AppLink } from '../components/app-link.js';
import { PATHS } from '../paths.js';
import { checkBirthYear, checkCode, showCode } from './link-code.js';
import './care.css';

/** What the consent screen needs: what was typed, and what the server said it would allow. */
export interface LinkAsked {
  code: string;
  birthYear: number;
  preview: LinkPreview;
}

function wrongInvite(error: unknown): boolean {
  return (
    error instanceof ApiError && (error.problem?.errors ?? []).some((field) => field.code === 'invalid-link')
  );
}

type Problem = { field: 'code' | 'year' | 'form'; text: string };

export function LinkForm(props: {
  t: Translate;
  api: ApiClient;
  /** From the link's `#code=…`, or kept while the person signed in. */
  code: string | undefined;
  onPreview: (asked: LinkAsked) => void;
  /** The year to check against: a year of birth is never later. */
  thisYear?: number;
}) {
  const { t } = props;
  const id = useId();
  const [code, setCode] = useState(() => (props.code === undefined ? '' : showCode(props.code)));
  const [year, setYear] = useState('');
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const codeField = useRef<HTMLInputElement>(null);
  const yearField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (problem?.field === 'code') codeField.current?.focus();
    if (problem?.field === 'year') yearField.current?.focus();
  }, [problem]);

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    const checkedCode = checkCode(code);
    if (!checkedCode.ok) {
      setProblem({ field: 'code', text: t(checkedCode.problem) });
      return;
    }
    const checkedYear = checkBirthYear(year, props.thisYear ?? new Date().getFullYear());
    if (!checkedYear.ok) {
      setProblem({ field: 'year', text: t(checkedYear.problem) });
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      const asked = { code: checkedCode.value, birthYear: checkedYear.value };
      const preview = await props.api.previewLink(asked);
      props.onPreview({ ...asked, preview });
    } catch (error) {
      // The server never says which of the two was wrong, and neither does the app.
      setProblem({
        field: 'form',
        text: wrongInvite(error) ? t('care.link.invalid') : errorMessage(error, t),
      });
    } finally {
      setBusy(false);
    }
  }

  const describedBy = (field: 'code' | 'year') =>
    `${id}-${field}-help${problem?.field === field ? ` ${id}-${field}-error` : ''}`;

  return (
    <>
      <h1>{t('care.link.title')}</h1>
      <p className="lead">{t('care.link.intro')}</p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label htmlFor={`${id}-code`}>{t('care.link.code')}</label>
          <p id={`${id}-code-help`} className="hint">
            {t('care.link.code.help')}
          </p>
          <input
            ref={codeField}
            id={`${id}-code`}
            className="code-input"
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            value={code}
            aria-invalid={problem?.field === 'code'}
            aria-describedby={describedBy('code')}
            onChange={(event) => {
              setCode(event.target.value);
            }}
          />
          {problem?.field === 'code' && (
            <p id={`${id}-code-error`} role="alert" className="error">
              {problem.text}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-year`}>{t('care.link.year')}</label>
          <p id={`${id}-year-help`} className="hint">
            {t('care.link.year.help')}
          </p>
          <input
            ref={yearField}
            id={`${id}-year`}
            className="short-year"
            type="text"
            inputMode="numeric"
            autoComplete="bday-year"
            value={year}
            aria-invalid={problem?.field === 'year'}
            aria-describedby={describedBy('year')}
            onChange={(event) => {
              setYear(event.target.value);
            }}
          />
          {problem?.field === 'year' && (
            <p id={`${id}-year-error`} role="alert" className="error">
              {problem.text}
            </p>
          )}
        </div>
        {problem?.field === 'form' && (
          <p role="alert" className="error">
            {problem.text}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('care.link.next')}
          </button>
        </div>
      </form>
    </>
  );
}

/** `/link` signed out: sign in or make an account first; the code waits on this tab. */
export function LinkSignInFirst(props: { t: Translate; code: string | undefined }) {
  const { t } = props;
  return (
    <>
      <h1>{t('care.link.title')}</h1>
      <p className="lead">{t('care.link.signInFirst')}</p>
      {props.code !== undefined && <p>{t('care.link.codeKept', { code: showCode(props.code) })}</p>}
      <ul className="stack-links">
        <li>
          <AppLink className="button-link primary-link" href={PATHS.signIn}>
            {t('care.link.signIn')}
          </AppLink>
        </li>
        <li>
          <AppLink className="button-link" href={PATHS.signUp}>
            {t('care.link.signUp')}
          </AppLink>
        </li>
      </ul>
    </>
  );
}
