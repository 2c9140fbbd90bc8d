/** Today's walks as large cards by part of the day, each done or not yet, with a way to log it. */
import { contentFor, type Locale, type PartOfDay, type PlanOutput } from '@wandelcoach/engine';
import { useCallback, useEffect, useRef, useState } from 'react';
import { OfflineError, type ApiClient, type Today, type Walk } from '../api/client.js';
import { browserStorage } from '../locale.js';
import { localToday } from '../today.js';
import { rememberedToday, rememberToday, type Owner } from './today-cache.js';
import type { Translate } from '../i18n/index.js';
import { errorMessage } from '../api/error-message.js';
import { doneSessions } from './done.js';
import { LogForm } from './log-form.js';
import { MorningQuestion } from './morning-question.js';
import { awaitingMorningPain } from './morning.js';
import { GuidedWalk } from '../walk/guided-walk.js';

const PART_KEYS: Readonly<Record<PartOfDay, `today.part.${PartOfDay}`>> = {
  morning: 'today.part.morning',
  afternoon: 'today.part.afternoon',
  evening: 'today.part.evening',
  any: 'today.part.any',
};

/** What the app already asked the server, to choose its first screen: used once, not asked again. */
export interface FirstAnswers {
  today: Today;
  /** Asked beside the session at start; else the screen asks. */
  walks?: Promise<Walk[]> | undefined;
}

export function TodayScreen(props: {
  t: Translate;
  owner: Owner;
  locale: Locale;
  api: ApiClient;
  first?: FirstAnswers | undefined;
  onPlan: () => void;
  /** The plan has ended and the person chooses to fill in the questions again. */
  onRedoIntake: () => void;
  /** New warning signs were logged: the safety check has something to say before any more walking. */
  onTriageChanged: (output: PlanOutput) => void;
}) {
  const { t } = props;
  // Shown only with the walks too (below), so the morning question never pushes the cards down.
  const [today, setToday] = useState<Today>();
  /** Used once, by the first load; later loads ask the server again. */
  const first = useRef(props.first);
  const [failure, setFailure] = useState<string>();
  const [logging, setLogging] = useState<number>();
  const [walking, setWalking] = useState<number>();
  /** Minutes the guided walk measured, to start the log with. */
  const [walked, setWalked] = useState<number>();
  const [saved, setSaved] = useState(false);
  /** True when today's walks come from the device because the server cannot be reached. */
  const [offline, setOffline] = useState(false);
  const [morning, setMorning] = useState<Walk[]>([]);
  const [morningSaved, setMorningSaved] = useState(false);
  /** The card to put focus back on when the form inside it closes, so keyboard users stay in place. */
  const [focusCard, setFocusCard] = useState<number>();

  useEffect(() => {
    if (focusCard === undefined) return;
    document.getElementById(`card-${String(focusCard)}`)?.focus();
    setFocusCard(undefined);
  }, [focusCard, today]);

  const load = useCallback(async () => {
    try {
      const known = first.current;
      first.current = undefined;
      const [day, walks] = await Promise.all([
        known?.today ?? props.api.today(),
        known?.walks ?? props.api.walks(),
      ]);
      rememberToday(browserStorage(), props.owner, day);
      setMorning(awaitingMorningPain(walks, day.date));
      setToday(day);
      setOffline(false);
    } catch (error) {
      const kept =
        error instanceof OfflineError
          ? rememberedToday(browserStorage(), props.owner.id, localToday())
          : undefined;
      if (kept === undefined) {
        setFailure(errorMessage(error, t));
        return;
      }
      setToday(kept);
      setOffline(true);
    }
  }, [props.api, props.owner, t]);

  useEffect(() => {
    void load();
  }, [load]);

  if (failure !== undefined) {
    return (
      <p role="alert" className="error">
        {failure}
      </p>
    );
  }
  if (today === undefined) return null;

  const walkingSession = walking === undefined ? undefined : today.sessions[walking];
  if (walking !== undefined && walkingSession !== undefined) {
    return (
      <GuidedWalk
        session={walkingSession}
        locale={props.locale}
        t={t}
        onCancel={() => {
          setWalking(undefined);
        }}
        onDone={(result) => {
          setWalking(undefined);
          setWalked(result.minutes);
          setLogging(walking);
        }}
      />
    );
  }

  const done = doneSessions(today.sessions, today.walked);
  // The coaching words in the app's language, looked up by code (the server's are in the intake's).
  const content = contentFor(props.locale);

  return (
    <>
      <h1>{t('today.title')}</h1>
      {offline && <p className="notice">{t('today.offline')}</p>}
      {morning.length > 0 && (
        <MorningQuestion
          t={t}
          api={props.api}
          walks={morning}
          onSaved={() => {
            setMorning([]);
            setMorningSaved(true);
          }}
        />
      )}
      {/* Always there, so a screen reader hears the text when it appears. */}
      <p role="status" className={morningSaved || saved ? 'success' : 'quiet'}>
        {saved ? t('log.saved') : morningSaved ? t('morning.saved') : ''}
      </p>
      {today.ended ? (
        <p className="lead">{today.ended.message}</p>
      ) : (
        today.sessions.length === 0 && (
          <p className="lead">{today.week === null ? t('today.noPlan') : t('today.rest')}</p>
        )
      )}
      <ol className="cards">
        {today.sessions.map((session, index) => (
          <li key={index} className={done[index] ? 'card done' : 'card'}>
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
            <p className="state">{done[index] ? `✓ ${t('today.done')}` : t('today.notDone')}</p>
            {!done[index] && logging !== index && (
              <div className="actions">
                <button
                  type="button"
                  className="primary"
                  onClick={() => {
                    setSaved(false);
                    setWalking(index);
                  }}
                >
                  {t('today.startWalk')}
                </button>
                <button
                  type="button"
                  onClick={() => {
                    setSaved(false);
                    setWalked(undefined);
                    setLogging(index);
                  }}
                >
                  {t('today.log')}
                </button>
              </div>
            )}
            {logging === index && (
              <LogForm
                t={t}
                locale={props.locale}
                api={props.api}
                date={today.date}
                kind={session.kind}
                plannedMinutes={walked ?? session.minutes}
                onCancel={() => {
                  setLogging(undefined);
                  setFocusCard(index);
                }}
                onSaved={(walk) => {
                  setLogging(undefined);
                  setFocusCard(index);
                  setSaved(true);
                  if (walk.newSymptoms.length > 0) {
                    void props.api.plan().then((output) => {
                      if (output !== undefined) props.onTriageChanged(output);
                    });
                    return;
                  }
                  void load();
                }}
              />
            )}
          </li>
        ))}
      </ol>
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
