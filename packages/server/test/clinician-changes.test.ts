/**
 * A clinician's changes (docs/care-team.md, consent `care-team-2`): plan changes with a reason and
 * clearances, stored in the engine's shape and passed to every plan; supervised sessions, which count
 * as the patient's walks. Each change is in the access log; the author is always the signed-in
 * clinician; a patient out of reach is not found, and a link under `care-team-1` reads only.
 */
import { expect, it } from 'vitest';
import { CONSENT_VERSION } from '../src/services/consent.js';
import { linkPatient, practiceWithClinician, underConsent } from './support/care-team.js';
import { describeEachDatabase } from './support/each-database.js';
import { INTAKE, walk } from './support/fixtures.js';
import type { TestClient, TestServer } from './support/test-server.js';

const CLINICIAN_NAME = 'Sanne Jansen';
const CHANGE = { date: '2026-11-20', reason: 'Knie reageert op de opbouw', weeklyStepMinutes: 1 };
const SESSION = {
  date: '2026-11-10',
  kind: 'forward',
  minutes: 10,
  painDuring: 2,
  dizziness: false,
  fall: false,
  reason: 'Eerste keer achteruit lopen, samen op de loopband',
};
const SUPERVISED_BY = { name: CLINICIAN_NAME, reason: SESSION.reason };
/** The session's walk, as the patient would log it. */
const { reason: _reason, ...sessionLog } = SESSION;

async function linkedPatient(server: TestServer, intake: boolean = true) {
  const care = await practiceWithClinician(server, { displayName: CLINICIAN_NAME });
  const patient = server.client();
  await patient.signUp();
  if (intake) expect((await patient.put('/me/intake', INTAKE)).status).toBe(200);
  const { linkId } = await linkPatient(care.clinician, patient, 'Anna de Vries');
  const patientId = patient.account?.id ?? '';
  return { ...care, patient, patientId, linkId, base: `/clinician/patients/${patientId}` };
}

async function accessRows(server: TestServer, patientId: string, actorId: string) {
  const rows = await server.db.kysely
    .selectFrom('access_log')
    .select(['resource', 'action'])
    .where('patient_id', '=', patientId)
    .where('actor_id', '=', actorId)
    .orderBy('at')
    .execute();
  return rows.map((row) => `${row.resource} ${row.action}`);
}

async function storedItems(server: TestServer, patientId: string) {
  return server.db.kysely
    .selectFrom('prescription_items')
    .selectAll()
    .where('account_id', '=', patientId)
    .execute();
}

/** Every reason in a plan answer that a clinician's item caused. */
function clinicianReasons(output: unknown): { code: string; by?: unknown; clinicianReason?: string }[] {
  const found: { code: string; by?: unknown; clinicianReason?: string }[] = [];
  JSON.stringify(output, (_key, value: unknown) => {
    if (
      typeof value === 'object' &&
      value !== null &&
      (value as { source?: unknown }).source === 'CLINICIAN'
    ) {
      found.push(value as { code: string });
    }
    return value;
  });
  return found;
}

function fieldsOf(response: { body: { errors?: { path: string }[] } }): string[] {
  return (response.body.errors ?? []).map((error) => error.path);
}

