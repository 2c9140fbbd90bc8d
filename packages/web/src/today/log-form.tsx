/**
 * After a walk: minutes walked, pain during (0–10, with words at the ends), dizziness, a fall or
 * near-fall, and any new warning signs. New signs re-run the safety check at once (the caller asks
 * the server for the plan again, whose triage reflects them).
 */
import { formatNumber, RED_FLAGS, type Locale, type RedFlag, type WalkKind } from '@wandelcoach/engine';
import { useEffect, useId, useRef, useState } from 'react';
import type { ApiClient, Walk } from '../api/client.js';
import { CheckboxGroup, RadioGroup } from '../components/choices.js';
import type { IntakeKey } from '../i18n/intake-keys.js';
import type { Translate } from '../i18n/index.js';
import { errorMessage } from '../api/error-message.js';
import { painScale } from '../components/pain-scale.js';

export function LogForm(props: {
  t: Translate;
  locale: Locale;
  api: ApiClient;
  date: string;
  kind: WalkKind;
  plannedMinutes: number;
  onSaved: (walk: Walk) => void;
  onCancel: () => void;
}) {
  const { t } = props;
  const id = useId();
  // One id for this walk, kept across retries: a second tap after a lost answer stores it once.
  const walkId = useRef(crypto.randomUUID());
  const [minutes, setMinutes] = useState(formatNumber(props.locale, props.plannedMinutes));
  const heading = useRef<HTMLHeadingElement>(null);

  // The form opens in place of the button that opened it: focus goes to its title.
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const [painDuring, setPainDuring] = useState<number>();
  const [dizziness, setDizziness] = useState(false);
  const [fall, setFall] = useState(false);
  const [newSymptoms, setNewSymptoms] = useState<RedFlag[]>([]);
  const [problem, setProblem] = useState<{ field: 'minutes' | 'painDuring' | 'form'; text: string }>();
  const [busy, setBusy] = useState(false);

  async function save() {
    const walked = Number(minutes.replace(',', '.'));
    if (minutes.trim() === '' || !Number.isFinite(walked) || walked < 0 || walked > 300) {
      setProblem({ field: 'minutes', text: t('log.minutesRange') });
      return;
    }
    if (painDuring === undefined) {
      setProblem({ field: 'painDuring', text: t('intake.required') });
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      const walk = await props.api.logWalk(
        { date: props.date, kind: props.kind, minutes: walked, painDuring, dizziness, fall, newSymptoms },
        walkId.current,
      );
      props.onSaved(walk);
    } catch (error) {
      setProblem({ field: 'form', text: errorMessage(error, t) });
    } finally {
      setBusy(false);
    }
  }

  const yesNo = [
    { value: 'no', label: t('intake.no') },
    { value: 'yes', label: t('intake.yes') },
  ] as const;

  return (
    <form
      className="panel"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('log.title')}
      </h2>
      <div className="field">
        <label htmlFor={`${id}-minutes`}>{t('log.minutes')}</label>
        <input
          id={`${id}-minutes`}
          className="short"
          type="text"
          inputMode="decimal"
          value={minutes}
          aria-invalid={problem?.field === 'minutes'}
          aria-describedby={problem?.field === 'minutes' ? `${id}-minutes-error` : undefined}
          onChange={(event) => {
            setMinutes(event.target.value);
          }}
        />
        {problem?.field === 'minutes' && (
          <p id={`${id}-minutes-error`} role="alert" className="error">
            {problem.text}
          </p>
        )}
      </div>
      <RadioGroup
        legend={t('log.painDuring')}
        className="scale"
        options={painScale(t('log.pain.low'), t('log.pain.high'))}
        selected={painDuring === undefined ? undefined : String(painDuring)}
        error={problem?.field === 'painDuring' ? problem.text : undefined}
        onChange={(value) => {
          setPainDuring(Number(value));
        }}
      />
      <RadioGroup
        legend={t('log.dizziness')}
        className="scale"
        options={yesNo}
        selected={dizziness ? 'yes' : 'no'}
        onChange={(value) => {
          setDizziness(value === 'yes');
        }}
      />
      <RadioGroup
        legend={t('log.fall')}
        className="scale"
        options={yesNo}
        selected={fall ? 'yes' : 'no'}
        onChange={(value) => {
          setFall(value === 'yes');
        }}
      />
      <CheckboxGroup
        legend={t('log.newSymptoms')}
        options={RED_FLAGS.filter((flag) => flag !== 'unsure').map((flag) => ({
          value: flag,
          label: t(`intake.redFlag.${flag}` as IntakeKey),
        }))}
        selected={newSymptoms}
        onChange={setNewSymptoms}
      />
      {problem?.field === 'form' && (
        <p role="alert" className="error">
          {problem.text}
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
