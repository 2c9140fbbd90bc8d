/**
 * Naming a patient and making their code: the name as the practice knows them, their year of birth
 * (the patient's second check), and their language for the printed sheet. Done, the invite's own
 * page shows the code large.
 */
import type { Locale } from '@wandelcoach/engine';
import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { useLocation } from 'wouter';
import { useApp } from '../../app-context.js';
import { RadioGroup } from '../../components/choices.js';
import { useClinician } from '../clinician-context.js';
import { clinicianError, fieldsNamed } from '../error-words.js';
import { invitePath } from '../paths.js';

type Field = 'patientName' | 'birthYear' | 'form';

/** A year of birth as typed, when it is four digits. */
export function birthYearTyped(typed: string): number | undefined {
  const trimmed = typed.trim();
  return /^\d{4}$/.test(trimmed) ? Number(trimmed) : undefined;
}

export function PatientInviteForm() {
  const { t, calls } = useClinician();
  const app = useApp();
  const [, navigate] = useLocation();
  const id = useId();
  const [name, setName] = useState('');
  const [year, setYear] = useState('');
  const [sheet, setSheet] = useState<Locale>(app.locale);
  const [problem, setProblem] = useState<{ field: Field; text: string }>();
  const [busy, setBusy] = useState(false);
  const nameField = useRef<HTMLInputElement>(null);
  const yearField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (problem?.field === 'patientName') nameField.current?.focus();
    if (problem?.field === 'birthYear') yearField.current?.focus();
  }, [problem]);

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    const birthYear = birthYearTyped(year);
    if (name.trim() === '') {
      setProblem({ field: 'patientName', text: t('invite.nameNeeded') });
      return;
    }
    if (birthYear === undefined) {
      setProblem({ field: 'birthYear', text: t('invite.birthYearWrong') });
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      const invite = await calls.invitePatient({ patientName: name.trim(), birthYear });
      navigate(invitePath(invite.id, sheet));
    } catch (error) {
      const fields = fieldsNamed(error);
      setProblem(
        fields.has('birthYear')
          ? { field: 'birthYear', text: t('invite.birthYearWrong') }
          : fields.has('patientName')
            ? { field: 'patientName', text: t('invite.nameNeeded') }
            : { field: 'form', text: clinicianError(error, t) },
      );
      setBusy(false);
    }
  }

  const described = (field: Field) =>
    `${id}-${field}-hint${problem?.field === field ? ` ${id}-${field}-error` : ''}`;
  const error = (field: Field) =>
    problem?.field === field && (
      <p id={`${id}-${field}-error`} role="alert" className="error">
        {problem.text}
      </p>
    );

  return (
    <form
      noValidate
      onSubmit={(event) => {
        void submit(event);
      }}
    >
      <p>{t('invite.intro')}</p>
      {error('form')}
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('invite.name')}</label>
        <p id={`${id}-patientName-hint`} className="hint">
          {t('invite.nameHint')}
        </p>
        <input
          ref={nameField}
          id={`${id}-name`}
          type="text"
          autoComplete="off"
          maxLength={80}
          value={name}
          aria-invalid={problem?.field === 'patientName'}
          aria-describedby={described('patientName')}
          onChange={(event) => {
            setName(event.target.value);
          }}
        />
        {error('patientName')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-year`}>{t('invite.birthYear')}</label>
        <p id={`${id}-birthYear-hint`} className="hint">
          {t('invite.birthYearHint')}
        </p>
        <input
          ref={yearField}
          id={`${id}-year`}
          className="short"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          maxLength={4}
          value={year}
          aria-invalid={problem?.field === 'birthYear'}
          aria-describedby={described('birthYear')}
          onChange={(event) => {
            setYear(event.target.value);
          }}
        />
        {error('birthYear')}
      </div>
      <RadioGroup<Locale>
        legend={t('invite.sheetLanguage')}
        options={[
          { value: 'nl', label: t('clinician.language.nl') },
          { value: 'en', label: t('clinician.language.en') },
        ]}
        selected={sheet}
        onChange={setSheet}
      />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('invite.busy') : t('invite.submit')}
        </button>
      </div>
    </form>
  );
}
