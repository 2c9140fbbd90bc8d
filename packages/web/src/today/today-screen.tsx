/**
 * Today's walks as large cards by part of the day, each done or not yet, with a way to start it with
 * guidance or to note how it went. The data comes from the today route; this only shows it.
 */
import { contentFor, type Locale, type PartOfDay } from '@wandelcoach/engine';
import type { ReactNode } from 'react';
import type { Today, Walk } from '../api/client.js';
import type { Translate } from '../i18n/catalogue.js';
import { sessionStates, sessionStateText } from './done.js';
import { MorningQuestion } from './morning-question.js';
import { DayHeading } from './day-heading.js';
import { MissedWalks } from './missed-walks.js';

const PART_KEYS: Readonly<Record<PartOfDay, `today.part.${PartOfDay}`>> = {
  morning: 'today.part.morning',
  afternoon: 'today.part.afternoon',
  evening: 'today.part.evening',
  any: 'today.part.any',
};

export function TodayScreen(props: {
  t: Translate;
  locale: Locale;
  today: Today;
  /** Today's walks come from this device because the server cannot be reached. */
  offline: boolean;
  /** Yesterday's walks still waiting for the next-morning pain. */
  morning: readonly Walk[];
  onMorning: (pain: number) => Promise<void>;
  /** What the outbox holds: walks and answers waiting on this phone, or refused. */
  notices?: ReactNode;
  /** Under today's walks, so the first walk stays on the first screen: the physiotherapist's change, the check-in. */
  afterWalks?: ReactNode;
  /** Said once, in the always-present status line (such as "thank you" for the morning answer). */
  status: string | undefined;
  onStart: (index: number) => void;
  onLog: (index: number) => void;
  onPlan: () => void;
  /** The plan has ended and the person chooses to fill in the questions again. */
  onRedoIntake: () => void;
}) {
  const { t, today } = props;
  const states = sessionStates(today.sessions, today.walked);
  // The coaching words in the app's language, looked up by code (the server's are in the intake's).
  const content = contentFor(props.locale);

  return (
    <>
      <DayHeading t={t} locale={props.locale} today={today} />
      {props.offline && <p className="notice">{t('today.offline')}</p>}
      {props.notices}
      {props.morning.length > 0 && <MorningQuestion t={t} onSave={props.onMorning} />}
      {/* Always there, so a screen reader hears the text when it appears. */}
      <p role="status" className={props.status === undefined ? 'quiet' : 'success'}>
        {props.status ?? ''}
      </p>
      {today.ended ? (
        <p className="lead">{today.ended.message}</p>
      ) : (
        today.sessions.length === 0 && (
          <p className="lead">{today.week === null ? t('today.noPlan') : t('today.rest')}</p>
        )
      )}
      <ol className="cards">
        {today.sessions.map((session, index) => {
          const state = states[index] ?? { state: 'open' };
          const open = state.state === 'open';
          return (
            <li key={index} className={open ? 'card' : `card ${state.state}`}>
              <h2 id={`card-${String(index)}`} tabIndex={-1}>
                {t(PART_KEYS[session.partOfDay])}: {content.purposes[session.purpose]}
              </h2>
              <p className="minutes">{t('today.minutes', { minutes: session.minutes })}</p>
              {session.treadmill !== null && (
                <p>
                  {t('today.treadmill', {
                    speed: session.treadmill.speedKmh,
                    incline: session.treadmill.inclinePercent,
                  })}
                </p>
              )}
              {session.supervised && <p className="warning">{t('today.supervised')}</p>}
              <p>
                {t('today.breathing', {
                  inhale: session.breathing.inhaleSteps,
                  exhale: session.breathing.exhaleSteps,
                })}
              </p>
              <ul className="cue-list">
                {session.cues.map((cue) => (
                  <li key={cue.code}>{content.cues[cue.code].label}</li>
                ))}
              </ul>
              <p className="state">
                {state.state === 'done' && '✓ '}
                {sessionStateText(t, props.locale, state)}
              </p>
              {open && (
                <div className="actions">
                  <button
                    type="button"
                    className="primary"
                    onClick={() => {
                      props.onStart(index);
                    }}
                  >
                    {t('today.startWalk')}
                  </button>
                  <button
                    type="button"
                    onClick={() => {
                      props.onLog(index);
                    }}
                  >
                    {t('today.log')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {props.afterWalks}
      {/* Below the cards: today's first walk stays on the first screen. */}
      {today.hasIntake && <MissedWalks t={t} locale={props.locale} today={today} />}
      <div className="actions">
        {today.ended && (
          <button type="button" className="primary" onClick={props.onRedoIntake}>
            {t('triage.redoIntake')}
          </button>
        )}
        <button type="button" onClick={props.onPlan}>
          {t('today.toPlan')}
        </button>
      </div>
    </>
  );
}
