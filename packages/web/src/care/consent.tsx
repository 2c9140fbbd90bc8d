/**
 * `/link/consent`: before anything is linked, in plain words: which practice and physiotherapist, by
 * which name they know the person, what they can see and do, that every look is written down, and
 * that it can be stopped at any time. The words of what is agreed to come from the server, in the
 * account's language, with the version that is sent back on agreeing.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { ApiError, type ApiClient, type CareLink } from '../api/client.js';
import { errorMessage } from '../api/error-message.js';
import type { Translate } from '../i18n/catalogue.js';
import type { LinkAsked } from './link-form.js';
import './care.css';

export function Consent(props: {
  t: Translate;
  api: ApiClient;
  asked: LinkAsked;
  onLinked: (link: CareLink) => void;
  onCancel: () => void;
}) {
  const { t } = props;
  const id = useId();
  const [asked, setAsked] = useState(props.asked);
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const problemLine = useRef<HTMLParagraphElement>(null);
  const { preview } = asked;
  const { consent } = preview;

  useEffect(() => {
    if (problem !== undefined) problemLine.current?.focus();
  }, [problem]);

  async function agree() {
    setBusy(true);
    setProblem(undefined);
    try {
      props.onLinked(
        await props.api.acceptLink({
          code: asked.code,
          birthYear: asked.birthYear,
          consentVersion: consent.version,
        }),
      );
    } catch (error) {
      setProblem(await whyRefused(error));
    } finally {
      setBusy(false);
    }
  }

  /**
   * A 409 is one of two things: the consent changed since it was shown (show the new one), or the
   * person is linked with this practice already. Asking for the preview again tells them apart.
   */
  async function whyRefused(error: unknown): Promise<string> {
    if (!(error instanceof ApiError && error.status === 409)) return errorMessage(error, t);
    try {
      const fresh = await props.api.previewLink({ code: asked.code, birthYear: asked.birthYear });
      if (fresh.consent.version !== consent.version) {
        setAsked({ ...asked, preview: fresh });
        return t('care.consent.changed');
      }
    } catch {
      // The invite may be used up meanwhile; "already linked" is still what the 409 said.
    }
    return t('care.consent.already');
  }

  const parts = [
    ['read', 'care.consent.read', consent.words.read],
    ['change', 'care.consent.change', consent.words.change],
    ['never', 'care.consent.never', consent.words.never],
    ['stop', 'care.consent.stop', consent.words.revoke],
  ] as const;

  return (
    <>
      <h1>{t('care.consent.title', { practice: preview.practice.name })}</h1>
      <p className="lead">
        {preview.clinician.displayName === null
          ? t('care.consent.whoUnnamed', { practice: preview.practice.name, name: preview.patientName })
          : t('care.consent.who', {
              clinician: preview.clinician.displayName,
              practice: preview.practice.name,
              name: preview.patientName,
            })}
      </p>
      {parts.map(([part, heading, words]) => (
        <section key={part} className="consent-part" aria-labelledby={`${id}-${part}`}>
          <h2 id={`${id}-${part}`}>{t(heading)}</h2>
          <p lang={consent.locale}>{words}</p>
        </section>
      ))}
      <p className="notice">{t('care.consent.logged')}</p>
      {problem !== undefined && (
        <p ref={problemLine} tabIndex={-1} role="alert" className="error">
          {problem}
        </p>
      )}
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void agree()}>
          {t('care.consent.agree')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('care.consent.cancel')}
        </button>
      </div>
    </>
  );
}
