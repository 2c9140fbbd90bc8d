/**
 * A patient linked with two practices, at once or one after the other (docs/care-team.md, "Flags"
 * and "Notes"): each practice reads only its own members' notes and its own flags, with its own
 * state; another practice's flag id answers as an unknown one. A fall raises a flag for every
 * practice with a running link; one practice handling its flag leaves the other's open. The patient's
 * own export holds every practice's notes and flags, each with the practice's name.
 */
import { beforeEach, expect, it } from 'vitest';
import { refreshAllFlags } from '../src/services/flags.service.js';
import { linkPatient, practiceWithClinician, type ClinicianOfPractice } from './support/care-team.js';
import { describeEachDatabase } from './support/each-database.js';
import { refreshInTwoProcesses, storeWalkUnkept } from './support/flag-races.js';
import { INTAKE, walk } from './support/fixtures.js';
import type { TestClient, TestServer } from './support/test-server.js';

const NOW = '2026-11-21T10:00:00Z';

interface ReadFlag {
  id: string;
  kind: string;
  state: string;
  note: string | null;
  seen: { by: string | null; name: string | null } | null;
  handled: { by: string | null; name: string | null } | null;
}

async function patientOf(server: TestServer) {
  const patient = server.client();
  await patient.signUp();
  expect((await patient.put('/me/intake', INTAKE)).status).toBe(200);
  return { patient, patientId: patient.account?.id ?? '' };
}

async function flagsOf(practice: ClinicianOfPractice, patientId: string): Promise<ReadFlag[]> {
  const answer = await practice.clinician.get(`/clinician/patients/${patientId}/flags`);
  expect(answer.status, answer.text).toBe(200);
  return answer.body.flags as ReadFlag[];
}

const fallOf = async (practice: ClinicianOfPractice, patientId: string) =>
  (await flagsOf(practice, patientId)).find((flag) => flag.kind === 'fall');

async function notesOf(clinician: TestClient, patientId: string): Promise<string[]> {
  const answer = await clinician.get(`/clinician/patients/${patientId}/notes`);
  expect(answer.status, answer.text).toBe(200);
  return (answer.body.notes as { text: string }[]).map((note) => note.text);
}

async function openFlagsListed(clinician: TestClient, patientId: string) {
  const answer = await clinician.get('/clinician/patients');
  expect(answer.status, answer.text).toBe(200);
  const row = (answer.body.patients as { patientId: string; openFlags: { kind: string }[] }[]).find(
    (listed) => listed.patientId === patientId,
  );
  return row?.openFlags.map((flag) => flag.kind);
}

