/**
 * Notes a clinician writes on a linked patient (docs/care-team.md, "Notes"). They are part of the
 * patient's file: the patient's data export holds them, and they go when the patient's account goes.
 * A practice reads only the notes its own members wrote, never those of another practice the
 * patient is (or was) linked with.
 * Writing one is a change to the record: it needs the consent that allows changes (`care-team-2`),
 * and each write and read is in the access log, in the same transaction.
 */
import { findAccountById } from '../repositories/accounts.repository.js';
import { insertNote, listNotes, type Note } from '../repositories/notes.repository.js';
import { openRecord, requireConsentToChange, type RecordRequest } from './access.js';
import type { ServiceContext } from './context.js';

export async function addNote(context: ServiceContext, request: RecordRequest, text: string): Promise<Note> {
  const { practiceId } = request.actor;
  if (practiceId === null) throw new Error('only a clinician acting for a practice writes notes');
  const at = context.now().toISOString();
  const author = await findAccountById(context.db.kysely, request.actor.id);
  const note: Note = { id: crypto.randomUUID(), text, by: { name: author?.display_name ?? 'Clinician' }, at };
  await context.db.kysely.transaction().execute(async (trx) => {
    await openRecord(trx, context.careTeam, request, 'change', 'notes', at);
    await requireConsentToChange(trx, request);
    await insertNote(trx, {
      patientId: request.subjectId,
      id: note.id,
      practiceId,
      clinicianId: request.actor.id,
      clinicianName: note.by.name,
      text,
      at,
    });
  });
  return note;
}

/** The notes the acting practice's members wrote; another practice's notes are not its to read. */
export async function readNotes(context: ServiceContext, request: RecordRequest): Promise<Note[]> {
  const { practiceId } = request.actor;
  if (practiceId === null) throw new Error('only a clinician acting for a practice reads notes');
  const db = context.db.kysely;
  return db.transaction().execute(async (trx) => {
    await openRecord(trx, context.careTeam, request, 'read', 'notes', context.now().toISOString());
    return listNotes(trx, request.subjectId, practiceId);
  });
}
