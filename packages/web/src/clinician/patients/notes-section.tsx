/** A patient's notes: write one (it goes into the patient's file), and read them, newest first. */
import { useId, useState } from 'react';
import { useApp } from '../../app-context.js';
import { errorMessage } from '../../api/error-message.js';
import { patientsApi, useClinicianChanged, usePatientPart } from './data.js';
import { Loaded } from './parts.js';
import { formatDate, useWords } from './words.js';
import { SubmitRow } from './submit-row.js';

export function NotesSection(props: { patientId: string }) {
  const { api, t } = useApp();
  const { w, locale } = useWords();
  const notes = usePatientPart(props.patientId, 'notes');
  const changed = useClinicianChanged();
  const id = useId();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [status, setStatus] = useState('');
  return (
    <>
      <h2>{w('cp.notes.title')}</h2>
      <form
        className="cp-form"
        onSubmit={(event) => {
          event.preventDefault();
          setBusy(true);
          setFailure(undefined);
          setStatus('');
          patientsApi
            .addNote(api, props.patientId, text)
            .then(
              () => {
                setText('');
                setStatus(w('cp.notes.saved'));
                changed();
              },
              (error: unknown) => {
                setFailure(errorMessage(error, t));
              },
            )
            .finally(() => {
              setBusy(false);
            });
        }}
      >
        <div className="field">
          <label htmlFor={id}>{w('cp.notes.new')}</label>
          <p id={`${id}-help`} className="hint">
            {w('cp.notes.new.help')}
          </p>
          <textarea
            id={id}
            rows={4}
            maxLength={4000}
            required
            value={text}
            aria-describedby={`${id}-help`}
            onChange={(event) => {
              setText(event.target.value);
            }}
          />
        </div>
        <SubmitRow failure={failure} busy={busy} label={w('cp.notes.save')} />
      </form>
      <p role="status" className="cp-status">
        {status}
      </p>
      <Loaded state={notes}>
        {(answer) =>
          answer.notes.length === 0 ? (
            <p>{w('cp.notes.none')}</p>
          ) : (
            <ul className="cp-notes">
              {answer.notes.map((note) => (
                <li key={note.id}>
                  <p className="hint">
                    {w('cp.notes.by', { name: note.by.name, date: formatDate(locale, note.at) })}
                  </p>
                  <p className="cp-note-text">{note.text}</p>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </>
  );
}
