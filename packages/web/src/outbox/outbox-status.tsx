/**
 * What the outbox holds, where the person looks for their walks (today, the plan): how many walks and
 * answers wait on this phone to be sent, and each one the server refused, with what is wrong and a
 * button to let it go. Nothing refused disappears without the person's say.
 */
import { useApp } from '../app-context.js';
import { useOutbox } from '../data/hooks.js';
import { recordInWords, refusedMessage } from './refused-message.js';

export function OutboxStatus() {
  const { t, locale, outbox, session } = useApp();
  const view = useOutbox();
  if (view.status !== 'done' || session.status === 'checking' || session.status === 'signed-out') return null;
  const owner = session.account.id;
  const { records, unreadable } = view.data;
  const waiting = records.filter((record) => record.state === 'waiting').length;
  const refused = records.filter((record) => record.state === 'refused');
  return (
    <>
      {waiting > 0 && <p className="notice">{t('outbox.waiting', { count: waiting })}</p>}
      {unreadable > 0 && <p className="notice">{t('outbox.unreadable', { count: unreadable })}</p>}
      {refused.length > 0 && (
        <section className="panel" aria-labelledby="outbox-refused">
          <h2 id="outbox-refused" className="error">
            {t('outbox.refused.title')}
          </h2>
          <ul className="plain-list">
            {refused.map((record) => (
              <li key={record.seq}>
                <p>
                  <strong>{recordInWords(record, t, locale)}</strong>
                </p>
                {record.problem !== undefined && <p>{refusedMessage(record.problem, t)}</p>}
                <p>{t('outbox.refused.advice')}</p>
                <button
                  type="button"
                  onClick={() => {
                    void outbox.discard(owner, record.seq);
                  }}
                >
                  {t('outbox.refused.remove')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
