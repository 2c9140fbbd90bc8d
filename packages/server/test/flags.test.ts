/**
 * Flags (docs/care-team.md, "Flags"): raised when walks are written and by housekeeping, one open
 * flag per patient and kind however many processes raise it at once, read and handled by the
 * linked practice's clinicians only, every read and change in the access log.
 */
import { beforeEach, expect, it } from 'vitest';
import { keepFlags } from '../src/services/housekeeping.js';
import { linkPatient, practiceWithClinician } from './support/care-team.js';
import { describeEachDatabase } from './support/each-database.js';
import { refreshInTwoProcesses, storeWalkUnkept } from './support/flag-races.js';
import { INTAKE, walk } from './support/fixtures.js';
import type { TestClient, TestServer } from './support/test-server.js';

const PATIENT_NAME = 'Gerrit van der Laan';
/** The test clock's day: the intake starts 2026-11-09, so week 1 has ended and week 2 runs. */
const NOW = '2026-11-21T10:00:00Z';

async function linkedPatient(server: TestServer, name = PATIENT_NAME) {
  const practice = await practiceWithClinician(server);
  const patient = server.client();
  await patient.signUp();
  expect((await patient.put('/me/intake', INTAKE)).status).toBe(200);
  await linkPatient(practice.clinician, patient, name);
  return { ...practice, patient, patientId: patient.account?.id ?? '' };
}

async function flagsOf(clinician: TestClient, patientId: string) {
  const answer = await clinician.get(`/clinician/patients/${patientId}/flags`);
  expect(answer.status, answer.text).toBe(200);
  return answer.body.flags as { id: string; kind: string; severity: string; state: string; evidence: any }[];
}

const kinds = (flags: { kind: string; state: string }[]) =>
  flags
    .filter((flag) => flag.state !== 'handled')
    .map((flag) => flag.kind)
    .sort();

async function openRows(server: TestServer, patientId: string) {
  return server.db.kysely
    .selectFrom('flags')
    .select(['kind'])
    .where('account_id', '=', patientId)
    .where('handled_at', 'is', null)
    .execute();
}

