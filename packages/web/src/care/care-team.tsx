/**
 * `/care-team`: the practices that follow the person's plan, since when and who invited them; a link
 * made under an older consent asks plainly for agreement again; and each link can be stopped, asked
 * once, after which the practice's access ends at once. Under them, the links that ended.
 */
import type { Locale } from '@wandelcoach/engine';
import { useEffect, useId, useRef, useState } from 'react';
import type { CareLink, EndedCareLink } from '../api/client.js';
import { errorMessage } from '../api/error-message.js';
import type { MessageKey, Translate } from '../i18n/catalogue.js';
import { AppLink } from '../components/app-link.js';
import { PATHS } from '../paths.js';
import { day } from './day.js';
import { EndedLinks } from './ended-links.js';
import './care.css';

/**
 * What a newer consent adds, in the app's words, for the versions this app knows. A version it does
 * not know yet is never agreed to unseen: the person is asked to update the app first.
 */
const NEWER_CONSENT: Readonly<Record<string, MessageKey>> = { 'care-team-2': 'care.team.care-team-2' };

function LinkCard(props: {
  t: Translate;
  locale: Locale;
  link: CareLink;
  onAgree: (link: CareLink, version: string) => Promise<void>;
  onEnd: (link: CareLink) => Promise<void>;
}) {
  const { t, link } = props;
  const id = useId();
  const practice = link.practice.name;
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const question = useRef<HTMLParagraphElement>(null);
  const endButton = useRef<HTMLButtonElement>(null);
  const newer = link.newerConsentVersion;
  const newerWords = newer === null ? undefined : NEWER_CONSENT[newer];

  useEffect(() => {
    if (asking) question.current?.focus();
  }, [asking]);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setProblem(undefined);
    try {
      await action();
    } catch (error) {
      setProblem(errorMessage(error, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="care-link">
      <h2 id={`${id}-name`}>{practice}</h2>
      <p>
        {link.clinician.kind === 'clinician' && link.clinician.displayName !== null
          ? t('care.team.invitedBy', { name: link.clinician.displayName })
          : t('care.team.invitedByFormer')}
        <br />
        {t('care.team.since', { date: day(props.locale, link.since) })}
      </p>
      {newer !== null && (
        <section className="notice" aria-labelledby={`${id}-consent`}>
          <h3 id={`${id}-consent`}>{t('care.team.needsConsent')}</h3>
          <p>{t('care.team.readOnly')}</p>
          <p>{t(newerWords ?? 'care.team.unknownConsent')}</p>
          {newerWords !== undefined && (
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => void run(() => props.onAgree(link, newer))}
            >
              {t('care.team.agree')}
            </button>
          )}
        </section>
      )}
      {asking ? (
        <div className="danger-zone">
          <p ref={question} tabIndex={-1}>
            {t('care.team.endAsk', { practice })}
          </p>
          <div className="actions">
            <button
              type="button"
              className="danger"
              disabled={busy}
              onClick={() => void run(() => props.onEnd(link))}
            >
              {t('care.team.endYes')}
            </button>
            <button
              type="button"
              onClick={() => {
                setAsking(false);
                // Back where the person was, not at the top of the page.
                requestAnimationFrame(() => endButton.current?.focus());
              }}
            >
              {t('care.team.endNo')}
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <button
            ref={endButton}
            type="button"
            onClick={() => {
              setAsking(true);
            }}
          >
            {t('care.team.end', { practice })}
          </button>
        </div>
      )}
      {problem !== undefined && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
    </li>
  );
}

export function CareTeam(props: {
  t: Translate;
  locale: Locale;
  links: readonly CareLink[];
  /** The links that ended, the most recently ended first. */
  ended: readonly EndedCareLink[];
  /** Said once in the always-present status line: linked, agreed, stopped. */
  status: string | undefined;
  onAgree: (link: CareLink, version: string) => Promise<void>;
  onEnd: (link: CareLink) => Promise<void>;
}) {
  const { t } = props;
  return (
    <>
      <h1>{t('care.team.title')}</h1>
      <p role="status" className={props.status === undefined ? 'quiet' : 'success'}>
        {props.status ?? ''}
      </p>
      {props.links.length === 0 ? (
        // Not "yet" for someone whose practice ended the link: they were linked, and may link again.
        <p className="lead">{t(props.ended.length === 0 ? 'care.team.none' : 'care.team.noneNow')}</p>
      ) : (
        <>
          <p className="lead">{t('care.team.intro')}</p>
          <ul className="cards">
            {props.links.map((link) => (
              <LinkCard
                key={link.id}
                t={t}
                locale={props.locale}
                link={link}
                onAgree={props.onAgree}
                onEnd={props.onEnd}
              />
            ))}
          </ul>
        </>
      )}
      <EndedLinks t={t} locale={props.locale} ended={props.ended} />
      <ul className="stack-links">
        <li>
          <AppLink className="button-link" href={PATHS.link}>
            {t('care.team.link')}
          </AppLink>
        </li>
        <li>
          <AppLink className="button-link" href={PATHS.accessLog}>
            {t('care.settings.log')}
          </AppLink>
        </li>
      </ul>
    </>
  );
}