describeEachDatabase('a clinician’s changes', (server) => {
  it('changes the plan with a reason the patient reads, authored by the signed-in clinician, and logs it', async () => {
    const { clinician, clinicianId, patient, patientId, base } = await linkedPatient(server());
    const changed = await clinician.post(`${base}/prescription/changes`, CHANGE);
    expect(changed.status, changed.text).toBe(201);
    const by = { id: clinicianId, name: CLINICIAN_NAME };
    const expected = expect.objectContaining({ source: 'CLINICIAN', by, clinicianReason: CHANGE.reason });
    expect(clinicianReasons(changed.body)).toContainEqual(expected);
    // The patient's own plan and the clinician's view of it carry the same reason.
    const own = await patient.get('/me/plan');
    expect(clinicianReasons(own.body)).toContainEqual(expected);
    expect(own.body).toEqual(changed.body);
    expect((await clinician.get(`${base}/plan`)).body).toEqual(changed.body);
    const listed = await clinician.get(`${base}/prescription`);
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual({
      items: [
        {
          id: expect.any(String),
          kind: 'change',
          createdAt: '2026-11-21T10:00:00.000Z',
          item: { ...CHANGE, by },
        },
      ],
      today: '2026-11-21',
      timeZone: expect.any(String),
    });
    // Part of the patient's file: their export holds it as stored.
    expect((await patient.get('/me/export')).body.prescription).toEqual(listed.body.items);
    expect(await accessRows(server(), patientId, clinicianId)).toEqual(
      expect.arrayContaining(['prescription change', 'plan read', 'prescription read']),
    );
    expect(
      (await accessRows(server(), patientId, clinicianId)).filter((row) => row.endsWith('change')),
    ).toEqual(['prescription change']);
  });

  it('refuses a body that names its own author, and fills in the signed-in clinician', async () => {
    const { clinician, patientId, base } = await linkedPatient(server());
    const forged = await clinician.post(`${base}/prescription/changes`, {
      ...CHANGE,
      by: { id: crypto.randomUUID(), name: 'Dr. Iemand Anders' },
    });
    expect(forged.status).toBe(422);
    expect(fieldsOf(forged)).toEqual(['by']);
    const clearance = await clinician.post(`${base}/prescription/clearances`, {
      kind: 'gp',
      date: '2026-11-20',
      reason: 'Huisarts akkoord',
      by: { id: 'x', name: 'y' },
    });
    expect(clearance.status).toBe(422);
    expect(fieldsOf(clearance)).toEqual(['by']);
    expect(await storedItems(server(), patientId)).toEqual([]);
  });

  it('names the field: a reason missing, a value outside the bounds, a date after today, an incomplete clearance', async () => {
    const { clinician, patientId, base } = await linkedPatient(server());
    const cases: [string, unknown, string[]][] = [
      ['changes', { date: '2026-11-20', weeklyStepMinutes: 1 }, ['reason']],
      ['changes', { ...CHANGE, reason: '   ' }, ['reason']],
      ['changes', { ...CHANGE, reason: 'nul\u0000byte' }, ['reason']],
      ['changes', { ...CHANGE, weeklyStepMinutes: 11 }, ['weeklyStepMinutes']],
      ['changes', { ...CHANGE, treadmillMaxKmh: 9 }, ['treadmillMaxKmh']],
      ['changes', { date: '2026-11-20', reason: 'niets' }, ['(body)']],
      ['changes', { ...CHANGE, date: '2026-11-22' }, ['date']],
      ['changes', { ...CHANGE, pause: { from: '2026-11-25', until: '2026-11-23' } }, ['pause.until']],
      ['clearances', { kind: 'emergency-sign', date: '2026-11-20', reason: 'Na zorg' }, ['sign', 'signDate']],
      ['clearances', { kind: 'gp', date: '2026-11-20', reason: 'x', sign: 'saddle-numbness' }, ['sign']],
      ['clearances', { kind: 'surgeon', date: '2026-11-20', reason: 'x' }, ['kind']],
    ];
    for (const [list, body, fields] of cases) {
      const response = await clinician.post(`${base}/prescription/${list}`, body);
      expect(response.status, JSON.stringify(body)).toBe(422);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(fieldsOf(response).sort(), JSON.stringify(body)).toEqual(fields);
    }
    expect(await storedItems(server(), patientId)).toEqual([]);
  });

  it('keeps triage first: a plan change leaves no plan after an emergency sign; the clinician’s clearance of it reopens it', async () => {
    const { clinician, clinicianId, patient, base } = await linkedPatient(server());
    const sign = walk({ date: '2026-11-20', newSymptoms: ['saddle-numbness'] });
    expect((await patient.post('/me/walks', sign)).status).toBe(201);
    expect((await patient.get('/me/plan')).body.plan).toBeNull();
    const changed = await clinician.post(`${base}/prescription/changes`, { ...CHANGE, date: '2026-11-21' });
    expect(changed.status, changed.text).toBe(201);
    expect(changed.body.plan).toBeNull();
    expect(changed.body.triage.level).toBe('emergency');
    expect((await patient.get('/me/plan')).body.plan).toBeNull();
    const cleared = await clinician.post(`${base}/prescription/clearances`, {
      kind: 'emergency-sign',
      date: '2026-11-21',
      reason: 'Gezien op de SEH, niets gevonden',
      sign: 'saddle-numbness',
      signDate: '2026-11-20',
    });
    expect(cleared.status, cleared.text).toBe(201);
    expect(cleared.body.plan).not.toBeNull();
    const today = await patient.get('/me/today');
    expect(today.body.triage.level).not.toBe('emergency');
    expect(clinicianReasons(today.body.triage)).toContainEqual(
      expect.objectContaining({
        by: { id: clinicianId, name: CLINICIAN_NAME },
        clinicianReason: 'Gezien op de SEH, niets gevonden',
      }),
    );
    expect((await patient.get('/me/plan')).body.plan).not.toBeNull();
  });

  it('gives the patient’s own date and time zone with the prescription, where the clinician’s may differ', async () => {
    const { clinician, patient, base } = await linkedPatient(server());
    // 10:00 UTC is already the next day on Kiritimati (UTC+14), the clinician's day still the 21st.
    expect((await patient.patch('/me', { timeZone: 'Pacific/Kiritimati' })).status).toBe(200);
    const listed = await clinician.get(`${base}/prescription`);
    expect(listed.body).toMatchObject({ today: '2026-11-22', timeZone: 'Pacific/Kiritimati' });
  });

  it('records a supervised session as the patient’s walk, marked by whom, once for the same id, and in the plan', async () => {
    const { clinician, clinicianId, patient, patientId, base } = await linkedPatient(server());
    // Week 2's decision: held for want of walks in week 1, until the supervised one counts.
    const noLogs = (plan: { body: { decisions: { week: number; reasons: { code: string }[] }[] } }) =>
      plan.body.decisions
        .find((decision) => decision.week === 2)
        ?.reasons.some((reason) => reason.code === 'decision.hold.no-logs');
    expect(noLogs(await patient.get('/me/plan'))).toBe(true);
    const session = { id: crypto.randomUUID(), ...SESSION };
    const stored = await clinician.post(`${base}/supervised-sessions`, session);
    expect(stored.status, stored.text).toBe(201);
    expect(stored.body).toMatchObject({
      ...sessionLog,
      id: session.id,
      painNextMorning: null,
      newSymptoms: [],
      supervisedBy: SUPERVISED_BY,
    });
    expect(stored.body).not.toHaveProperty('reason');
    const retry = await clinician.post(`${base}/supervised-sessions`, {
      ...session,
      id: session.id.toUpperCase(),
    });
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(stored.body);
    expect((await clinician.post(`${base}/supervised-sessions`, { ...session, minutes: 20 })).status).toBe(
      409,
    );
    // Another reason is another session's content too.
    const otherReason = { ...session, reason: 'Iets anders' };
    expect((await clinician.post(`${base}/supervised-sessions`, otherReason)).status).toBe(409);
    // The patient's own walk with that id is another walk: a conflict too, never a silent overwrite.
    expect((await patient.post('/me/walks', walk({ id: session.id, ...sessionLog }))).status).toBe(409);
    const own = walk();
    await patient.post('/me/walks', own);
    const walks = (await patient.get('/me/walks')).body.walks as { id: string; supervisedBy?: unknown }[];
    expect(walks.find((one) => one.id === session.id)?.supervisedBy).toEqual(SUPERVISED_BY);
    expect(walks.find((one) => one.id === own.id)).not.toHaveProperty('supervisedBy');
    expect(noLogs(await patient.get('/me/plan'))).toBe(false);
    const exported = (await patient.get('/me/export')).body;
    expect(exported.walks.find((one: { id: string }) => one.id === session.id).supervisedBy).toEqual(
      SUPERVISED_BY,
    );
    // The patient can still add the next morning's pain to it.
    const answered = await patient.patch(`/me/walks/${session.id}`, { painNextMorning: 2 });
    expect(answered.status).toBe(200);
    expect(answered.body.supervisedBy).toEqual(SUPERVISED_BY);
    // But what the clinician saw stays as they recorded it: no other field changes, each one named.
    const rewritten = await patient.patch(`/me/walks/${session.id}`, {
      minutes: 120,
      fall: false,
      painNextMorning: 1,
    });
    expect(rewritten.status).toBe(422);
    expect(rewritten.body.errors.map((error: { path: string }) => error.path).sort()).toEqual([
      'fall',
      'minutes',
    ]);
    const kept = (await patient.get('/me/walks')).body.walks.find(
      (one: { id: string }) => one.id === session.id,
    );
    expect(kept).toMatchObject({ minutes: SESSION.minutes, painNextMorning: 2 });
    // The patient's own walks change as before.
    expect((await patient.patch(`/me/walks/${String(own.id)}`, { minutes: 11 })).status).toBe(200);
    const changes = (await accessRows(server(), patientId, clinicianId)).filter((row) =>
      row.endsWith('change'),
    );
    // The session and its retry reached the record; the conflict was rolled back with its row.
    expect(changes).toEqual(['walk change', 'walk change']);
  });

  it('refuses a supervised session with a forged author, next-morning pain, or a date after today, naming the field', async () => {
    const { clinician, patientId, base } = await linkedPatient(server());
    const cases: [unknown, string[]][] = [
      [{ id: crypto.randomUUID(), ...SESSION, supervisedBy: { name: 'x' } }, ['supervisedBy']],
      [{ id: crypto.randomUUID(), ...SESSION, painNextMorning: 3 }, ['painNextMorning']],
      [{ id: crypto.randomUUID(), ...SESSION, date: '2026-11-22' }, ['date']],
      [{ id: crypto.randomUUID(), ...SESSION, dizziness: undefined }, ['dizziness']],
      [{ id: 'niet-een-uuid', ...SESSION }, ['id']],
      [{ id: crypto.randomUUID(), ...SESSION, painDuring: 11 }, ['painDuring']],
      [{ id: crypto.randomUUID(), ...SESSION, reason: undefined }, ['reason']],
      [{ id: crypto.randomUUID(), ...SESSION, reason: '   ' }, ['reason']],
      [{ id: crypto.randomUUID(), ...SESSION, reason: 'x'.repeat(2001) }, ['reason']],
      [{ id: crypto.randomUUID(), ...SESSION, reason: 'a\u0000b' }, ['reason']],
    ];
    for (const [body, fields] of cases) {
      const response = await clinician.post(`${base}/supervised-sessions`, body);
      expect(response.status, JSON.stringify(body)).toBe(422);
      expect(fieldsOf(response), JSON.stringify(body)).toEqual(fields);
    }
    const walks = await server()
      .db.kysely.selectFrom('walks')
      .select('id')
      .where('account_id', '=', patientId)
      .execute();
    expect(walks).toEqual([]);
  });

  it('refuses an invite code with a NUL (which PostgreSQL cannot hold) as a field problem, not a server error', async () => {
    const patient = server().client();
    await patient.signUp();
    const response = await patient.post('/me/care-team/preview', { code: '\u0000', birthYear: 1900 });
    expect(response.status).toBe(422);
    expect(fieldsOf(response)).toEqual(['code']);
  });

  it('refuses a NUL, a line break or a reading-order mark in a patient’s name, and a NUL in a flag’s note', async () => {
    const { clinician, base } = await linkedPatient(server());
    for (const patientName of ['Jan\u0000', 'Jan\nPiet', 'Jan\u202eneeS']) {
      const invite = await clinician.post('/clinician/patient-invites', { patientName, birthYear: 1960 });
      expect(invite.status).toBe(422);
      expect(fieldsOf(invite)).toEqual(['patientName']);
    }
    const note = await clinician.patch(`${base}/flags/${crypto.randomUUID()}`, {
      state: 'handled',
      note: 'gebeld\u0000',
    });
    expect(note.status).toBe(422);
    expect(fieldsOf(note)).toEqual(['note']);
  });

  it('answers 404 no-intake to a plan change before the patient’s intake, and stores nothing', async () => {
    const { clinician, patientId, base } = await linkedPatient(server(), false);
    const response = await clinician.post(`${base}/prescription/changes`, CHANGE);
    expect(response.status).toBe(404);
    expect(response.body.type).toBe('urn:wandelcoach:problem:no-intake');
    expect(await storedItems(server(), patientId)).toEqual([]);
  });

  it('does not let a clinician of another practice, or one whose link ended, change anything: 404', async () => {
    const { clinician, patient, patientId, linkId, base } = await linkedPatient(server());
    const { clinician: stranger, clinicianId: strangerId } = await practiceWithClinician(server());
    const attempts = async (who: TestClient) => [
      await who.post(`${base}/prescription/changes`, CHANGE),
      await who.post(`${base}/prescription/clearances`, { kind: 'gp', date: '2026-11-20', reason: 'x' }),
      await who.post(`${base}/supervised-sessions`, { id: crypto.randomUUID(), ...SESSION }),
      await who.get(`${base}/prescription`),
    ];
    for (const response of await attempts(stranger)) {
      expect(response.status).toBe(404);
      expect(response.text).not.toContain('Anna');
    }
    expect(await accessRows(server(), patientId, strangerId)).toEqual([]);
    expect((await patient.delete(`/me/care-team/${linkId}`)).status).toBe(204);
    for (const response of await attempts(clinician)) expect(response.status).toBe(404);
    expect(await storedItems(server(), patientId)).toEqual([]);
    expect((await patient.get('/me/walks')).body.walks).toEqual([]);
  });

  it('lets a link made under care-team-1 read only, until the patient agrees to the current consent', async () => {
    const { clinician, clinicianId, patient, patientId, linkId, base, practiceId } =
      await linkedPatient(server());
    await underConsent(server(), linkId, 'care-team-1');
    const team = await patient.get('/me/care-team');
    expect(team.body.links).toEqual([
      expect.objectContaining({
        id: linkId,
        consentVersion: 'care-team-1',
        newerConsentVersion: CONSENT_VERSION,
      }),
    ]);
    for (const response of [
      await clinician.post(`${base}/prescription/changes`, CHANGE),
      await clinician.post(`${base}/prescription/clearances`, {
        kind: 'gp',
        date: '2026-11-20',
        reason: 'x',
      }),
      await clinician.post(`${base}/supervised-sessions`, { id: crypto.randomUUID(), ...SESSION }),
    ]) {
      expect(response.status).toBe(403);
      expect(response.body.type).toBe('urn:wandelcoach:problem:consent-needed');
    }
    // Reading goes on as agreed.
    expect((await clinician.get(`${base}/plan`)).status).toBe(200);
    expect((await clinician.get(`${base}/prescription`)).status).toBe(200);
    expect(
      (await accessRows(server(), patientId, clinicianId)).filter((row) => row.endsWith('change')),
    ).toEqual([]);
    expect(await storedItems(server(), patientId)).toEqual([]);
    // Agreeing: only to the version shown, only to one's own link.
    expect(
      (await patient.post(`/me/care-team/${linkId}/consent`, { consentVersion: 'care-team-1' })).status,
    ).toBe(409);
    const other = server().client();
    await other.signUp();
    expect(
      (await other.post(`/me/care-team/${linkId}/consent`, { consentVersion: CONSENT_VERSION })).status,
    ).toBe(404);
    const agreed = await patient.post(`/me/care-team/${linkId}/consent`, { consentVersion: CONSENT_VERSION });
    expect(agreed.status, agreed.text).toBe(200);
    expect(agreed.body).toMatchObject({
      id: linkId,
      consentVersion: CONSENT_VERSION,
      newerConsentVersion: null,
    });
    expect(agreed.body.since).toBe(team.body.links[0].since);
    const consents = await server()
      .db.kysely.selectFrom('access_log')
      .select(['actor_id', 'practice_id', 'resource', 'action'])
      .where('patient_id', '=', patientId)
      .where('action', '=', 'consent')
      .execute();
    // Once on linking, once now.
    expect(consents).toEqual([
      { actor_id: patientId, practice_id: practiceId, resource: 'care-link', action: 'consent' },
      { actor_id: patientId, practice_id: practiceId, resource: 'care-link', action: 'consent' },
    ]);
    expect((await clinician.post(`${base}/prescription/changes`, CHANGE)).status).toBe(201);
  });
});
