/** A patient's notes: write one (it goes into the patient's file), and read them, newest first. */
import { useState } from 'react';
import { useApp } from '../../app-context.js';
import { patientsApi, usePatientPart } from './data.js';
import { NoteField } from './reason-field.js';
import { Loaded } from './parts.js';
import { useSaving } from './saving.js';
import { formatDate, useWords } from './words.js';
import { SubmitRow } from './submit-row.js';

export function NotesSection(props: { patientId: string }) {
  const { api } = useApp();
  const { w, locale } = useWords();
  const notes = usePatientPart(props.patientId, 'notes');
  const [text, setText] = useState('');
  const { busy, failure, save } = useSaving();
  const [status, setStatus] = useState('');
  return (
    <>
      <h2>{w('cp.notes.title')}</h2>
      <form
        className="cp-form"
        onSubmit={(event) => {
          event.preventDefault();
          setStatus('');
          save(
            () => patientsApi.addNote(api, props.patientId, text),
            () => {
              setText('');
              setStatus(w('cp.notes.saved'));
            },
          );
        }}
      >
        <NoteField
          label={w('cp.notes.new')}
          help={w('cp.notes.new.help')}
          value={text}
          rows={4}
          maxLength={4000}
          required
          onChange={setText}
        />
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
