/**
 * What the safety questions found, before any plan: an emergency fills the screen and shows no plan;
 * "see your GP first" lists what to tell the GP and lets the person note a clearance later; otherwise
 * the plan is ready, with the advice to see a physiotherapist where that applies.
 */
import type { Locale, PlanOutput, Reason } from '@wandelcoach/engine';
import { useId, useState } from 'react';
import type { ApiClient } from '../api/client.js';
import { RadioGroup } from '../components/choices.js';
import { ReasonLine } from '../components/reason-line.js';
import type { Translate } from '../i18n/catalogue.js';
import { errorMessage } from '../api/error-message.js';
import { planReadyWords } from './outcome-headline.js';
import { CallButtons } from '../shell/call-buttons.js';

/** The engine's words come in the intake's language, which may differ from the app's: say which. */
function Reasons(props: { reasons: readonly Reason[]; t: Translate; locale: Locale }) {
  return (
    <ul className="reasons">
      {props.reasons.map((reason) => (
        <li key={reason.code}>
          <ReasonLine reason={reason} lang={props.locale} t={props.t} />
        </li>
      ))}
    </ul>
  );
}

function Clearance(props: {
  t: Translate;
  api: ApiClient;
  today: string;
  onDone: (output: PlanOutput) => void;
}) {
  const { t } = props;
  const id = useId();
  const [by, setBy] = useState<'gp' | 'physio'>('gp');
  const [date, setDate] = useState(props.today);
  const [failure, setFailure] = useState<string>();

  async function save() {
    setFailure(undefined);
    try {
      const intake = await props.api.intake();
      if (intake === undefined) throw new Error('no intake stored');
      props.onDone(await props.api.putIntake({ ...intake, clearedBy: { by, date } }));
    } catch (error) {
      setFailure(errorMessage(error, t));
    }
  }

  return (
    <form
      className="panel"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <p>{t('triage.gpSoon.cleared')}</p>
      <RadioGroup
        legend={t('clearance.by')}
        options={[
          { value: 'gp', label: t('clearance.gp') },
          { value: 'physio', label: t('clearance.physio') },
        ]}
        selected={by}
        onChange={setBy}
      />
      <div className="field">
        <label htmlFor={id}>{t('clearance.date')}</label>
        <input
          id={id}
          type="date"
          max={props.today}
          value={date}
          onChange={(event) => {
            setDate(event.target.value);
          }}
        />
      </div>
      {failure !== undefined && (
        <p role="alert" className="error">
          {failure}
        </p>
      )}
      <button type="submit" className="primary">
        {t('clearance.save')}
      </button>
    </form>
  );
}

export function TriageOutcome(props: {
  output: PlanOutput;
  t: Translate;
  api: ApiClient;
  today: string;
  onPlan: () => void;
  onRedoIntake: () => void;
  onChanged: (output: PlanOutput) => void;
  /** The questions after the safety step are not all answered yet: go on with them. */
  onFinishIntake?: (() => void) | undefined;
}) {
  const { t, output } = props;
  const { triage } = output;
  const redo = (
    <button type="button" onClick={props.onRedoIntake}>
      {t('triage.redoIntake')}
    </button>
  );
  switch (triage.level) {
    case 'emergency':
      return (
        <section className="emergency" role="alert" aria-labelledby="emergency-title">
          <h1 id="emergency-title">{t('triage.emergency.title')}</h1>
          {/* The action first: one tap to call, before any explanation. */}
          <CallButtons t={t} />
          <p className="lead">{t('triage.emergency.now')}</p>
          <p className="call">{t('triage.emergency.call')}</p>
          <h2>{t('triage.reasons')}</h2>
          <Reasons reasons={triage.reasons} t={t} locale={output.locale} />
          <p>{t('triage.emergency.noPlan')}</p>
          <div className="actions">{redo}</div>
        </section>
      );
    case 'gp-soon':
      return (
        <>
          <h1>{t('triage.gpSoon.title')}</h1>
          <p className="lead">{t('triage.gpSoon.intro')}</p>
          <Reasons reasons={triage.reasons} t={t} locale={output.locale} />
          {output.plan === null && props.onFinishIntake !== undefined ? (
            // The questions after the safety step are still open: finish them first, so the plan a
            // clearance opens is built from every answer.
            <>
              <p>{t('triage.gpSoon.finish')}</p>
              <div className="actions">
                <button type="button" className="primary" onClick={props.onFinishIntake}>
                  {t('triage.gpSoon.finishButton')}
                </button>
              </div>
            </>
          ) : output.plan === null ? (
            <Clearance t={t} api={props.api} today={props.today} onDone={props.onChanged} />
          ) : (
            <div className="actions">
              <button type="button" className="primary" onClick={props.onPlan}>
                {t('triage.toPlan')}
              </button>
            </div>
          )}
          <div className="actions">{redo}</div>
        </>
      );
    case 'routine-assessment':
    case 'self-manage': {
      // Supervision first, and "on your own" only when the engine said so itself: see planReadyWords.
      const words = planReadyWords(output);
      return (
        <>
          <h1>{t(words.title)}</h1>
          <p className="lead">{t(words.lead)}</p>
          {words.more !== null && <p>{t(words.more)}</p>}
          <h2>{t('triage.reasons')}</h2>
          <Reasons reasons={triage.reasons} t={t} locale={output.locale} />
          <div className="actions">
            <button type="button" className="primary" onClick={props.onPlan}>
              {t('triage.toPlan')}
            </button>
            {redo}
          </div>
        </>
      );
    }
  }
}
