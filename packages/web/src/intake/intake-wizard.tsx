/**
 * The intake, one group of questions per step, with back and next, a progress line, and the answers
 * kept on the device after every change. The engine checks the finished intake on the server.
 */
import {
  ACTIVITY_LEVELS,
  BACK_PAIN_TYPES,
  CONDITIONS,
  FALL_RISKS,
  GOALS,
  IMPAIRMENTS,
  NEEDS_GUIDANCE,
  RED_FLAGS,
  RISK_FACTORS,
  type Locale,
  type PlanOutput,
} from '@wandelcoach/engine';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ApiClient } from '../api/client.js';
import { CheckboxGroup, RadioGroup, type ChoiceOption } from '../components/choices.js';
import type { Translate } from '../i18n/catalogue.js';
import type { IntakeKey, IntakeStep } from '../i18n/intake-keys.js';
import { browserStorage } from '../locale.js';
import { errorMessage } from '../api/error-message.js';
import {
  clearDraft,
  emptyAnswers,
  loadDraft,
  saveDraft,
  stepProblems,
  stepsFor,
  toIntake,
  type IntakeAnswers,
  type IntakeDraft,
  type StepProblem,
} from './draft.js';
import { painScale } from '../components/pain-scale.js';
import { TextField } from '../components/text-field.js';

type Prefix =
  | 'intake.goal'
  | 'intake.backPainType'
  | 'intake.activity'
  | 'intake.redFlag'
  | 'intake.needsGuidance'
  | 'intake.fallRisk'
  | 'intake.impairment'
  | 'intake.condition'
  | 'intake.riskFactor';

function options<T extends string>(t: Translate, prefix: Prefix, codes: readonly T[]): ChoiceOption<T>[] {
  return codes.map((code) => ({
    value: code,
    label: t(`${prefix}.${code}` as IntakeKey),
    help: t(`${prefix}.${code}.help` as IntakeKey),
  }));
}

/** How the wizard moves: a step ahead is a new page (Back returns); anything else replaces this one. */
export type StepMove = 'forward' | 'back' | 'replace';

