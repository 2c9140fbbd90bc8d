/**
 * The guided walk on screen, made to be used with one hand while walking. It fills the screen: the
 * time left, pause and the big stop button stay in view at any text size, and everything else (the
 * breathing rhythm, the tips, the walk's settings) sits below them in a part that scrolls on its own.
 * A walk the engine marked `supervised` first asks whether the supervisor is there. The stop button
 * ends the walk at once and says what to do now.
 */
import { contentFor, type Locale } from '@wandelcoach/engine';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { TodaySession } from '../api/client.js';
import { Toggle } from '../components/choices.js';
import type { Translate } from '../i18n/catalogue.js';
import { browserStorage } from '../locale.js';
import { browserPorts } from './browser-ports.js';
import { CadenceField } from './cadence-field.js';
import './guided-walk.css';
import type { WalkPorts } from './ports.js';
import { SessionPlayer, type PlayerSnapshot } from './session-player.js';
import { answerSupervisorQuestion, openingGate, walkMayStart, type WalkGate } from './supervisor-check.js';
import { loadWalkSettings, saveWalkSettings, type WalkSettings } from './walk-settings.js';

export interface WalkResult {
  /** Minutes walked, rounded to the half minute the log takes. */
  minutes: number;
  stopped: boolean;
}

export interface GuidedWalkProps {
  session: TodaySession;
  locale: Locale;
  t: Translate;
  /** The device; the browser's unless a test gives its own. */
  ports?: WalkPorts;
  onDone: (result: WalkResult) => void;
  /** Back to today without walking (before the start, or when the supervisor is not there). */
  onCancel: () => void;
}

