/**
 * `/access-log`: who looked at or changed the person's data, for which practice, when; newest first,
 * a page at a time ("show older ones" asks for the next).
 */
import type { Locale } from '@wandelcoach/engine';
import { useState } from 'react';
import type { AccessLog, ApiClient } from '../api/client.js';
import { errorMessage } from '../api/error-message.js';
import type { Translate } from '../i18n/catalogue.js';
import { accessLine } from './access-words.js';
import './care.css';

export function AccessLogScreen(props: { t: Translate; locale: Locale; api: ApiClient; first: AccessLog }) {
  const { t } = props;
  const [older, setOlder] = useState<AccessLog[]>([]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const pages = [props.first, ...older];
  const entries = pages.flatMap((page) => page.entries);
  const next = pages[pages.length - 1]?.next ?? null;

  async function more(before: string) {
    setBusy(true);
    setProblem(undefined);
    try {
      const page = await props.api.accessLog(before);
      setOlder((known) => [...known, page]);
    } catch (error) {
      setProblem(errorMessage(error, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <h1>{t('care.log.title')}</h1>
      <p className="lead">{t('care.log.intro')}</p>
      {entries.length === 0 ? (
        <p>{t('care.log.none')}</p>
      ) : (
        <ol className="access-log">
          {entries.map((entry, index) => {
            const line = accessLine(entry, t, props.locale);
            return (
              <li key={`${entry.at}-${String(index)}`}>
                <span className="when">
                  <time dateTime={entry.at}>{line.when}</time>
                </span>
                <span className="what">{line.sentence}</span>
                {line.practice !== undefined && <span>{line.practice}</span>}
              </li>
            );
          })}
        </ol>
      )}
      {problem !== undefined && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      {next !== null && (
        <div className="actions">
          <button type="button" disabled={busy} onClick={() => void more(next)}>
            {t('care.log.more')}
          </button>
        </div>
      )}
    </>
  );
}