export function IntakeWizard(props: {
  locale: Locale;
  t: Translate;
  api: ApiClient;
  today: string;
  /** The draft on this device belongs to this account. */
  accountId: string;
  /** The step the address names, if any (`/intake/safety`). */
  step: string | undefined;
  /** Goes to a step (the caller changes the address). */
  onGo: (step: IntakeStep, move: StepMove) => void;
  onDone: (output: PlanOutput) => void;
}) {
  const { t, onGo } = props;
  const storage = browserStorage();
  const [draft, setDraft] = useState<IntakeDraft>(
    () =>
      loadDraft(storage, props.today, props.accountId) ?? {
        version: 1,
        accountId: props.accountId,
        step: 'goals',
        answers: emptyAnswers(props.today),
      },
  );
  const [problems, setProblems] = useState<StepProblem[]>([]);
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  const { answers } = draft;
  const steps = stepsFor(answers);
  // The address says which step; one that is not (or no longer) a step of this person's questions
  // goes to where the draft left off.
  const step = steps.find((known) => known === props.step);
  const resume = steps.includes(draft.step) ? draft.step : (steps[0] ?? 'goals');
  const index = step === undefined ? 0 : steps.indexOf(step);
  const last = index === steps.length - 1;

  useEffect(() => {
    if (step === undefined) onGo(resume, 'replace');
  }, [step, resume, onGo]);

  // The draft remembers the step shown, so leaving and coming back continues there.
  useEffect(() => {
    if (step !== undefined) setDraft((current) => (current.step === step ? current : { ...current, step }));
  }, [step]);

  // Kept as part of the render that shows the answer, not after the next paint (when `useEffect`
  // runs): a person who types and at once closes the app, or a busy phone that paints late, must
  // not lose the last answer.
  useLayoutEffect(() => {
    saveDraft(storage, draft);
  }, [draft, storage]);

  // Each step is a new page to a screen reader: say its title.
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, [step]);

  function update(change: Partial<IntakeAnswers>) {
    setDraft((current) => ({ ...current, answers: { ...current.answers, ...change } }));
  }

  function go(to: number, move: StepMove) {
    const target = steps[to];
    if (target === undefined) return;
    setProblems([]);
    onGo(target, move);
  }

  async function next() {
    if (step === undefined) return;
    const found = stepProblems(step, answers);
    setProblems(found);
    if (found.length > 0) return;
    // Warning signs ticked: what the safety check says comes now, not after the remaining steps.
    if (step === 'safety' && answers.redFlags.length > 0) {
      await submitEarly();
      return;
    }
    if (!last) {
      go(index + 1, 'forward');
      return;
    }
    await submit((output) => {
      clearDraft(storage);
      props.onDone(output);
    });
  }

  async function submit(then: (output: PlanOutput) => void) {
    setBusy(true);
    setFailure(undefined);
    try {
      then(await props.api.putIntake(toIntake(answers, props.locale)));
    } catch (error) {
      setFailure(errorMessage(error, t));
    } finally {
      setBusy(false);
    }
  }

  /**
   * The answers so far go to the safety check at once (the steps after this one only shape a plan).
   * After an emergency sign the questions end here: a new intake after care starts afresh. With
   * "see your GP first" the answers stay on the device, so the person can finish the questions
   * while waiting for the GP, and the plan that a clearance opens is built from all of them.
   */
  async function submitEarly() {
    await submit((output) => {
      if (output.plan !== null) {
        go(index + 1, 'forward');
        return;
      }
      if (output.triage.level === 'emergency') clearDraft(storage);
      // Saved here: the screen changes now, before an effect would run.
      else saveDraft(storage, { ...draft, step: steps[index + 1] ?? draft.step });
      props.onDone(output);
    });
  }

  const problem = (field: string) => {
    const found = problems.find((p) => p.field === field);
    return found === undefined ? undefined : t(found.key);
  };

  if (step === undefined) return null;

  function body(step: IntakeStep) {
    switch (step) {
      case 'goals':
        return (
          <CheckboxGroup
            legend={t('intake.step.goals.title')}
            options={options(t, 'intake.goal', GOALS)}
            selected={answers.goals}
            error={problem('goals')}
            onChange={(goals) => {
              update({ goals });
            }}
          />
        );
      case 'about-you':
        return (
          <>
            <TextField
              label={t('intake.age')}
              help={t('intake.age.help')}
              value={answers.age}
              error={problem('age')}
              onChange={(age) => {
                update({ age });
              }}
            />
            <RadioGroup
              legend={t('ask.activity')}
              options={options(t, 'intake.activity', ACTIVITY_LEVELS)}
              selected={answers.activity}
              error={problem('activity')}
              onChange={(activity) => {
                update({ activity });
              }}
            />
            <TextField
              label={t('intake.comfortableWalkMinutes')}
              help={t('intake.comfortableWalkMinutes.help')}
              value={answers.comfortableWalkMinutes}
              error={problem('comfortableWalkMinutes')}
              onChange={(comfortableWalkMinutes) => {
                update({ comfortableWalkMinutes });
              }}
            />
          </>
        );
      case 'back':
        return (
          <>
            <RadioGroup
              legend={t('ask.backPainType')}
              options={options(t, 'intake.backPainType', BACK_PAIN_TYPES)}
              selected={answers.backPainType}
              error={problem('backPainType')}
              onChange={(backPainType) => {
                update({ backPainType });
              }}
            />
            <RadioGroup
              legend={t('intake.legPain')}
              options={[
                { value: 'yes', label: t('intake.yes'), help: t('intake.legPain.help') },
                { value: 'no', label: t('intake.no') },
              ]}
              selected={answers.legPain === undefined ? undefined : answers.legPain ? 'yes' : 'no'}
              error={problem('legPain')}
              onChange={(value) => {
                update({ legPain: value === 'yes' });
              }}
            />
            <RadioGroup
              legend={t('intake.painNow')}
              className="scale"
              options={painScale(t('intake.painNow.low'), t('intake.painNow.high'))}
              selected={answers.painNow === undefined ? undefined : String(answers.painNow)}
              error={problem('painNow')}
              onChange={(value) => {
                update({ painNow: Number(value) });
              }}
            />
            <CheckboxGroup
              legend={t('ask.backExtras')}
              options={[
                ...options(t, 'intake.needsGuidance', NEEDS_GUIDANCE),
                ...options(t, 'intake.riskFactor', RISK_FACTORS),
              ]}
              selected={[...answers.needsGuidance, ...answers.riskFactors]}
              onChange={(selected) => {
                update({
                  needsGuidance: NEEDS_GUIDANCE.filter((code) => selected.includes(code)),
                  riskFactors: RISK_FACTORS.filter((code) => selected.includes(code)),
                });
              }}
            />
          </>
        );
      case 'safety':
        return (
          <CheckboxGroup
            legend={t('ask.redFlags')}
            options={options(t, 'intake.redFlag', RED_FLAGS)}
            selected={answers.redFlags}
            error={problem('redFlags')}
            onChange={(redFlags) => {
              update({ redFlags, noRedFlags: false });
            }}
            none={{
              label: t('intake.noneOfThese'),
              checked: answers.noRedFlags,
              onChange: (checked) => {
                update({ noRedFlags: checked, redFlags: checked ? [] : answers.redFlags });
              },
            }}
          />
        );
      case 'balance':
        return (
          <>
            <CheckboxGroup
              legend={t('ask.fallRisk')}
              options={options(t, 'intake.fallRisk', FALL_RISKS)}
              selected={answers.fallRisk}
              onChange={(fallRisk) => {
                update({ fallRisk });
              }}
            />
            <CheckboxGroup
              legend={t('ask.impairments')}
              options={options(t, 'intake.impairment', IMPAIRMENTS)}
              selected={answers.impairments}
              onChange={(impairments) => {
                update({ impairments });
              }}
            />
          </>
        );
      case 'conditions':
        return (
          <CheckboxGroup
            legend={t('ask.conditions')}
            options={options(t, 'intake.condition', CONDITIONS)}
            selected={answers.conditions}
            onChange={(conditions) => {
              update({ conditions });
            }}
          />
        );
      case 'practical':
        return (
          <>
            <CheckboxGroup
              legend={t('ask.equipment')}
              options={(['treadmill', 'railOrFlatPath', 'companion'] as const).map((item) => ({
                value: item,
                label: t(`intake.equipment.${item}`),
                help: t(`intake.equipment.${item}.help`),
              }))}
              selected={(['treadmill', 'railOrFlatPath', 'companion'] as const).filter(
                (item) => answers.equipment[item],
              )}
              onChange={(selected) => {
                update({
                  equipment: {
                    treadmill: selected.includes('treadmill'),
                    railOrFlatPath: selected.includes('railOrFlatPath'),
                    companion: selected.includes('companion'),
                  },
                });
              }}
            />
            {answers.goals.includes('retro-walking') && (
              <RadioGroup
                legend={t('intake.daysPerWeek')}
                className="scale"
                options={[1, 2, 3, 4, 5, 6, 7].map((days) => ({ value: String(days), label: String(days) }))}
                selected={String(answers.daysPerWeek)}
                onChange={(value) => {
                  update({ daysPerWeek: Number(value) });
                }}
              />
            )}
            <TextField
              type="date"
              label={t('intake.startDate')}
              help={t('intake.startDate.help')}
              value={answers.startDate}
              min={props.today}
              error={problem('startDate')}
              onChange={(startDate) => {
                update({ startDate });
              }}
            />
          </>
        );
    }
  }

  return (
    <>
      <p className="progress-line">
        {t('intake.progress', { step: index + 1, total: steps.length })}
        <progress value={index + 1} max={steps.length} aria-hidden="true" />
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {t(`intake.step.${step}.title`)}
      </h1>
      <p className="lead">{t(`intake.step.${step}.intro`)}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void next();
        }}
      >
        {body(step)}
        {failure !== undefined && (
          <p role="alert" className="error">
            {failure}
          </p>
        )}
        <div className="actions">
          {index > 0 && (
            <button
              type="button"
              onClick={() => {
                go(index - 1, 'back');
              }}
            >
              {t('intake.back')}
            </button>
          )}
          <button type="submit" className="primary" disabled={busy}>
            {last ? t('intake.finish') : t('intake.next')}
          </button>
        </div>
        <p className="hint">{t('intake.saved')}</p>
      </form>
    </>
  );
}
