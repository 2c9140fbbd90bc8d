/**
 * SQL for clinicians' notes on a patient (docs/care-team.md, "Notes"): a practice reads only its own
 * members' notes; the patient's export holds all of them.
 */
import { toIso } from '../db/values.js';
import type { Executor } from './executor.js';

export interface Note {
  id: string;
  text: string;
  /** The name the author went by when writing it. */
  by: { name: string };
  at: string;
}

export async function insertNote(
  db: Executor,
  note: {
    patientId: string;
    id: string;
    practiceId: string;
    clinicianId: string;
    clinicianName: string;
    text: string;
    at: string;
  },
): Promise<void> {
  await db
    .insertInto('patient_notes')
    .values({
      account_id: note.patientId,
      id: note.id,
      practice_id: note.practiceId,
      clinician_id: note.clinicianId,
      clinician_name: note.clinicianName,
      text: note.text,
      created_at: note.at,
    })
    .execute();
}

/** The notes the practice's members wrote on the patient, newest first; never another practice's. */
export async function listNotes(db: Executor, patientId: string, practiceId: string): Promise<Note[]> {
  const rows = await db
    .selectFrom('patient_notes')
    .select(['id', 'text', 'clinician_name', 'created_at'])
    .where('account_id', '=', patientId)
    .where('practice_id', '=', practiceId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(toNote);
}

/** A note in the patient's own data export: with the practice's name (null once the practice is gone). */
export interface ExportedNote extends Note {
  practiceName: string | null;
}

/** All the patient's notes, of every practice, newest first (the patient's data export). */
export async function listAllNotes(db: Executor, patientId: string): Promise<ExportedNote[]> {
  const rows = await db
    .selectFrom('patient_notes')
    // No foreign key (migration 0007): the note stays when its practice goes.
    .leftJoin('practices', 'practices.id', 'patient_notes.practice_id')
    .select([
      'patient_notes.id',
      'patient_notes.text',
      'patient_notes.clinician_name',
      'patient_notes.created_at',
      'practices.name',
    ])
    .where('patient_notes.account_id', '=', patientId)
    .orderBy('patient_notes.created_at', 'desc')
    .orderBy('patient_notes.id')
    .execute();
  return rows.map((row) => ({ ...toNote(row), practiceName: row.name }));
}

function toNote(row: { id: string; text: string; clinician_name: string; created_at: Date | string }): Note {
  return { id: row.id, text: row.text, by: { name: row.clinician_name }, at: toIso(row.created_at) };
}
