/** On the first visit of a day: the morning pain after yesterday's walks, which tells the plan most. */
import { useState } from 'react';
import { RadioGroup } from '../components/choices.js';
import type { Translate } from '../i18n/catalogue.js';
import { errorMessage } from '../api/error-message.js';
import { painScale } from '../components/pain-scale.js';

export function MorningQuestion(props: {
  t: Translate;
  /** Keeps the answer for each of yesterday's walks (on the phone first: it works offline too). */
  onSave: (pain: number) => Promise<void>;
}) {
  const { t } = props;
  const [pain, setPain] = useState<number>();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function save() {
    if (pain === undefined) {
      setFailure(t('intake.required'));
      return;
    }
    setBusy(true);
    setFailure(undefined);
    try {
      await props.onSave(pain);
    } catch (error) {
      setFailure(errorMessage(error, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="panel"
      aria-labelledby="morning-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2 id="morning-title">{t('morning.title')}</h2>
      <RadioGroup
        legend={t('morning.intro')}
        className="scale"
        options={painScale(t('log.pain.low'), t('log.pain.high'))}
        selected={pain === undefined ? undefined : String(pain)}
        error={failure}
        onChange={(value) => {
          setPain(Number(value));
        }}
      />
      <button type="submit" className="primary" disabled={busy}>
        {t('morning.save')}
      </button>
    </form>
  );
}
