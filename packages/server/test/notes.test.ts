/**
 * A clinician's notes on a linked patient (docs/care-team.md, "Notes"): part of the patient's file
 * (in their export, gone with their account), written under the consent that allows changes, each
 * write and read in the access log; a patient out of reach is not found.
 */
import { expect, it } from 'vitest';
import { linkPatient, practiceWithClinician, underConsent } from './support/care-team.js';
import { describeEachDatabase } from './support/each-database.js';
import { PASSWORD, type TestServer } from './support/test-server.js';

async function linkedPatient(server: TestServer) {
  const care = await practiceWithClinician(server, { displayName: 'Sanne Jansen' });
  const patient = server.client();
  await patient.signUp();
  const { linkId } = await linkPatient(care.clinician, patient, 'Anna de Vries');
  const patientId = patient.account?.id ?? '';
  return { ...care, patient, patientId, linkId, notes: `/clinician/patients/${patientId}/notes` };
}

describeEachDatabase('a clinician’s notes on a patient', (server) => {
  it('writes notes with their author and time, reads them newest first, each in the access log', async () => {
    const { clinician, clinicianId, patientId, notes } = await linkedPatient(server());
    const first = await clinician.post(notes, { text: '  Eerste gesprek: pijn vooral ’s ochtends.  ' });
    expect(first.status, first.text).toBe(201);
    expect(first.body).toMatchObject({
      text: 'Eerste gesprek: pijn vooral ’s ochtends.',
      by: { name: 'Sanne Jansen' },
    });
    server().clock.advanceSeconds(60);
    await clinician.post(notes, { text: 'Achteruit lopen onder begeleiding gaat goed.' });
    const read = await clinician.get(notes);
    expect(read.body.notes.map((note: { text: string }) => note.text)).toEqual([
      'Achteruit lopen onder begeleiding gaat goed.',
      'Eerste gesprek: pijn vooral ’s ochtends.',
    ]);
    const rows = await server()
      .db.kysely.selectFrom('access_log')
      .select(['resource', 'action'])
      .where('patient_id', '=', patientId)
      .where('actor_id', '=', clinicianId)
      .orderBy('at')
      .execute();
    expect(rows.map((row) => `${row.resource} ${row.action}`)).toEqual([
      'notes change',
      'notes change',
      'notes read',
    ]);
    server().clock.set('2026-11-21T10:00:00Z');
  });

  it('refuses an empty note, one too long, and a NUL, naming the field', async () => {
    const { clinician, notes } = await linkedPatient(server());
    for (const text of ['   ', 'x'.repeat(4001), 'a\u0000b']) {
      const refused = await clinician.post(notes, { text });
      expect(refused.status).toBe(422);
      expect(refused.body.errors).toEqual([expect.objectContaining({ path: 'text' })]);
    }
    expect((await clinician.post(notes, { text: 'x'.repeat(4000) })).status).toBe(201);
    expect((await clinician.post(notes, { text: 'ok', colour: 'red' })).status).toBe(422);
  });

  it('needs the consent that allows changes to write; reading goes on under the first one', async () => {
    const { clinician, linkId, notes } = await linkedPatient(server());
    await clinician.post(notes, { text: 'Voor de toestemming veranderde.' });
    await underConsent(server(), linkId, 'care-team-1');
    const refused = await clinician.post(notes, { text: 'Nu niet.' });
    expect(refused.status).toBe(403);
    expect(refused.body.type).toBe('urn:wandelcoach:problem:consent-needed');
    expect((await clinician.get(notes)).body.notes).toHaveLength(1);
  });

  it('answers 404 to a clinician of another practice and after the link ends, telling nothing', async () => {
    const { patient, linkId, clinician, notes } = await linkedPatient(server());
    await clinician.post(notes, { text: 'Vertrouwelijk: Anna de Vries.' });
    const other = await practiceWithClinician(server());
    for (const caller of [other.clinician]) {
      const read = await caller.get(notes);
      expect(read.status).toBe(404);
      expect(read.text).not.toContain('Vertrouwelijk');
      expect((await caller.post(notes, { text: 'Ingebroken' })).status).toBe(404);
    }
    expect((await patient.delete(`/me/care-team/${linkId}`)).status).toBe(204);
    expect((await clinician.get(notes)).status).toBe(404);
  });

  it('is part of the patient’s file: in the data export, and gone with the account', async () => {
    const { patient, patientId, clinician, notes } = await linkedPatient(server());
    await clinician.post(notes, { text: 'Wandelt nu 20 minuten.' });
    const exported = (await patient.get('/me/export')).body;
    expect(exported.notes).toEqual([
      expect.objectContaining({ text: 'Wandelt nu 20 minuten.', by: { name: 'Sanne Jansen' } }),
    ]);
    expect((await patient.delete('/me', { password: PASSWORD })).status).toBe(204);
    const left = await server()
      .db.kysely.selectFrom('patient_notes')
      .select('id')
      .where('account_id', '=', patientId)
      .execute();
    expect(left).toEqual([]);
  });
});
