/**
 * Record a clearance (docs/clinical-rules.md §1, §4, §6): the GP's, retro-walking again after
 * dizziness, retro-walking without supervision, or an emergency sign assessed (chosen from the walks
 * that reported one). Each with its date and a reason.
 */
import { useState } from 'react';
import type * as Api from '@wandelcoach/server/api-types';
import { useApp } from '../../app-context.js';
import { RadioGroup } from '../../components/choices.js';
import { TextField } from '../../components/text-field.js';
import { localToday } from '../../today.js';
import { patientsApi, usePatientPart } from './data.js';
import { refusal } from './field-error.js';
import { ReasonField } from './reason-field.js';
import { useSaving } from './saving.js';
import { reportedSigns } from './signs.js';
import { formatDate, useWords } from './words.js';
import { SubmitRow } from './submit-row.js';

type Kind = Api.ClinicianClearanceRequest['kind'];
const KINDS: readonly Kind[] = ['gp', 'retro-walking', 'retro-supervision', 'emergency-sign'];

export function ClearanceSection(props: { patientId: string }) {
  const { api } = useApp();
  const { w, locale } = useWords();
  const walks = usePatientPart(props.patientId, 'walks');
  const [kind, setKind] = useState<Kind>('gp');
  const [sign, setSign] = useState<string>();
  const [date, setDate] = useState(localToday());
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const { busy, failure, save } = useSaving(refusal);
  const [status, setStatus] = useState('');
  const signs = walks.status === 'done' ? reportedSigns(walks.data) : [];
  const chosen = signs.find(([key]) => key === sign)?.[1];

  return (
    <>
      <h2>{w('cp.clearance.title')}</h2>
      <form
        className="cp-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setStatus('');
          if (reason.trim() === '') {
            setMissing(true);
            return;
          }
          setMissing(false);
          const body: Api.ClinicianClearanceRequest =
            kind === 'emergency-sign'
              ? {
                  kind,
                  date,
                  reason,
                  ...(chosen !== undefined && { sign: chosen.sign, signDate: chosen.date }),
                }
              : { kind, date, reason };
          save(
            () => patientsApi.clear(api, props.patientId, body),
            () => {
              setReason('');
              setStatus(w('cp.clearance.saved'));
            },
          );
        }}
      >
        <RadioGroup
          legend={w('cp.clearance.kind')}
          options={KINDS.map((value) => ({ value, label: w(`cp.clearance.${value}`) }))}
          selected={kind}
          onChange={setKind}
        />
        {kind === 'emergency-sign' &&
          (signs.length === 0 ? (
            <p className="notice">{w('cp.clearance.noSigns')}</p>
          ) : (
            <RadioGroup
              legend={w('cp.clearance.sign')}
              options={signs.map(([key, found]) => ({
                value: key,
                label: w('cp.clearance.sign.option', {
                  sign: w(`cp.sign.${found.sign}`),
                  date: formatDate(locale, found.date),
                }),
              }))}
              selected={sign}
              onChange={setSign}
            />
          ))}
        <TextField
          label={w('cp.clearance.date')}
          help={w('cp.change.date.help')}
          type="date"
          value={date}
          error={undefined}
          onChange={setDate}
        />
        <ReasonField
          label={w('cp.clearance.reason')}
          help={w('cp.change.reason.help')}
          value={reason}
          error={missing ? w('cp.change.reasonNeeded') : undefined}
          onChange={setReason}
        />
        <SubmitRow failure={failure} busy={busy} label={w('cp.clearance.save')} />
      </form>
      <p role="status" className="cp-status">
        {status}
      </p>
    </>
  );
}
