/**
 * Today's answer is kept per data version (docs/scaling.md, "Today's answer, kept per change"). Every
 * writer of what a plan is made from goes through one server instance while the patient reads through
 * a second one on the same database, which has already kept its answer: the second must answer with
 * the change, so no instance serves an answer another has made stale. Midnight in the person's time
 * zone moves today on its own.
 */
import { expect, it } from 'vitest';
import { linkPatient, practiceWithClinician } from './support/care-team.js';
import { describeEachDatabase } from './support/each-database.js';
import { INTAKE, walk } from './support/fixtures.js';
import type { SecondInstance, TestClient, TestServer } from './support/test-server.js';

interface Pair {
  /** The patient on the first instance, where the writes go. */
  patient: TestClient;
  patientId: string;
  second: SecondInstance;
  /** The same patient, signed in with the same session, on the second instance. */
  reader: TestClient;
}

async function patientOnTwoInstances(server: TestServer, options: { intake?: boolean } = {}): Promise<Pair> {
  const patient = server.client();
  await patient.signUp();
  if (options.intake !== false) expect((await patient.put('/me/intake', INTAKE)).status).toBe(200);
  const second = server.secondInstance();
  return { patient, patientId: patient.account?.id ?? '', second, reader: second.as(patient) };
}

/** Today through the second instance, twice: the second answer comes from what it keeps. */
async function keptToday(pair: Pair) {
  const first = await pair.reader.get('/me/today');
  expect(first.status, first.text).toBe(200);
  const again = await pair.reader.get('/me/today');
  expect(again.text).toBe(first.text);
  expect(pair.second.context.todayCache?.count).toBeGreaterThan(0);
  return first;
}

async function planVersion(server: TestServer, accountId: string): Promise<number> {
  const row = await server.db.kysely
    .selectFrom('accounts')
    .select('plan_version')
    .where('id', '=', accountId)
    .executeTakeFirstOrThrow();
  return row.plan_version;
}

async function linkedOnTwoInstances(server: TestServer) {
  const pair = await patientOnTwoInstances(server);
  const care = await practiceWithClinician(server, { displayName: 'Sanne Jansen' });
  await linkPatient(care.clinician, pair.patient);
  return { ...pair, ...care, base: `/clinician/patients/${pair.patientId}` };
}

