/**
 * One reason the engine gave: its words, and the source it rests on by a name a person understands,
 * as a link to what that source says (`/sources#SPIKE`). The caller keeps the list item around it.
 * A decision a physiotherapist made (`source: "CLINICIAN"`) is marked as theirs, by name, with the
 * reason they gave, so it never reads as the app's own rule.
 */
import { sourceName, type Locale, type Reason } from '@wandelcoach/engine';
import '../care/care.css';
import { useContext, type MouseEvent } from 'react';
import { navigate } from 'wouter/use-browser-location';
import { AppContext } from '../app-context.js';
import type { Translate } from '../i18n/index.js';
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

/**
 * A plain click moves within the app, as wouter's `<Link>` does; a click meant for a new tab or window
 * is left to the browser. Not `<Link>` itself: it is a component of wouter's React build, which the
 * screens' render tests (Preact, without the app's aliases) cannot draw.
 */
function openInApp(event: MouseEvent<HTMLAnchorElement>): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(event.currentTarget.getAttribute('href') ?? '/');
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
