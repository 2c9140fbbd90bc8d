/** SQL for clinicians' notes on a patient (docs/care-team.md, "Notes"). */
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

/** The patient's notes, newest first. */
export async function listNotes(db: Executor, patientId: string): Promise<Note[]> {
  const rows = await db
    .selectFrom('patient_notes')
    .select(['id', 'text', 'clinician_name', 'created_at'])
    .where('account_id', '=', patientId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    text: row.text,
    by: { name: row.clinician_name },
    at: toIso(row.created_at),
  }));
}