describeEachDatabase('flags and notes per practice', (server) => {
  beforeEach(() => {
    server().clock.set(NOW);
  });

  async function linkedWithTwo() {
    const a = await practiceWithClinician(server(), { name: 'Praktijk Noord', displayName: 'Sanne Jansen' });
    const b = await practiceWithClinician(server(), { name: 'Praktijk Zuid', displayName: 'Bas de Boer' });
    const { patient, patientId } = await patientOf(server());
    const linkA = await linkPatient(a.clinician, patient, 'Anna de Vries');
    await linkPatient(b.clinician, patient, 'Anna de Vries');
    return { a, b, patient, patientId, linkA };
  }

  it('raises a fall for both practices; each sees and handles only its own flag', async () => {
    const { a, b, patient, patientId } = await linkedWithTwo();
    expect((await patient.post('/me/walks', walk({ fall: true }))).status).toBe(201);
    const [fallA, fallB] = [await fallOf(a, patientId), await fallOf(b, patientId)];
    expect(fallA?.state).toBe('new');
    expect(fallB?.state).toBe('new');
    expect(fallA?.id).not.toBe(fallB?.id);

    server().clock.advanceSeconds(60);
    const path = (flagId: string | undefined) => `/clinician/patients/${patientId}/flags/${flagId ?? ''}`;
    const handled = await a.clinician.patch(path(fallA?.id), {
      state: 'handled',
      note: 'Gebeld: geen letsel.',
    });
    expect(handled.status, handled.text).toBe(200);

    // B's flag is still open and shows nothing of A's note or of who at A handled it.
    const stillOpen = await fallOf(b, patientId);
    expect(stillOpen).toMatchObject({ id: fallB?.id, state: 'new', seen: null, handled: null, note: null });
    const readByB = JSON.stringify(await b.clinician.get(`/clinician/patients/${patientId}/flags`));
    expect(readByB).not.toContain('Gebeld');
    expect(readByB).not.toContain(a.clinicianId);
    expect(readByB).not.toContain('Sanne Jansen');
    expect(await openFlagsListed(a.clinician, patientId)).not.toContain('fall');
    expect(await openFlagsListed(b.clinician, patientId)).toContain('fall');
    const practiceListB = await b.clinician.get('/clinician/flags?kind=fall');
    expect(practiceListB.body.flags.map((flag: { id: string }) => flag.id)).toEqual([fallB?.id]);
    expect((await b.clinician.get('/clinician/flags?state=handled')).body.flags).toEqual([]);

    // B cannot change A's flag, nor A B's: another practice's id is not found, and nothing changes.
    expect((await b.clinician.patch(path(fallA?.id), { state: 'seen' })).status).toBe(404);
    expect((await a.clinician.patch(path(fallB?.id), { state: 'handled' })).status).toBe(404);
    expect((await fallOf(b, patientId))?.state).toBe('new');

    // Nor does housekeeping raise a second one for B, or a new one for A (already covered there).
    await refreshAllFlags(server().context);
    expect((await flagsOf(a, patientId)).filter((flag) => flag.kind === 'fall')).toHaveLength(1);
    expect((await flagsOf(b, patientId)).filter((flag) => flag.kind === 'fall')).toHaveLength(1);

    // The patient's export holds both, each with its practice.
    const exported = (await patient.get('/me/export')).body;
    expect(
      (exported.flags as { kind: string; practiceName: string; state: string }[])
        .filter((flag) => flag.kind === 'fall')
        .map((flag) => `${flag.practiceName} ${flag.state}`)
        .sort(),
    ).toEqual(['Praktijk Noord handled', 'Praktijk Zuid new']);
  });

  it('stores one open flag per practice and kind when two processes raise at once', async () => {
    const { a, b, patient, patientId } = await linkedWithTwo();
    // Stored without the flags being kept yet, as a restore would.
    await storeWalkUnkept(server(), patientId, {
      kind: 'forward',
      painDuring: 3,
      dizziness: false,
      fall: true,
      newSymptoms: [],
    });
    expect(patient.account).toBeDefined();
    await refreshInTwoProcesses(server(), 3);
    const rows = await server()
      .db.kysely.selectFrom('flags')
      .select(['practice_id'])
      .where('account_id', '=', patientId)
      .where('kind', '=', 'fall')
      .where('handled_at', 'is', null)
      .execute();
    expect(rows.map((row) => row.practice_id).sort()).toEqual([a.practiceId, b.practiceId].sort());
  });

  it('lets a practice read only the notes its own members wrote; the export holds all, with their practice', async () => {
    const { a, b, patient, patientId } = await linkedWithTwo();
    const notes = `/clinician/patients/${patientId}/notes`;
    expect((await a.clinician.post(notes, { text: 'Noord: valt soms, let op.' })).status).toBe(201);
    expect((await b.clinician.post(notes, { text: 'Zuid: eerste gesprek.' })).status).toBe(201);
    expect(await notesOf(a.clinician, patientId)).toEqual(['Noord: valt soms, let op.']);
    expect(await notesOf(b.clinician, patientId)).toEqual(['Zuid: eerste gesprek.']);
    const exported = (await patient.get('/me/export')).body;
    expect(
      (exported.notes as { text: string; practiceName: string | null; by: { name: string } }[])
        .map((note) => `${note.practiceName ?? '-'}: ${note.by.name}: ${note.text}`)
        .sort(),
    ).toEqual([
      'Praktijk Noord: Sanne Jansen: Noord: valt soms, let op.',
      'Praktijk Zuid: Bas de Boer: Zuid: eerste gesprek.',
    ]);
  });

  it('after A’s link ends and B links, B sees none of A’s notes or flags, and gets its own', async () => {
    const a = await practiceWithClinician(server(), { name: 'Praktijk Noord', displayName: 'Sanne Jansen' });
    const b = await practiceWithClinician(server(), { name: 'Praktijk Zuid' });
    const { patient, patientId } = await patientOf(server());
    await linkPatient(a.clinician, patient, 'Anna de Vries');
    expect((await patient.post('/me/walks', walk({ fall: true }))).status).toBe(201);
    const notes = `/clinician/patients/${patientId}/notes`;
    expect((await a.clinician.post(notes, { text: 'Noord: valt soms.' })).status).toBe(201);
    const fallA = await fallOf(a, patientId);
    server().clock.advanceSeconds(60);
    expect(
      (
        await a.clinician.patch(`/clinician/patients/${patientId}/flags/${fallA?.id ?? ''}`, {
          state: 'seen',
        })
      ).status,
    ).toBe(200);
    expect((await a.clinician.delete(`/clinician/patients/${patientId}`)).status).toBe(204);

    server().clock.advanceSeconds(60);
    await linkPatient(b.clinician, patient, 'Anna de Vries');
    expect(await notesOf(b.clinician, patientId)).toEqual([]);
    expect(await flagsOf(b, patientId)).toEqual([]);
    expect((await b.clinician.get('/clinician/flags')).body.flags).toEqual([]);
    expect(
      (
        await b.clinician.patch(`/clinician/patients/${patientId}/flags/${fallA?.id ?? ''}`, {
          state: 'handled',
        })
      ).status,
    ).toBe(404);
    expect(await openFlagsListed(b.clinician, patientId)).toEqual([]);

    // The walks are the patient's: the fall they logged is B's to see, as B's own new flag.
    await refreshAllFlags(server().context);
    const fallB = await fallOf(b, patientId);
    expect(fallB).toMatchObject({ state: 'new', seen: null });
    expect(fallB?.id).not.toBe(fallA?.id);
  });
});
