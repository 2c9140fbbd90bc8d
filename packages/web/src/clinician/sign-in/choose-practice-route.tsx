/** `/clinician/choose-practice`: a clinician of several practices chooses whom to act for now. */
import { useState, type SyntheticEvent } from 'react';
import { RadioGroup } from '../../components/choices.js';
import { useClinician } from '../clinician-context.js';
import { clinicianError } from '../error-words.js';

export function ChoosePracticeRoute() {
  const { t, calls, practices, refresh, session } = useClinician();
  const [chosen, setChosen] = useState<string | undefined>(session.membership?.actingPracticeId ?? undefined);
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const options = practices.filter((p) => p.clinician).map((p) => ({ value: p.practiceId, label: p.name }));

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    if (chosen === undefined) {
      setProblem(t('choose.pick'));
      return;
    }
    setBusy(true);
    try {
      await calls.actFor(chosen);
      await refresh();
    } catch (error) {
      setProblem(clinicianError(error, t));
      setBusy(false);
    }
  }

  return (
    <div className="clinician-narrow">
      <h1>{t('choose.title')}</h1>
      <p className="lead">{t('choose.intro')}</p>
      <form
        noValidate
        onSubmit={(event) => {
          void submit(event);
        }}
      >
        <RadioGroup
          legend={t('practice.choose')}
          options={options}
          selected={chosen}
          error={problem}
          onChange={(value) => {
            setChosen(value);
            setProblem(undefined);
          }}
        />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('choose.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