function clock(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${String(Math.floor(seconds / 60))}:${String(seconds % 60).padStart(2, '0')}`;
}

export function GuidedWalk(props: GuidedWalkProps) {
  const { t, session, locale } = props;
  const id = useId();
  const content = contentFor(locale);
  const storage = browserStorage();
  const [gate, setGate] = useState<WalkGate>(() => openingGate(session));
  const [settings, setSettings] = useState<WalkSettings>(() => loadWalkSettings(storage));
  const player = useMemo(
    () =>
      new SessionPlayer(
        {
          kind: session.kind,
          minutes: session.minutes,
          supervised: session.supervised,
          breathing: session.breathing,
          cueSentences: session.cues.map((cue) => content.cues[cue.code].spoken),
        },
        props.ports ?? browserPorts(locale),
        content.spoken,
        settings,
      ),
    // One player per walk: settings changes go to it through setOptions.
    [session, locale, props.ports],
  );
  const [snapshot, setSnapshot] = useState<PlayerSnapshot>(() => player.snapshot());

  useEffect(() => {
    const unsubscribe = player.subscribe(setSnapshot);
    return () => {
      unsubscribe();
      player.dispose();
    };
  }, [player]);

  useEffect(() => {
    saveWalkSettings(storage, settings);
    player.setOptions(settings);
  }, [settings, player, storage]);

  // Each change of screen within the walk (question → walk, walk → stopped) moves focus to the new
  // heading, so a screen reader says where the person is. The first screen is the route's to focus.
  const screen = walkMayStart(gate) ? (snapshot.state === 'stopped' ? 'stopped' : 'walk') : gate;
  const heading = useRef<HTMLHeadingElement>(null);
  const screenShown = useRef(screen);
  useEffect(() => {
    if (screenShown.current === screen) return;
    screenShown.current = screen;
    heading.current?.focus();
  }, [screen]);

  const result = (): WalkResult => ({
    minutes: Math.round((snapshot.elapsedMs / 60_000) * 2) / 2,
    stopped: snapshot.state === 'stopped',
  });

  if (gate === 'ask-supervisor') {
    return (
      <section className="walk-check" aria-labelledby={`${id}-check`}>
        <h1 id={`${id}-check`} ref={heading} tabIndex={-1}>
          {t('walk.supervisor.question')}
        </h1>
        <p className="walk-check-walk">
          {content.purposes[session.purpose]}, {t('today.minutes', { minutes: session.minutes })}
        </p>
        <p className="lead">{t('today.supervised')}</p>
        <div className="walk-check-answers">
          <button
            type="button"
            className="primary big"
            onClick={() => {
              setGate(answerSupervisorQuestion(true));
            }}
          >
            {t('walk.supervisor.yes')}
          </button>
          <button
            type="button"
            className="big"
            onClick={() => {
              setGate(answerSupervisorQuestion(false));
            }}
          >
            {t('walk.supervisor.no')}
          </button>
        </div>
      </section>
    );
  }

  if (gate === 'supervisor-absent') {
    return (
      <section className="walk-check" aria-labelledby={`${id}-absent`}>
        <h1 id={`${id}-absent`} ref={heading} tabIndex={-1}>
          {t('walk.supervisor.absent.title')}
        </h1>
        <p className="lead">{t('walk.supervisor.absent.text')}</p>
        <div className="walk-check-answers">
          <button type="button" className="primary big" onClick={props.onCancel}>
            {t('walk.back')}
          </button>
          <button
            type="button"
            className="big"
            onClick={() => {
              setGate(answerSupervisorQuestion(true));
            }}
          >
            {t('walk.supervisor.arrived')}
          </button>
        </div>
      </section>
    );
  }

  if (snapshot.state === 'stopped') {
    return (
      <section className="stopped walk-stopped" aria-labelledby={`${id}-stopped`}>
        <h1 id={`${id}-stopped`} ref={heading} tabIndex={-1}>
          {content.stopNow.title}
        </h1>
        <h2>{t('walk.stopped.dizzy')}</h2>
        <ol>
          {content.stopNow.dizzy.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
        <h2>{t('walk.stopped.pain')}</h2>
        <ol>
          {content.stopNow.pain.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
        <h2>{t('walk.stopped.call')}</h2>
        <ul>
          {content.stopNow.callSomeone.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <div className="actions">
          <button
            type="button"
            className="primary"
            onClick={() => {
              props.onDone(result());
            }}
          >
            {t('walk.stopped.toLog')}
          </button>
        </div>
      </section>
    );
  }

  const breath = snapshot.breath;
  const walking = snapshot.state === 'walking';
  const phase = breath.phase === 'in' ? t('walk.breatheIn') : t('walk.breatheOut');

  return (
    <section className="guided-walk" aria-labelledby={`${id}-title`}>
      {/* What a person needs in a hurry: never scrolled away. */}
      <div className="walk-now">
        <h1 id={`${id}-title`} ref={heading} tabIndex={-1} className="walk-title">
          {content.purposes[session.purpose]}
        </h1>
        <p className="timer" role="timer" aria-label={t('walk.timeLeft')}>
          {clock(snapshot.remainingMs)}
        </p>
        {/* Paused, the word takes the progress bar's place: one line less above the stop button. */}
        {snapshot.state === 'paused' ? (
          <p className="state">{t('walk.paused')}</p>
        ) : (
          <progress
            className="walk-progress"
            value={snapshot.elapsedMs}
            max={player.totalMs}
            aria-hidden="true"
          />
        )}
        {snapshot.state === 'finished' && (
          <p className="state" role="status">
            {t('walk.finished')}
          </p>
        )}
        <div className="walk-controls">
          {snapshot.state === 'ready' && (
            <button
              type="button"
              className="primary big"
              onClick={() => {
                player.start();
              }}
            >
              {t('walk.start')}
            </button>
          )}
          {walking && (
            <button
              type="button"
              className="big"
              onClick={() => {
                player.pause();
              }}
            >
              {t('walk.pause')}
            </button>
          )}
          {snapshot.state === 'paused' && (
            <button
              type="button"
              className="primary big"
              onClick={() => {
                player.resume();
              }}
            >
              {t('walk.resume')}
            </button>
          )}
          {(walking || snapshot.state === 'paused') && (
            <button
              type="button"
              className="big"
              onClick={() => {
                player.finish();
              }}
            >
              {t('walk.finish')}
            </button>
          )}
          {snapshot.state === 'finished' && (
            <button
              type="button"
              className="primary big"
              onClick={() => {
                props.onDone(result());
              }}
            >
              {t('today.log')}
            </button>
          )}
        </div>
        {snapshot.state !== 'finished' && (
          <button
            type="button"
            className="stop-button"
            onClick={() => {
              player.stopForSafety();
            }}
          >
            {t('walk.stop')}
          </button>
        )}
      </div>
      {/* The rest: useful, not urgent; it scrolls within the space left. */}
      <div className="walk-more">
        {session.supervised && <p className="warning">{t('today.supervised')}</p>}
        {session.treadmill !== null && (
          <p className="treadmill">
            {t('today.treadmill', {
              speed: session.treadmill.speedKmh,
              incline: session.treadmill.inclinePercent,
            })}
          </p>
        )}
        {walking && (
          <div className={`breath breath-${breath.phase}`} aria-hidden="true">
            <span className="breath-dot" />
            <span>{t('walk.breathStep', { phase, step: breath.step })}</span>
          </div>
        )}
        {session.cues.length > 0 && (
          <>
            <h2 className="walk-tips-title">{t('walk.tips')}</h2>
            <ul className="cue-list">
              {session.cues.map((cue) => (
                <li key={cue.code}>{content.cues[cue.code].label}</li>
              ))}
            </ul>
          </>
        )}
        <details className="walk-settings">
          <summary>{t('walk.settings')}</summary>
          <Toggle
            label={t('walk.speech')}
            checked={settings.speech}
            onChange={(speech) => {
              setSettings({ ...settings, speech });
            }}
          />
          <Toggle
            label={t('walk.pulse')}
            checked={settings.breathingPulse}
            onChange={(breathingPulse) => {
              setSettings({ ...settings, breathingPulse });
            }}
          />
          <CadenceField
            t={t}
            cadence={settings.cadence}
            onChange={(cadence) => {
              setSettings((current) => ({ ...current, cadence }));
            }}
          />
        </details>
        {snapshot.state === 'ready' && (
          <div className="actions">
            <button type="button" className="link" onClick={props.onCancel}>
              {t('walk.back')}
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
