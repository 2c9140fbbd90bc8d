/**
 * On today: a card offering the questions when they are due (start, week 6, week 12). Asked after
 * today's walks show; a server without the questions, or no connection, shows nothing.
 */
import { useId } from 'react';
import { useLocation } from 'wouter';
import { useApp } from '../app-context.js';
import { PATHS } from '../paths.js';
import { useOutcomeMeasures } from './hooks.js';

export function CheckInCard() {
  const { t } = useApp();
  const id = useId();
  const [, navigate] = useLocation();
  const measures = useOutcomeMeasures();
  if (measures.status !== 'done' || measures.data.due === null) return null;
  return (
    <section aria-labelledby={id} className="card">
      <h2 id={id}>{t('checkin.title')}</h2>
      <p>{t('checkin.card.text')}</p>
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={() => {
            navigate(PATHS.checkIn);
          }}
        >
          {t('checkin.card.open')}
        </button>
      </div>
    </section>
  );
}
