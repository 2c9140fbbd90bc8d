/**
 * The guided walk on screen: a very large timer, the breathing rhythm as a pulse, the controls, and
 * a big stop button that ends the walk at once and says what to do now. Made to be used with one
 * hand while walking: few controls, all large.
 */
import { contentFor, type Locale } from '@wandelcoach/engine';
import { useEffect, useId, useMemo, useState } from 'react';
import type { TodaySession } from '../api/client.js';
import { Toggle } from '../components/choices.js';
import type { Translate } from '../i18n/index.js';
import { browserStorage } from '../locale.js';
import { browserPorts } from './browser-ports.js';
import { CadenceField } from './cadence-field.js';
import type { WalkPorts } from './ports.js';
import { SessionPlayer, type PlayerSnapshot } from './session-player.js';
import { loadWalkSettings, saveWalkSettings, type WalkSettings } from './walk-settings.js';

export interface WalkResult {
  /** Minutes walked, rounded to the half minute the log takes. */
  minutes: number;
  stopped: boolean;
}

function clock(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${String(Math.floor(seconds / 60))}:${String(seconds % 60).padStart(2, '0')}`;
}

export function GuidedWalk(props: {
  session: TodaySession;
  locale: Locale;
  t: Translate;
  /** The device; the browser's unless a test gives its own. */
  ports?: WalkPorts;
  onDone: (result: WalkResult) => void;
  onCancel: () => void;
}) {
  const { t, session, locale } = props;
  const id = useId();
  const content = contentFor(locale);
  const storage = browserStorage();
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

  const result = (): WalkResult => ({
    minutes: Math.round((snapshot.elapsedMs / 60_000) * 2) / 2,
    stopped: snapshot.state === 'stopped',
  });

  if (snapshot.state === 'stopped') {
    return (
      <section className="stopped" aria-labelledby={`${id}-stopped`}>
        <h1 id={`${id}-stopped`} tabIndex={-1} ref={(node) => node?.focus()}>
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
      <h1 id={`${id}-title`}>{content.purposes[session.purpose]}</h1>
      {session.supervised && <p className="warning">{t('today.supervised')}</p>}
      {session.treadmill !== null && (
        <p className="treadmill">
          {t('today.treadmill', {
            speed: session.treadmill.speedKmh,
            incline: session.treadmill.inclinePercent,
          })}
        </p>
      )}
      <p className="timer" role="timer" aria-label={t('walk.timeLeft')}>
        {clock(snapshot.remainingMs)}
      </p>
      <progress
        className="walk-progress"
        value={snapshot.elapsedMs}
        max={player.totalMs}
        aria-hidden="true"
      />
      {snapshot.state === 'paused' && <p className="state">{t('walk.paused')}</p>}
      {snapshot.state === 'finished' && (
        <p className="state" role="status">
          {t('walk.finished')}
        </p>
      )}
      {walking && (
        <div className={`breath breath-${breath.phase}`} aria-hidden="true">
          <span className="breath-dot" />
          <span>{t('walk.breathStep', { phase, step: breath.step })}</span>
        </div>
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
    </section>
  );
}
