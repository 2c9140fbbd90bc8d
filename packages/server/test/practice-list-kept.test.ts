/**
 * The practice's patient list is kept per list version (docs/scaling.md, "The practice's list, kept
 * per change"). Every writer of what the list is made from goes through one server instance while the
 * clinician reads the list through a second one on the same database, which has already kept it: the
 * second must answer with the change, so no instance serves a list another has made stale. Each
 * listing is still written to the access log.
 */
import { expect, it } from 'vitest';
import { keepFlags } from '../src/services/housekeeping.js';
import { linkPatient, practiceWithClinician } from './support/care-team.js';
import { describeEachDatabase } from './support/each-database.js';
import { INTAKE, walk } from './support/fixtures.js';
import { PASSWORD, type SecondInstance, type TestClient, type TestServer } from './support/test-server.js';

interface ListedRow {
  patientId: string;
  patientName: string;
  lastWalk: string | null;
  openFlags: { kind: string; severity: string }[];
}

interface Setup {
  clinician: TestClient;
  practiceId: string;
  patient: TestClient;
  patientId: string;
  second: SecondInstance;
  /** The clinician, with the same session, on the second instance. */
  reader: TestClient;
}

async function linkedPatient(server: TestServer, clinician: TestClient, name: string) {
  const patient = server.client();
  await patient.signUp();
  expect((await patient.put('/me/intake', INTAKE)).status).toBe(200);
  const { linkId } = await linkPatient(clinician, patient, name);
  return { patient, patientId: patient.account?.id ?? '', linkId };
}

async function setUp(server: TestServer): Promise<Setup & { linkId: string }> {
  const care = await practiceWithClinician(server);
  const linked = await linkedPatient(server, care.clinician, 'Anna de Vries');
  const second = server.secondInstance();
  return { ...care, ...linked, second, reader: second.as(care.clinician) };
}

/** The list through the second instance, twice: the second answer is the one it kept. */
async function keptList(setup: Setup): Promise<ListedRow[]> {
  const first = await setup.reader.get('/clinician/patients');
  expect(first.status, first.text).toBe(200);
  const again = await setup.reader.get('/clinician/patients');
  expect(again.text).toBe(first.text);
  expect(setup.second.context.practiceListCache?.count).toBeGreaterThan(0);
  return first.body.patients as ListedRow[];
}

async function list(setup: Setup): Promise<ListedRow[]> {
  const answer = await setup.reader.get('/clinician/patients');
  expect(answer.status, answer.text).toBe(200);
  return answer.body.patients as ListedRow[];
}

const rowOf = (rows: ListedRow[], patientId: string) => rows.find((row) => row.patientId === patientId);

async function listVersion(server: TestServer, practiceId: string): Promise<number> {
  const row = await server.db.kysely
    .selectFrom('practices')
    .select('list_version')
    .where('id', '=', practiceId)
    .executeTakeFirstOrThrow();
  return row.list_version;
}

