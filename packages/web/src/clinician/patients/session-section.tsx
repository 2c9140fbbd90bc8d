/**
 * Record a supervised session: a walk the clinician supervised, which counts as the patient's walk,
 * with its date and a reason, kept with the session itself.
 */
import type * as Api from '@wandelcoach/server/api-types';
import { useRef, useState } from 'react';
import { useApp } from '../../app-context.js';
import { RadioGroup, Toggle } from '../../components/choices.js';
import { TextField } from '../../components/text-field.js';
import { localToday } from '../../today.js';
import { patientsApi } from './data.js';
import { usePatientToday } from './patient-today.js';
import { refusal } from './field-error.js';
import { ReasonField } from './reason-field.js';
import { useSaving } from './saving.js';
import { useWords } from './words.js';
import { SubmitRow } from './submit-row.js';

type Kind = Api.SupervisedSessionRequest['kind'];

/** The server's bound on a session's reason (`SupervisedSessionRequest.reason`). */
const SESSION_REASON_MAX = 2000;

/** A whole number within bounds from what was typed, or undefined. */
export function wholeNumberIn(text: string, min: number, max: number): number | undefined {
  if (!/^\s*\d+\s*$/.test(text)) return undefined;
  const value = Number(text);
  return value >= min && value <= max ? value : undefined;
}

export function SessionSection(props: { patientId: string }) {
  const { api } = useApp();
  const { w } = useWords();
  // One id per form: a second press after a lost answer stores the walk once.
  const walkId = useRef(crypto.randomUUID());
  // The patient's today: a session dated after it would be refused.
  const today = usePatientToday(props.patientId, (known) => {
    setDate((current) => (current === localToday() ? known : current));
  });
  const [date, setDate] = useState(today);
  const [kind, setKind] = useState<Kind>('forward');
  const [minutes, setMinutes] = useState('');
  const [pain, setPain] = useState('');
  const [dizziness, setDizziness] = useState(false);
  const [fall, setFall] = useState(false);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ minutes?: string; pain?: string; reason?: string }>({});
  const { busy, failure, save } = useSaving(refusal);
  const [status, setStatus] = useState('');

  return (
    <>
      <h2>{w('cp.session.title')}</h2>
      <p>{w('cp.session.intro')}</p>
      <form
        className="cp-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setStatus('');
          const walked = wholeNumberIn(minutes, 1, 300);
          const painDuring = wholeNumberIn(pain, 0, 10);
          const found = {
            ...(walked === undefined && { minutes: w('cp.change.notANumber', { min: 1, max: 300 }) }),
            ...(painDuring === undefined && { pain: w('cp.change.notANumber', { min: 0, max: 10 }) }),
            ...(reason.trim() === '' && { reason: w('cp.change.reasonNeeded') }),
          };
          setErrors(found);
          if (walked === undefined || painDuring === undefined || found.reason !== undefined) return;
          save(
            () =>
              patientsApi.supervisedSession(api, props.patientId, {
                id: walkId.current,
                date,
                kind,
                minutes: walked,
                painDuring,
                dizziness,
                fall,
                reason,
              }),
            () => {
              walkId.current = crypto.randomUUID();
              setMinutes('');
              setPain('');
              setReason('');
              setDizziness(false);
              setFall(false);
              setStatus(w('cp.session.saved'));
            },
          );
        }}
      >
        <TextField
          label={w('cp.session.date')}
          help={w('cp.change.date.help')}
          type="date"
          value={date}
          error={undefined}
          onChange={setDate}
        />
        <RadioGroup
          legend={w('cp.session.kind')}
          options={(['forward', 'retro'] as const).map((value) => ({
            value,
            label: w(`cp.walks.kind.${value}`),
          }))}
          selected={kind}
          onChange={setKind}
        />
        <TextField
          label={w('cp.session.minutes')}
          help={w('cp.change.range', { min: 1, max: 300 })}
          value={minutes}
          error={errors.minutes}
          onChange={setMinutes}
        />
        <TextField
          label={w('cp.session.pain')}
          help={w('cp.change.range', { min: 0, max: 10 })}
          value={pain}
          error={errors.pain}
          onChange={setPain}
        />
        <Toggle label={w('cp.session.dizziness')} checked={dizziness} onChange={setDizziness} />
        <Toggle label={w('cp.session.fall')} checked={fall} onChange={setFall} />
        <ReasonField
          label={w('cp.session.reason')}
          help={w('cp.session.reason.help')}
          value={reason}
          error={errors.reason}
          maxLength={SESSION_REASON_MAX}
          onChange={setReason}
        />
        <SubmitRow failure={failure} busy={busy} label={w('cp.session.save')} />
      </form>
      <p role="status" className="cp-status">
        {status}
      </p>
    </>
  );
}
