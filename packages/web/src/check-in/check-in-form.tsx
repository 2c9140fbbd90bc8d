/**
 * `/check-in`: how the person is doing, at the start, week 6 and week 12: average pain last week
 * (NPRS), three activities that are hard and how well they go (the Patient-Specific Functional
 * Scale, credited where it is asked), and from week 6 how things are compared with the start (global
 * rating of change). Short and friendly, and "not now" asks again a few days later.
 */
import type { Locale } from '@wandelcoach/engine';
import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { ApiError, type ApiClient } from '../api/client.js';
import { errorMessage } from '../api/error-message.js';
import { RadioGroup } from '../components/choices.js';
import { painScale } from '../components/pain-scale.js';
import type { MessageKey, Translate } from '../i18n/catalogue.js';
import { checkDraft, emptyDraft, GLOBAL_RATINGS, type CheckInDraft, type CheckInField } from './answers.js';
import type { OutcomeDue } from './types.js';
import '../care/care.css';

const INDEXES = [0, 1, 2] as const;

const dayFormats = new Map<Locale, Intl.DateTimeFormat>();

function day(locale: Locale, iso: string): string {
  let format = dayFormats.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    });
    dayFormats.set(locale, format);
  }
  return format.format(new Date(`${iso}T00:00:00Z`));
}

export function CheckInForm(props: {
  t: Translate;
  locale: Locale;
  api: ApiClient;
  due: OutcomeDue;
  /** Sent or put off: the questions are no longer due (for now). */
  onDone: (said: string) => void;
}) {
  const { t, due } = props;
  const id = useId();
  const [draft, setDraft] = useState<CheckInDraft>(() => emptyDraft(due));
  const [problems, setProblems] = useState<Partial<Record<CheckInField, MessageKey>>>({});
  const [focus, setFocus] = useState<CheckInField>();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const named = due.activities.length === 3;

  // The first question to answer gets focus, as a form's field to fix does.
  useEffect(() => {
    if (focus === undefined) return;
    form.current?.querySelector<HTMLInputElement>(`[data-field="${focus}"] input`)?.focus();
  }, [focus]);

  function change(next: Partial<CheckInDraft>) {
    setDraft((known) => ({ ...known, ...next }));
  }

  async function send(event: SyntheticEvent) {
    event.preventDefault();
    setFailure(undefined);
    const checked = checkDraft(draft, due);
    if (!checked.ok) {
      setProblems(checked.problems);
      setFocus(undefined);
      requestAnimationFrame(() => {
        setFocus(checked.first);
      });
      return;
    }
    setProblems({});
    setBusy(true);
    try {
      await props.api.answerOutcomeMeasures(checked.body);
      props.onDone(t('checkin.sent'));
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) props.onDone(t('checkin.answered'));
      else setFailure(errorMessage(error, t));
    } finally {
      setBusy(false);
    }
  }

  async function later() {
    setFailure(undefined);
    setBusy(true);
    try {
      const { askAgainOn } = await props.api.skipOutcomeMeasures(due.timepoint);
      props.onDone(t('checkin.skipped', { date: day(props.locale, askAgainOn) }));
    } catch (error) {
      setFailure(errorMessage(error, t));
    } finally {
      setBusy(false);
    }
  }

  const problem = (field: CheckInField) => {
    const key = problems[field];
    return key === undefined ? undefined : t(key);
  };

  return (
    <>
      <h1>{t('checkin.title')}</h1>
      <p className="day-place">{t(`checkin.when.${due.timepoint}`)}</p>
      <p className="lead">{t('checkin.intro')}</p>
      {/* No scrolling past the questions to put them off. */}
      <p>
        <button type="button" className="link" disabled={busy} onClick={() => void later()}>
          {t('checkin.later')}
        </button>
      </p>
      <form ref={form} noValidate onSubmit={(event) => void send(event)}>
        <div data-field="nprs">
          <RadioGroup
            legend={t('checkin.nprs')}
            className="scale"
            options={painScale(t('log.pain.low'), t('log.pain.high'))}
            selected={draft.nprs === undefined ? undefined : String(draft.nprs)}
            onChange={(value) => {
              change({ nprs: Number(value) });
            }}
            error={problem('nprs')}
          />
        </div>
        <section aria-labelledby={`${id}-psfs`}>
          <h2 id={`${id}-psfs`}>{t('checkin.psfs.title')}</h2>
          <p>{t(named ? 'checkin.psfs.again' : 'checkin.psfs.new')}</p>
          {INDEXES.map((index) => {
            const activity = draft.activities[index];
            const fieldId = `${id}-activity-${String(index)}`;
            const activityProblem = problem(`activity-${index}`);
            return (
              <div key={index} className="panel">
                {!named && (
                  <div className="field" data-field={`activity-${String(index)}`}>
                    <label htmlFor={fieldId}>{t('checkin.psfs.activity', { n: index + 1 })}</label>
                    <p id={`${fieldId}-help`} className="hint">
                      {t('checkin.psfs.activity.help')}
                    </p>
                    <input
                      id={fieldId}
                      type="text"
                      maxLength={120}
                      value={activity}
                      aria-invalid={activityProblem !== undefined}
                      aria-describedby={`${fieldId}-help${activityProblem === undefined ? '' : ` ${fieldId}-error`}`}
                      onChange={(event) => {
                        const activities = [...draft.activities] as CheckInDraft['activities'];
                        activities[index] = event.target.value;
                        change({ activities });
                      }}
                    />
                    {activityProblem !== undefined && (
                      <p id={`${fieldId}-error`} role="alert" className="error">
                        {activityProblem}
                      </p>
                    )}
                  </div>
                )}
                <div data-field={`score-${String(index)}`}>
                  <RadioGroup
                    legend={
                      activity.trim() === ''
                        ? t('checkin.psfs.scoreUnnamed', { n: index + 1 })
                        : t('checkin.psfs.score', { activity: activity.trim() })
                    }
                    className="scale"
                    options={painScale(t('checkin.psfs.low'), t('checkin.psfs.high'))}
                    selected={draft.scores[index] === undefined ? undefined : String(draft.scores[index])}
                    onChange={(value) => {
                      const scores = [...draft.scores] as CheckInDraft['scores'];
                      scores[index] = Number(value);
                      change({ scores });
                    }}
                    error={problem(`score-${index}`)}
                  />
                </div>
              </div>
            );
          })}
          <p className="source">{t('checkin.psfs.credit')}</p>
        </section>
        {due.asksGlobalRating && (
          <div data-field="globalRating">
            <RadioGroup
              legend={t('checkin.groc')}
              options={GLOBAL_RATINGS.map((rating) => ({
                value: String(rating),
                label: t(`checkin.groc.${rating}`),
              }))}
              selected={draft.globalRating === undefined ? undefined : String(draft.globalRating)}
              onChange={(value) => {
                change({ globalRating: Number(value) });
              }}
              error={problem('globalRating')}
            />
          </div>
        )}
        {failure !== undefined && (
          <p role="alert" className="error">
            {failure}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('checkin.send')}
          </button>
          <button type="button" disabled={busy} onClick={() => void later()}>
            {t('checkin.later')}
          </button>
        </div>
      </form>
    </>
  );
}
