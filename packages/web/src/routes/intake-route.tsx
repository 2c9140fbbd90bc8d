/**
 * `/intake/:step`: the questions, a step per address, so the phone's Back goes to the step before and
 * a reload stays on the step. Done, the safety outcome. After an emergency sign, the questions start
 * by asking whether the person has been seen for it (clinical rules §1): only then do they go on.
 */
import { useCallback, useState } from 'react';
import { useLocation } from 'wouter';
import { accountOf, useApp } from '../app-context.js';
import { intakeChanged, useToday } from '../data/hooks.js';
import type { IntakeStep } from '../i18n/intake-keys.js';
import { IntakeWizard, type StepMove } from '../intake/intake-wizard.js';
import { intakeStepPath, PATHS } from '../paths.js';
import { localToday } from '../today.js';
import { AfterCare } from '../intake/after-care.js';

/** Marks history entries a step ahead made, so the wizard's own Back can go back in history. */
interface StepState {
  stepAhead: true;
}

export function IntakeRoute(props: { step: string | undefined }) {
  const { t, api, locale, queries, session } = useApp();
  const [, navigate] = useLocation();
  const today = useToday();
  const [seen, setSeen] = useState(false);

  const onGo = useCallback(
    (step: IntakeStep, move: StepMove) => {
      const state = history.state as Partial<StepState> | null;
      // Back to the step this page was opened from: the same as the phone's Back, so the history
      // does not fill up with the same steps.
      if (move === 'back' && state?.stepAhead === true) {
        history.back();
        return;
      }
      navigate(intakeStepPath(step), {
        replace: move !== 'forward',
        ...(move === 'forward' && { state: { stepAhead: true } satisfies StepState }),
      });
    },
    [navigate],
  );

  // A new account has no today yet (no intake): nothing to ask first. Without an answer, wait.
  if (today.status === 'loading') return null;
  const emergency = today.status === 'done' && today.data.today.triage?.level === 'emergency';
  if (emergency && !seen) {
    return (
      <AfterCare
        t={t}
        onSeen={() => {
          setSeen(true);
        }}
        onNotYet={() => {
          navigate(PATHS.outcome);
        }}
      />
    );
  }

  return (
    <IntakeWizard
      locale={locale}
      t={t}
      api={api}
      today={localToday()}
      accountId={accountOf(session)?.id ?? ''}
      step={props.step}
      onGo={onGo}
      onDone={(output) => {
        intakeChanged(queries, output);
        navigate(PATHS.outcome);
      }}
    />
  );
}
