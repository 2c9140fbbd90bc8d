/**
 * The after-walk log's questions, drawn from its answers alone (log-answers.ts decides which show), so
 * what a person sees for any set of answers can be rendered and checked without a browser. Each
 * question sits in a `data-question` block, where the form finds the field to move focus to.
 */
import type { RedFlag } from '@wandelcoach/engine';
import { useId } from 'react';
import { CheckboxGroup, RadioGroup, type ChoiceOption } from '../components/choices.js';
import { painScale } from '../components/pain-scale.js';
import type { MessageKey, Translate } from '../i18n/catalogue.js';
import {
  answerStopReason,
  signsAsked,
  STOP_REASONS,
  visibleQuestions,
  type LogAnswers,
  type LogQuestion,
  type LogSituation,
  type SignAnswer,
} from './log-answers.js';

/** An accident's signs in words for after a walk; the intake's words ask about the past. */
const ACCIDENT_WORDS: Partial<Record<RedFlag, readonly [MessageKey, MessageKey]>> = {
  'major-trauma': ['log.accident.major-trauma', 'log.accident.major-trauma.help'],
  'osteoporosis-minor-fall': [
    'log.accident.osteoporosis-minor-fall',
    'log.accident.osteoporosis-minor-fall.help',
  ],
};

function signOption(t: Translate, flag: RedFlag): ChoiceOption<RedFlag> {
  const [label, help] = ACCIDENT_WORDS[flag] ?? [`intake.redFlag.${flag}`, `intake.redFlag.${flag}.help`];
  return { value: flag, label: t(label), help: t(help) };
}

type YesNo = 'yes' | 'no';

function yesNo(value: boolean | undefined): YesNo | undefined {
  return value === undefined ? undefined : value ? 'yes' : 'no';
}

export function LogQuestions(props: {
  t: Translate;
  answers: LogAnswers;
  situation: LogSituation;
  /** The planned minutes, written the reader's way. */
  plannedMinutesText: string;
  /** The question to fix, with what is wrong. */
  problem: { question: LogQuestion; text: string } | undefined;
  onChange: (answers: LogAnswers, question: LogQuestion) => void;
}) {
  const { t, answers, situation } = props;
  const id = useId();
  const errorOf = (question: LogQuestion) =>
    props.problem?.question === question ? props.problem.text : undefined;
  const change = (question: LogQuestion, changes: Partial<LogAnswers>) => {
    props.onChange({ ...answers, ...changes }, question);
  };
  const asked = signsAsked(situation);
  const yesNoOptions = (yesHelp?: string): ChoiceOption<YesNo>[] => [
    { value: 'yes', label: t('intake.yes'), help: yesHelp },
    { value: 'no', label: t('intake.no') },
  ];
  const signGroup = (question: 'accidentSigns' | 'signs', legend: string, flags: readonly RedFlag[]) => {
    const answer: SignAnswer = answers[question];
    return (
      <CheckboxGroup
        legend={legend}
        options={flags.map((flag) => signOption(t, flag))}
        selected={answer.flags}
        error={errorOf(question)}
        onChange={(selected) => {
          change(question, { [question]: { flags: selected, none: false } });
        }}
        none={{
          label: t('intake.noneOfThese'),
          checked: answer.none,
          onChange: (checked) => {
            change(question, { [question]: { flags: [], none: checked } });
          },
        }}
      />
    );
  };

  const render = (question: LogQuestion) => {
    switch (question) {
      case 'stopReason':
        return (
          <RadioGroup
            legend={t('log.stopReason')}
            options={STOP_REASONS.map((reason) => ({ value: reason, label: t(`log.stopReason.${reason}`) }))}
            selected={answers.stopReason}
            error={errorOf(question)}
            onChange={(reason) => {
              props.onChange(answerStopReason(answers, reason), question);
            }}
          />
        );
      case 'minutes': {
        const error = errorOf(question);
        return (
          <div className="field">
            <label htmlFor={`${id}-minutes`}>{t('log.minutes')}</label>
            <p id={`${id}-minutes-help`} className="hint">
              {t('log.minutes.help', { planned: props.plannedMinutesText })}
            </p>
            <input
              id={`${id}-minutes`}
              className="short"
              type="text"
              inputMode="decimal"
              value={answers.minutes}
              aria-invalid={error !== undefined}
              aria-describedby={`${id}-minutes-help${error === undefined ? '' : ` ${id}-minutes-error`}`}
              onChange={(event) => {
                change(question, { minutes: event.target.value });
              }}
            />
            {error !== undefined && (
              <p id={`${id}-minutes-error`} role="alert" className="error">
                {error}
              </p>
            )}
          </div>
        );
      }
      case 'painDuring':
        return (
          <RadioGroup
            legend={t('log.painDuring')}
            className="scale"
            options={painScale(t('log.pain.low'), t('log.pain.high'))}
            selected={answers.painDuring === undefined ? undefined : String(answers.painDuring)}
            error={errorOf(question)}
            onChange={(value) => {
              change(question, { painDuring: Number(value) });
            }}
          />
        );
      case 'unusual':
        return (
          <RadioGroup
            legend={t('log.unusual')}
            options={yesNoOptions(t('log.unusual.yes.help'))}
            selected={yesNo(answers.unusual)}
            error={errorOf(question)}
            onChange={(value) => {
              change(question, { unusual: value === 'yes' });
            }}
          />
        );
      case 'dizziness':
      case 'fall':
        return (
          <RadioGroup
            legend={t(question === 'dizziness' ? 'log.dizziness' : 'log.fall')}
            className="scale"
            options={yesNoOptions()}
            selected={yesNo(answers[question])}
            error={errorOf(question)}
            onChange={(value) => {
              change(question, { [question]: value === 'yes' });
            }}
          />
        );
      case 'accidentSigns':
        return signGroup(question, t('log.accidentSigns'), asked.accidentSigns);
      case 'signs':
        return signGroup(question, t('log.newSymptoms'), asked.signs);
    }
  };

  return (
    <>
      {visibleQuestions(answers, situation).map((question) => (
        <div key={question} data-question={question}>
          {render(question)}
        </div>
      ))}
    </>
  );
}