describeEachDatabase('flags', (server) => {
  beforeEach(() => {
    server().clock.set(NOW);
  });

  it('raises urgent flags from a walk’s log: a fall, dizziness during retro-walking, emergency and GP signs', async () => {
    const { clinician, patient, patientId } = await linkedPatient(server());
    await patient.post('/me/walks', walk({ fall: true, painNextMorning: 4 }));
    await patient.post('/me/walks', walk({ kind: 'retro', dizziness: true }));
    await patient.post('/me/walks', walk({ newSymptoms: ['saddle-numbness', 'weight-loss'] }));
    const flags = await flagsOf(clinician, patientId);
    const urgent = flags.filter((flag) => flag.severity === 'urgent');
    expect(kinds(urgent)).toEqual(['emergency-sign', 'fall', 'gp-sign', 'retro-dizziness']);
    expect(urgent.find((flag) => flag.kind === 'emergency-sign')?.evidence).toEqual({
      dates: ['2026-11-20'],
      signs: ['saddle-numbness'],
    });
    expect(flags.every((flag) => flag.state === 'new')).toBe(true);
    // They are about the patient: the patient's data export holds them too.
    const exported = (await patient.get('/me/export')).body;
    expect(kinds(exported.flags).sort()).toEqual(kinds(flags).sort());
  });

  it('raises next-morning pain only when the rise persists: one morning is no flag, a second is', async () => {
    const { clinician, patient, patientId } = await linkedPatient(server());
    // Baseline (painNow) 4: 6 is 2 above it.
    const first = walk({ date: '2026-11-17', painNextMorning: 6 });
    await patient.post('/me/walks', first);
    expect(kinds(await flagsOf(clinician, patientId))).not.toContain('next-morning-pain');
    const second = walk({ date: '2026-11-19' });
    await patient.post('/me/walks', second);
    expect(kinds(await flagsOf(clinician, patientId))).not.toContain('next-morning-pain');
    // The next morning's answer comes later, as a change to the walk.
    server().clock.advanceSeconds(60);
    expect((await patient.patch(`/me/walks/${String(second.id)}`, { painNextMorning: 7 })).status).toBe(200);
    const raised = (await flagsOf(clinician, patientId)).find((flag) => flag.kind === 'next-morning-pain');
    expect(raised?.severity).toBe('attention');
    expect(raised?.evidence).toEqual({ dates: ['2026-11-17', '2026-11-19'], pain: 7, baseline: 4 });
  });

  it('keeps one open flag per patient and kind; once handled, only new evidence raises another', async () => {
    const { clinician, patient, patientId } = await linkedPatient(server());
    await patient.post('/me/walks', walk({ fall: true }));
    server().clock.advanceSeconds(60);
    await patient.post('/me/walks', walk({ fall: true, date: '2026-11-21' }));
    await keepFlags(server().context);
    let falls = (await flagsOf(clinician, patientId)).filter((flag) => flag.kind === 'fall');
    expect(falls).toHaveLength(1);
    server().clock.advanceSeconds(60);
    const handled = await clinician.patch(`/clinician/patients/${patientId}/flags/${falls[0]?.id ?? ''}`, {
      state: 'handled',
    });
    expect(handled.status, handled.text).toBe(200);
    server().clock.advanceSeconds(60);
    await keepFlags(server().context);
    falls = (await flagsOf(clinician, patientId)).filter((flag) => flag.kind === 'fall');
    expect(falls.map((flag) => flag.state)).toEqual(['handled']);
    server().clock.advanceSeconds(60);
    await patient.post('/me/walks', walk({ fall: true, date: '2026-11-21' }));
    falls = (await flagsOf(clinician, patientId)).filter((flag) => flag.kind === 'fall');
    expect(falls.map((flag) => flag.state)).toEqual(['new', 'handled']);
  });

  it('stores each flag once when several runs of the job, in two processes, raise it at the same moment', async () => {
    const { patient, patientId } = await linkedPatient(server());
    // Stored before any flag is kept for them: written straight into the table, as a restore would.
    await storeWalkUnkept(server(), patientId, {
      kind: 'retro',
      painDuring: 9,
      dizziness: true,
      fall: true,
      newSymptoms: ['fever-or-ill'],
    });
    expect(patient.account).toBeDefined();
    // A second process: its own connection (pool) to the same database, its own context.
    await refreshInTwoProcesses(server(), 4);
    const rows = await openRows(server(), patientId);
    const counts = new Map<string, number>();
    for (const row of rows) counts.set(row.kind, (counts.get(row.kind) ?? 0) + 1);
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
    expect([...counts.keys()].sort()).toEqual(
      expect.arrayContaining(['fall', 'gp-sign', 'retro-dizziness', 'severe-pain']),
    );
  });

  it('raises inactivity and adherence from housekeeping, and the practice’s list reads the stored weeks', async () => {
    const { clinician, patient, patientId } = await linkedPatient(server());
    // One short walk in week 1 (2026-11-09 to 15), nothing since.
    await patient.post('/me/walks', walk({ date: '2026-11-10', minutes: 5 }));
    server().clock.set('2026-11-18T10:00:00Z');
    await keepFlags(server().context);
    expect(kinds(await flagsOf(clinician, patientId))).toEqual(['adherence', 'inactivity']);
    const flags = await flagsOf(clinician, patientId);
    expect(flags.find((flag) => flag.kind === 'adherence')?.evidence).toMatchObject({
      dates: ['2026-11-09'],
      walkedMinutes: 5,
    });
    expect(flags.find((flag) => flag.kind === 'inactivity')?.evidence).toEqual({
      dates: ['2026-11-10'],
      lastWalk: '2026-11-10',
    });
    const listed = (await clinician.get('/clinician/patients')).body.patients;
    expect(listed).toHaveLength(1);
    expect(listed[0].openFlags).toEqual([
      { kind: 'inactivity', severity: 'inactivity' },
      { kind: 'adherence', severity: 'adherence' },
    ]);
    expect(listed[0].lastWeek).toMatchObject({ weekStart: '2026-11-09', walkedMinutes: 5 });
    expect(listed[0].lastWeek.plannedMinutes).toBeGreaterThan(10);
    // The pain trend comes from the same stored weeks: the one walk's pain; the week without is left out.
    expect(listed[0].weeklyPain).toEqual([{ weekStart: '2026-11-09', averagePain: 3 }]);
    expect(listed[0].lastWalk).toBe('2026-11-10');
  });

  it('lists the practice’s open flags most urgent first, with the patient’s name, filtered by kind or state', async () => {
    const { clinician, patient, patientId, practiceId } = await linkedPatient(server());
    await patient.post('/me/walks', walk({ painDuring: 9 }));
    server().clock.advanceSeconds(60);
    await patient.post('/me/walks', walk({ fall: true }));
    const listed = await clinician.get('/clinician/flags');
    expect(listed.status, listed.text).toBe(200);
    const mine = (listed.body.flags as { kind: string; severity: string; patientName: string }[]).filter(
      (flag) => flag.patientName === PATIENT_NAME,
    );
    expect(mine.map((flag) => flag.kind).slice(0, 2)).toEqual(['fall', 'severe-pain']);
    expect(listed.body.flags.map((flag: { severity: string }) => flag.severity)).toEqual(
      [...listed.body.flags.map((flag: { severity: string }) => flag.severity)].sort(
        (a: string, b: string) =>
          ['urgent', 'attention', 'inactivity', 'adherence'].indexOf(a) -
          ['urgent', 'attention', 'inactivity', 'adherence'].indexOf(b),
      ),
    );
    const falls = await clinician.get('/clinician/flags?kind=fall');
    expect(falls.body.flags.map((flag: { kind: string }) => flag.kind)).toEqual(['fall']);
    expect((await clinician.get('/clinician/flags?state=handled')).body.flags).toEqual([]);
    const wrong = await clinician.get('/clinician/flags?kind=boredom&state=gone');
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors.map((error: { path: string }) => error.path).sort()).toEqual(['kind', 'state']);
    const logged = await server()
      .db.kysely.selectFrom('access_log')
      .select(['practice_id', 'patient_id', 'action'])
      .where('resource', '=', 'flags')
      .where('practice_id', '=', practiceId)
      .execute();
    expect(logged).toEqual([
      { practice_id: practiceId, patient_id: null, action: 'read' },
      { practice_id: practiceId, patient_id: null, action: 'read' },
      { practice_id: practiceId, patient_id: null, action: 'read' },
    ]);
    expect(patientId).toBeTruthy();
  });

  it('marks a flag seen and handled with who and when and a note, each in the access log; handled is final', async () => {
    const { clinician, clinicianId, patient, patientId } = await linkedPatient(server());
    await patient.post('/me/walks', walk({ fall: true }));
    const [flag] = await flagsOf(clinician, patientId);
    const path = `/clinician/patients/${patientId}/flags/${flag?.id ?? ''}`;
    server().clock.advanceSeconds(60);
    const seen = await clinician.patch(path, { state: 'seen' });
    expect(seen.status, seen.text).toBe(200);
    expect(seen.body).toMatchObject({
      state: 'seen',
      // Who by the name they go by, so the practice's list can say who did what.
      seen: {
        by: clinicianId,
        name: `Fysiotherapeut ${clinicianId.slice(0, 6)}`,
        at: '2026-11-21T10:01:00.000Z',
      },
    });
    const tooLong = await clinician.patch(path, { state: 'handled', note: 'x'.repeat(2001) });
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.errors[0].path).toBe('note');
    const noState = await clinician.patch(path, { note: 'alleen een notitie' });
    expect(noState.status).toBe(422);
    expect(noState.body.errors[0].path).toBe('state');
    server().clock.advanceSeconds(60);
    const handled = await clinician.patch(path, { state: 'handled', note: 'Gebeld: geen letsel.' });
    expect(handled.body).toMatchObject({
      state: 'handled',
      seen: { by: clinicianId, at: '2026-11-21T10:01:00.000Z' },
      handled: {
        by: clinicianId,
        name: `Fysiotherapeut ${clinicianId.slice(0, 6)}`,
        at: '2026-11-21T10:02:00.000Z',
      },
      note: 'Gebeld: geen letsel.',
    });
    expect((await clinician.patch(path, { state: 'seen' })).status).toBe(409);
    const unknown = `/clinician/patients/${patientId}/flags/${crypto.randomUUID()}`;
    expect((await clinician.patch(unknown, { state: 'seen' })).status).toBe(404);
    const actions = await server()
      .db.kysely.selectFrom('access_log')
      .select(['action'])
      .where('resource', '=', 'flags')
      .where('patient_id', '=', patientId)
      .orderBy('at')
      .execute();
    // A refused change (handled already, no such flag) changed nothing, and its entry went with it.
    expect(actions.map((row) => row.action)).toEqual(['read', 'change', 'change']);
  });

  it('answers 404 to a clinician of another practice, and to the patient’s own after the link ends', async () => {
    const { clinician, patient, patientId } = await linkedPatient(server());
    await patient.post('/me/walks', walk({ fall: true }));
    const [flag] = await flagsOf(clinician, patientId);
    const path = `/clinician/patients/${patientId}/flags/${flag?.id ?? ''}`;
    const stranger = (await practiceWithClinician(server())).clinician;
    expect((await stranger.get(`/clinician/patients/${patientId}/flags`)).status).toBe(404);
    expect((await stranger.patch(path, { state: 'handled' })).status).toBe(404);
    expect(JSON.stringify((await stranger.get('/clinician/flags')).body)).not.toContain(PATIENT_NAME);
    expect((await clinician.delete(`/clinician/patients/${patientId}`)).status).toBe(204);
    expect((await clinician.get(`/clinician/patients/${patientId}/flags`)).status).toBe(404);
    expect((await clinician.patch(path, { state: 'handled' })).status).toBe(404);
    expect(JSON.stringify((await clinician.get('/clinician/flags')).body)).not.toContain(PATIENT_NAME);
  });

  it('never loses a walk when keeping its flags fails: the walk is stored, the failure reported', async () => {
    const { patient } = await linkedPatient(server());
    const errorsBefore = server().errors.length;
    const kysely = server().db.kysely;
    await kysely.schema.alterTable('flags').renameTo('flags_away').execute();
    try {
      const fell = walk({ fall: true });
      expect((await patient.post('/me/walks', fell)).status).toBe(201);
      expect((await patient.get('/me/walks')).body.walks.map((w: { id: string }) => w.id)).toContain(fell.id);
    } finally {
      await kysely.schema.alterTable('flags_away').renameTo('flags').execute();
    }
    expect(server().errors.length).toBe(errorsBefore + 1);
    server().errors.splice(errorsBefore, 1);
  });
});
