/**
 * After a walk, on its own screen: three quick questions (minutes, pain, "anything unusual?"), and the
 * safety questions only after a yes (log-answers.ts). After the stop button, why it was stopped comes
 * first. Nothing is pre-answered "no". New warning signs re-run the safety check at once (the caller
 * asks the server for the plan again, whose triage reflects them).
 */
import { formatNumber, type Locale, type WalkKind } from '@wandelcoach/engine';
import type { NewWalkRequest } from '@wandelcoach/server/api-types';
import { useEffect, useId, useRef, useState } from 'react';
import type { Walk } from '../api/client.js';
import { errorMessage } from '../api/error-message.js';
import { refusedMessage } from '../outbox/refused-message.js';
import type { SendState } from '../outbox/send-now.js';
import type { Translate } from '../i18n/catalogue.js';
import { checkAnswers, emptyAnswers, type LogAnswers, type LogQuestion } from './log-answers.js';
import { LogQuestions } from './log-questions.js';

/** A walk as `POST /me/walks` takes it. */
export type NewWalk = NewWalkRequest;

export function LogForm(props: {
  t: Translate;
  locale: Locale;
  /**
   * Keeps the walk (on the phone first) under the id made here, and says what became of it: sent,
   * kept for later, or refused by the server (the form stays, saying why).
   */
  save: (walk: NewWalk) => Promise<{ walk: Walk; sent: SendState }>;
  date: string;
  kind: WalkKind;
  plannedMinutes: number;
  /** The walk was ended with the stop button: the first question is why. */
  stopped?: boolean | undefined;
  /** Minutes measured by the guided walk; the minutes question starts from them. */
  walkedMinutes?: number | undefined;
  /** Triage asks for the red flags to be checked again (`triage.recheckRedFlags`): the signs are asked. */
  recheckRedFlags?: boolean | undefined;
  onSaved: (walk: Walk, savedOnPhone: boolean) => void;
  onCancel: () => void;
}) {
  const { t, locale } = props;
  const id = useId();
  // One id for this walk, kept across retries: a second tap after a lost answer stores it once.
  const walkId = useRef(crypto.randomUUID());
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const situation = { stopped: props.stopped === true, recheck: props.recheckRedFlags === true };
  const [answers, setAnswers] = useState<LogAnswers>(() =>
    emptyAnswers(formatNumber(locale, props.walkedMinutes ?? props.plannedMinutes)),
  );
  const [missing, setMissing] = useState<{ question: LogQuestion; text: string }>();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  // The form is a screen of its own: focus starts at its title, which stays in view.
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, []);

  // A question left open: focus goes to it, so the person lands where the error is read out.
  useEffect(() => {
    if (missing === undefined) return;
    form.current?.querySelector<HTMLInputElement>(`[data-question="${missing.question}"] input`)?.focus();
  }, [missing]);

  async function save() {
    const check = checkAnswers(answers, situation);
    if (!check.complete) {
      setMissing({
        question: check.question,
        text: t(check.problem === 'minutes-range' ? 'log.minutesRange' : 'log.required'),
      });
      return;
    }
    setBusy(true);
    setMissing(undefined);
    setFailure(undefined);
    try {
      const { walk, sent } = await props.save({
        id: walkId.current,
        date: props.date,
        kind: props.kind,
        ...check.log,
      });
      if (sent.state === 'refused') {
        setFailure(refusedMessage(sent.problem, t));
        return;
      }
      props.onSaved(walk, sent.state === 'kept');
    } catch (error) {
      setFailure(errorMessage(error, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      ref={form}
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h1 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('log.title')}
      </h1>
      <LogQuestions
        t={t}
        answers={answers}
        situation={situation}
        plannedMinutesText={formatNumber(locale, props.plannedMinutes)}
        problem={missing}
        onChange={(next, question) => {
          setAnswers(next);
          if (missing?.question === question) setMissing(undefined);
        }}
      />
      {failure !== undefined && (
        <p role="alert" className="error">
          {failure}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('log.save')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('log.cancel')}
        </button>
      </div>
    </form>
  );
}
