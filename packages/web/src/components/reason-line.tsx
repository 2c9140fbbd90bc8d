/**
 * One reason the engine gave: its words, and the source it rests on by a name a person understands,
 * as a link to what that source says (`/sources#SPIKE`). The caller keeps the list item around it.
 * A decision a physiotherapist made (`source: "CLINICIAN"`) is marked as theirs, by name, with the
 * reason they gave, so it never reads as the app's own rule.
 */
import { sourceName, type Locale, type Reason } from '@wandelcoach/engine';
import '../care/care.css';
import { useContext } from 'react';
import { AppContext } from '../app-context.js';
import type { Translate } from '../i18n/catalogue.js';
import { openInApp } from './app-link.js';
import { sourcePath } from '../source-address.js';

export interface ReasonLineProps {
  /** The engine's reason (the API's answers type its `code` as any string: only words and source count here). */
  reason: Pick<Reason, 'message' | 'source'> & {
    by?: Reason['by'] | undefined;
    clinicianReason?: string | undefined;
  };
  /**
   * The language of the reason's words: the engine writes them in the intake's language, which may
   * differ from the app's.
   */
  lang: Locale;
  /** The app's words and language: the source's name is in them, like the screen it links to. */
  t: Translate;
  /**
   * The app's language, where the screen has it at hand; else the app's own (a screen drawn outside
   * the app, as in a test, falls back to the words' language).
   */
  locale?: Locale | undefined;
}

export function ReasonLine({ reason, lang, t, locale }: ReasonLineProps) {
  const app = useContext(AppContext);
  const named = locale ?? app?.locale ?? lang;
  if (reason.source === 'CLINICIAN' && reason.by !== undefined) {
    const own = reason.clinicianReason;
    return (
      <span className="clinician-change">
        <strong className="clinician-label">{t('care.reason.label', { name: reason.by.name })}</strong>
        <span lang={lang}>{reason.message}</span>
        {/* Most of the engine's words quote the reason already; the others get it here. */}
        {own !== undefined && own.trim() !== '' && !reason.message.includes(own) && (
          <span className="clinician-reason">{t('care.reason.why', { reason: own })}</span>
        )}
        <SourceLink reason={reason} t={t} locale={named} />
      </span>
    );
  }
  return (
    <>
      <span lang={lang}>{reason.message}</span> <SourceLink reason={reason} t={t} locale={named} />
    </>
  );
}

function SourceLink(props: { reason: Pick<Reason, 'source'>; t: Translate; locale: Locale }) {
  return (
    <span className="source">
      <a href={sourcePath(props.reason.source)} onClick={openInApp}>
        {props.t('triage.source', { source: sourceName(props.locale, props.reason.source) })}
      </a>
    </span>
  );
}