describeEachDatabase("the practice's list, kept per change", (server) => {
  it('a walk logged and deleted through one instance is the list through the other', async () => {
    const setup = await setUp(server());
    expect(rowOf(await keptList(setup), setup.patientId)?.lastWalk).toBeNull();
    expect((await setup.patient.post('/me/walks', walk({ date: '2026-11-20' }))).status).toBe(201);
    expect(rowOf(await keptList(setup), setup.patientId)?.lastWalk).toBe('2026-11-20');
    const later = walk({ date: '2026-11-21' });
    expect((await setup.patient.post('/me/walks', later)).status).toBe(201);
    expect(rowOf(await keptList(setup), setup.patientId)?.lastWalk).toBe('2026-11-21');
    expect((await setup.patient.delete(`/me/walks/${String(later['id'])}`)).status).toBe(204);
    expect(rowOf(await list(setup), setup.patientId)?.lastWalk).toBe('2026-11-20');
  });

  it('a flag raised and handled through one instance is the list through the other', async () => {
    const setup = await setUp(server());
    const fallFlag = { kind: 'fall', severity: 'urgent' };
    expect(rowOf(await keptList(setup), setup.patientId)?.openFlags).not.toContainEqual(fallFlag);
    expect((await setup.patient.post('/me/walks', walk({ fall: true }))).status).toBe(201);
    await keepFlags(server().context);
    expect(rowOf(await keptList(setup), setup.patientId)?.openFlags).toContainEqual(fallFlag);
    const flags = await setup.clinician.get(`/clinician/patients/${setup.patientId}/flags`);
    const fall = (flags.body.flags as { id: string; kind: string }[]).find((flag) => flag.kind === 'fall');
    const handled = await setup.clinician.patch(
      `/clinician/patients/${setup.patientId}/flags/${fall?.id ?? ''}`,
      {
        state: 'handled',
      },
    );
    expect(handled.status, handled.text).toBe(200);
    expect(rowOf(await list(setup), setup.patientId)?.openFlags).not.toContainEqual(fallFlag);
  });

  it("another practice handling its own flag of a shared patient leaves this practice's kept list as it was", async () => {
    const setup = await setUp(server());
    const other = await practiceWithClinician(server());
    await linkPatient(other.clinician, setup.patient, 'Anna de Vries');
    const fallFlag = { kind: 'fall', severity: 'urgent' };
    expect((await setup.patient.post('/me/walks', walk({ fall: true }))).status).toBe(201);
    await keepFlags(server().context);
    expect(rowOf(await keptList(setup), setup.patientId)?.openFlags).toContainEqual(fallFlag);
    const version = await listVersion(server(), setup.practiceId);
    const flags = await other.clinician.get(`/clinician/patients/${setup.patientId}/flags`);
    const fall = (flags.body.flags as { id: string; kind: string }[]).find((flag) => flag.kind === 'fall');
    const handled = await other.clinician.patch(
      `/clinician/patients/${setup.patientId}/flags/${fall?.id ?? ''}`,
      { state: 'handled' },
    );
    expect(handled.status, handled.text).toBe(200);
    expect(await listVersion(server(), setup.practiceId)).toBe(version);
    expect(rowOf(await keptList(setup), setup.patientId)?.openFlags).toContainEqual(fallFlag);
    const othersList = (await other.clinician.get('/clinician/patients')).body.patients as ListedRow[];
    expect(rowOf(othersList, setup.patientId)?.openFlags).not.toContainEqual(fallFlag);
  });

  it('a patient linked, revoking, or erased through one instance is the list through the other', async () => {
    const setup = await setUp(server());
    expect((await keptList(setup)).map((row) => row.patientName)).toEqual(['Anna de Vries']);
    const bert = await linkedPatient(server(), setup.clinician, 'Bert Bakker');
    expect((await keptList(setup)).map((row) => row.patientName)).toEqual(['Anna de Vries', 'Bert Bakker']);
    expect((await bert.patient.delete(`/me/care-team/${bert.linkId}`)).status).toBe(204);
    expect((await keptList(setup)).map((row) => row.patientName)).toEqual(['Anna de Vries']);
    expect((await setup.patient.delete('/me', { password: PASSWORD })).status).toBe(204);
    expect(await list(setup)).toEqual([]);
  });

  it("a patient's new time zone raises the version (the list's calendar is theirs); a new language does not", async () => {
    const setup = await setUp(server());
    await keptList(setup);
    const version = await listVersion(server(), setup.practiceId);
    expect((await setup.patient.patch('/me', { timeZone: 'Pacific/Kiritimati' })).status).toBe(200);
    expect(await listVersion(server(), setup.practiceId)).toBeGreaterThan(version);
    const unchanged = await listVersion(server(), setup.practiceId);
    expect((await setup.patient.patch('/me', { locale: 'en' })).status).toBe(200);
    expect(await listVersion(server(), setup.practiceId)).toBe(unchanged);
    expect(rowOf(await keptList(setup), setup.patientId)?.patientName).toBe('Anna de Vries');
  });

  it('a write straight to the database (a tool, an import) raises the version too', async () => {
    const setup = await setUp(server());
    await keptList(setup);
    const version = await listVersion(server(), setup.practiceId);
    await server()
      .db.kysely.updateTable('care_links')
      .set({ patient_name: 'Anna van Dijk' })
      .where('id', '=', setup.linkId)
      .execute();
    expect(await listVersion(server(), setup.practiceId)).toBeGreaterThan(version);
    expect((await list(setup)).map((row) => row.patientName)).toEqual(['Anna van Dijk']);
  });

  it("another practice's changes leave this practice's version alone", async () => {
    const setup = await setUp(server());
    const version = await listVersion(server(), setup.practiceId);
    const other = await practiceWithClinician(server());
    const stranger = await linkedPatient(server(), other.clinician, 'Cor Smit');
    expect((await stranger.patient.post('/me/walks', walk())).status).toBe(201);
    expect(await listVersion(server(), setup.practiceId)).toBe(version);
    expect(await listVersion(server(), other.practiceId)).toBeGreaterThan(0);
  });

  it('every listing is in the access log, also when the list was kept', async () => {
    const setup = await setUp(server());
    const reads = () =>
      server()
        .db.kysely.selectFrom('access_log')
        .select('id')
        .where('practice_id', '=', setup.practiceId)
        .where('resource', '=', 'patients')
        .execute()
        .then((rows) => rows.length);
    const before = await reads();
    await keptList(setup);
    expect(await reads()).toBe(before + 2);
  });
});
