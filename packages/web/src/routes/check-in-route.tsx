/** `/check-in`: the questions about pain and daily activities, when they are due. */
import { useState } from 'react';
import { useLocation } from 'wouter';
import { useApp } from '../app-context.js';
import { CheckInForm } from '../check-in/check-in-form.js';
import { OUTCOME_MEASURES_KEY, useOutcomeMeasures } from '../check-in/hooks.js';
import { PATHS } from '../paths.js';
import { LoadFailed } from './load-failed.js';

export function CheckInRoute() {
  const { t, locale, api, queries } = useApp();
  const [, navigate] = useLocation();
  const measures = useOutcomeMeasures();
  const [said, setSaid] = useState<string>();
  if (measures.status === 'loading') return null;
  if (measures.status === 'failed') return <LoadFailed error={measures.error} retry={measures.reload} />;
  const { due } = measures.data;
  const asking = said === undefined && due !== null;
  return (
    <>
      {asking ? (
        <CheckInForm
          t={t}
          locale={locale}
          api={api}
          due={due}
          onDone={(words) => {
            setSaid(words);
            queries.invalidate(OUTCOME_MEASURES_KEY);
          }}
        />
      ) : (
        <>
          <h1>{t('checkin.title')}</h1>
          {said === undefined && <p className="lead">{t('checkin.notDue')}</p>}
        </>
      )}
      {/* Always there, so a screen reader hears the thanks when it appears. */}
      <p role="status" className={said === undefined ? 'quiet' : 'success'}>
        {said ?? ''}
      </p>
      {!asking && (
        <div className="actions">
          <button
            type="button"
            className="primary"
            onClick={() => {
              navigate(PATHS.today);
            }}
          >
            {t('checkin.toToday')}
          </button>
        </div>
      )}
    </>
  );
}
