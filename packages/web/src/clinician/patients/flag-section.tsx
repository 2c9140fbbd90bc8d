/**
 * `/clinician/patients/:id/flags/:flagId`: one flag. Opening it marks it seen (once, by whoever opens
 * it first); handling it keeps a note. Who saw and handled it, and when, are shown.
 */
import { useEffect, useRef, useState } from 'react';
import { accountOf, useApp } from '../../app-context.js';
import { patientsApi, useClinicianChanged, usePatientPart } from './data.js';
import { NoteField } from './reason-field.js';
import { flagWords, Loaded } from './parts.js';
import { useSaving } from './saving.js';
import { nameOf } from './who.js';
import { formatDate, useWords } from './words.js';
import { SubmitRow } from './submit-row.js';

function HandleForm(props: { patientId: string; flagId: string }) {
  const { api } = useApp();
  const { w } = useWords();
  const [note, setNote] = useState('');
  const { busy, failure, save } = useSaving();
  return (
    <form
      className="cp-form"
      onSubmit={(event) => {
        event.preventDefault();
        save(() =>
          patientsApi.updateFlag(api, props.patientId, props.flagId, {
            state: 'handled',
            note: note.trim(),
          }),
        );
      }}
    >
      <NoteField
        label={w('cp.flag.note')}
        help={w('cp.flag.note.help')}
        value={note}
        rows={3}
        maxLength={2000}
        onChange={setNote}
      />
      <SubmitRow failure={failure} busy={busy} label={w('cp.flag.handle')} />
    </form>
  );
}

export function FlagSection(props: { patientId: string; flagId: string }) {
  const { api, session } = useApp();
  const { w, locale } = useWords();
  const flags = usePatientPart(props.patientId, 'flags');
  const changed = useClinicianChanged();
  const marked = useRef(false);
  const [status, setStatus] = useState('');
  const flag = flags.status === 'done' ? flags.data.flags.find((f) => f.id === props.flagId) : undefined;
  const me = accountOf(session)?.id;

  // Opening a new flag marks it seen, once per visit.
  useEffect(() => {
    if (flag?.state !== 'new' || marked.current) return;
    marked.current = true;
    patientsApi.updateFlag(api, props.patientId, props.flagId, { state: 'seen' }).then(
      () => {
        setStatus(w('cp.flag.markedSeen'));
        changed();
      },
      () => undefined,
    );
  }, [flag?.state, api, props.patientId, props.flagId, changed, w]);

  useEffect(() => {
    if (flag?.state === 'handled' && marked.current) setStatus(w('cp.flag.handled'));
  }, [flag?.state, w]);

  return (
    <section aria-labelledby="cp-flag-title">
      <p role="status" className="cp-status">
        {status}
      </p>
      <Loaded state={flags}>
        {() => {
          if (flag === undefined) return <p role="alert">{w('cp.notFound')}</p>;
          const evidence = flag.evidence;
          return (
            <>
              <h2 id="cp-flag-title">{w('cp.flag.title', { kind: flagWords(w, flag) })}</h2>
              <ul className="plain-list">
                <li>{w('cp.flag.raised', { date: formatDate(locale, flag.raisedAt) })}</li>
                {evidence.dates.length > 0 && (
                  <li>
                    {w('cp.flag.evidence', {
                      dates: evidence.dates.map((date) => formatDate(locale, date)).join(', '),
                    })}
                  </li>
                )}
                {evidence.signs !== undefined && evidence.signs.length > 0 && (
                  <li>
                    {w('cp.flag.evidence.signs', {
                      signs: evidence.signs.map((sign) => w(`cp.sign.${sign}`)).join(', '),
                    })}
                  </li>
                )}
                {evidence.pain !== undefined && (
                  <li>{w('cp.flag.evidence.pain', { pain: evidence.pain })}</li>
                )}
                {evidence.plannedMinutes !== undefined && evidence.walkedMinutes !== undefined && (
                  <li>
                    {w('cp.flag.evidence.minutes', {
                      walked: evidence.walkedMinutes,
                      planned: evidence.plannedMinutes,
                    })}
                  </li>
                )}
                <li>{w(`cp.flag.state.${flag.state}`)}</li>
                {flag.seen !== null && (
                  <li>
                    {w('cp.flag.seenBy', {
                      name: nameOf(w, flag.seen, me),
                      date: formatDate(locale, flag.seen.at),
                    })}
                  </li>
                )}
                {flag.handled !== null && (
                  <li>
                    {w('cp.flag.handledBy', {
                      name: nameOf(w, flag.handled, me),
                      date: formatDate(locale, flag.handled.at),
                    })}
                    {flag.note !== null && flag.note !== '' && (
                      <>
                        : <q className="cp-note">{flag.note}</q>
                      </>
                    )}
                  </li>
                )}
              </ul>
              {flag.state === 'handled' ? (
                <p className="notice">{w('cp.flag.final')}</p>
              ) : (
                <HandleForm patientId={props.patientId} flagId={flag.id} />
              )}
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
