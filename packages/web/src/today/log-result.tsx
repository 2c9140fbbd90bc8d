/**
 * Shown once a walk is logged: what was walked of the plan ("2 of 5 min") and the pain, words that fit
 * how it went, and what happens next (log-result-message.ts chooses them).
 */
import { formatNumber, type Locale } from '@wandelcoach/engine';
import { useEffect, useId, useRef } from 'react';
import type { Translate } from '../i18n/catalogue.js';
import { CallButtons } from '../shell/call-buttons.js';
import { logResultMessage, type LoggedWalk } from './log-result-message.js';

export function LogResult(props: {
  t: Translate;
  locale: Locale;
  /** The walk as stored (a `Walk` from the API will do). */
  walk: LoggedWalk;
  plannedMinutes: number;
  /** The walk was ended with the stop button. */
  stopped?: boolean | undefined;
  /** The person's usual pain (the intake's `painNow`): with it, the words can say whether the plan holds. */
  usualPain?: number | undefined;
  /** Not sent yet: kept on this phone until there is a connection. */
  savedOnPhone?: boolean | undefined;
  onDone: () => void;
}) {
  const { t, locale, walk, plannedMinutes } = props;
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const message = logResultMessage(walk, {
    plannedMinutes,
    stopped: props.stopped === true,
    usualPain: props.usualPain ?? null,
  });

  // The result replaces the form: focus goes to its title, without scrolling past it.
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, []);

  const minutes = {
    walked: formatNumber(locale, walk.minutes),
    planned: formatNumber(locale, plannedMinutes),
  };
  return (
    <section aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('logResult.title')}
      </h1>
      {props.savedOnPhone === true && <p className="notice">{t('logResult.savedOnPhone')}</p>}
      <ul className="plain-list">
        <li>{t(walk.minutes > plannedMinutes ? 'logResult.walkedMore' : 'logResult.walked', minutes)}</li>
        <li>{t('logResult.pain', { pain: walk.painDuring })}</li>
      </ul>
      <p className="lead">{t(message.acknowledgement)}</p>
      <h2>{t('logResult.nextTitle')}</h2>
      <ul className="plain-list">
        {message.next.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      {message.callNow && <CallButtons t={t} />}
      <div className="actions">
        <button type="button" className="primary" onClick={props.onDone}>
          {t('logResult.toToday')}
        </button>
      </div>
    </section>
  );
}