describeEachDatabase('today, kept per change', (server) => {
  it('a new intake through one instance is today through the other', async () => {
    const pair = await patientOnTwoInstances(server(), { intake: false });
    expect((await keptToday(pair)).body.hasIntake).toBe(false);
    expect((await pair.patient.put('/me/intake', INTAKE)).status).toBe(200);
    expect((await pair.reader.get('/me/today')).body.hasIntake).toBe(true);
  });

  it('a walk logged, changed and deleted through one instance is today through the other', async () => {
    const pair = await patientOnTwoInstances(server());
    const today = (await keptToday(pair)).body.date as string;
    const logged = walk({ date: today, minutes: 12 });
    expect((await pair.patient.post('/me/walks', logged)).status).toBe(201);
    const walked = () => pair.reader.get('/me/today').then((answer) => answer.body.walked);
    expect(await walked()).toMatchObject([{ id: logged['id'], minutes: 12 }]);
    expect((await pair.patient.patch(`/me/walks/${String(logged['id'])}`, { minutes: 20 })).status).toBe(200);
    expect(await walked()).toMatchObject([{ id: logged['id'], minutes: 20 }]);
    expect((await pair.patient.delete(`/me/walks/${String(logged['id'])}`)).status).toBe(204);
    expect(await walked()).toEqual([]);
  });

  it('a walk of an earlier day changes what today says was missed', async () => {
    const pair = await patientOnTwoInstances(server());
    const before = await keptToday(pair);
    const missed = before.body.missed as { date: string; walks: number; minutes: number }[];
    const day = missed[0];
    if (day === undefined) throw new Error('no missed day');
    for (let n = 0; n < day.walks; n++) {
      const logged = walk({ date: day.date, minutes: Math.ceil(day.minutes / day.walks) });
      expect((await pair.patient.post('/me/walks', logged)).status).toBe(201);
    }
    const after = await pair.reader.get('/me/today');
    expect((after.body.missed as { date: string }[]).map((entry) => entry.date)).not.toContain(day.date);
  });

  it('an upload retried by the outbox changes nothing and raises no version', async () => {
    const pair = await patientOnTwoInstances(server());
    const logged = walk();
    expect((await pair.patient.post('/me/walks', logged)).status).toBe(201);
    const version = await planVersion(server(), pair.patientId);
    expect((await pair.reader.post('/me/walks', logged)).status).toBe(200);
    expect(await planVersion(server(), pair.patientId)).toBe(version);
  });

  it("a clinician's plan change through one instance is the patient's today through the other", async () => {
    const pair = await linkedOnTwoInstances(server());
    const before = await keptToday(pair);
    const changed = await pair.clinician.post(`${pair.base}/prescription/changes`, {
      date: '2026-11-21',
      reason: 'Rustiger opbouwen',
      weeklyStepMinutes: 1,
    });
    expect(changed.status, changed.text).toBe(201);
    const after = await pair.reader.get('/me/today');
    expect(after.text).not.toBe(before.text);
  });

  it("a clinician's clearance and a supervised session through one instance are today through the other", async () => {
    const pair = await linkedOnTwoInstances(server());
    const sign = walk({ date: '2026-11-20', newSymptoms: ['saddle-numbness'] });
    expect((await pair.patient.post('/me/walks', sign)).status).toBe(201);
    expect((await keptToday(pair)).body.triage.level).toBe('emergency');
    const cleared = await pair.clinician.post(`${pair.base}/prescription/clearances`, {
      kind: 'emergency-sign',
      date: '2026-11-21',
      reason: 'Gezien, niets gevonden',
      sign: 'saddle-numbness',
      signDate: '2026-11-20',
    });
    expect(cleared.status, cleared.text).toBe(201);
    expect((await keptToday(pair)).body.triage.level).not.toBe('emergency');

    const session = {
      id: crypto.randomUUID(),
      date: '2026-11-21',
      kind: 'forward',
      minutes: 10,
      painDuring: 2,
      dizziness: false,
      fall: false,
      reason: 'Samen geoefend',
    };
    const supervised = await pair.clinician.post(`${pair.base}/supervised-sessions`, session);
    expect(supervised.status, supervised.text).toBe(201);
    expect((await pair.reader.get('/me/today')).body.walked).toMatchObject([
      { id: session.id, supervisedBy: { name: 'Sanne Jansen', reason: 'Samen geoefend' } },
    ]);
  });

  it('a new time zone or language through one instance is today through the other', async () => {
    const pair = await patientOnTwoInstances(server(), { intake: false });
    const before = await keptToday(pair);
    expect(before.body).toMatchObject({ date: '2026-11-21', locale: 'nl' });
    // 10:00 UTC is already the next day on Kiritimati (UTC+14).
    expect((await pair.patient.patch('/me', { timeZone: 'Pacific/Kiritimati' })).status).toBe(200);
    expect((await pair.reader.get('/me/today')).body.date).toBe('2026-11-22');
    expect((await pair.patient.patch('/me', { locale: 'en' })).status).toBe(200);
    expect((await pair.reader.get('/me/today')).body.locale).toBe('en');
  });

  it('a write straight to the database (a tool, an import) raises the version too', async () => {
    const pair = await patientOnTwoInstances(server());
    await keptToday(pair);
    const version = await planVersion(server(), pair.patientId);
    await server().db.kysely.deleteFrom('intakes').where('account_id', '=', pair.patientId).execute();
    expect(await planVersion(server(), pair.patientId)).toBeGreaterThan(version);
    expect((await pair.reader.get('/me/today')).body.hasIntake).toBe(false);
  });

  it("midnight in the person's time zone moves today, with nothing written", async () => {
    const pair = await patientOnTwoInstances(server());
    const clock = server().clock;
    const saved = clock.current;
    try {
      // 23:59 on 21 November in Amsterdam (UTC+1).
      clock.set('2026-11-21T22:59:00Z');
      expect((await keptToday(pair)).body.date).toBe('2026-11-21');
      clock.set('2026-11-21T23:01:00Z');
      expect((await pair.reader.get('/me/today')).body.date).toBe('2026-11-22');
    } finally {
      clock.current = saved;
    }
  });
});
