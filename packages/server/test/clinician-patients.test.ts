/**
 * A clinician's reads of linked patients (docs/care-team.md): through the patient's own services, each
 * written to the access log; anyone out of reach gets a 404 (or the clinician gate's 401/403) and
 * never a word of the patient's data or name.
 */
import { randomUUID } from 'node:crypto';
import type { WalkLog } from '@wandelcoach/engine';
import type { KyselyPlugin } from 'kysely';
import { expect, it } from 'vitest';
import { insertWalkIfNew, walkRow } from '../src/repositories/walks.repository.js';
import { listPatients } from '../src/services/clinician-patients.service.js';
import { keepFlags } from '../src/services/housekeeping.js';
import { saveWeeklyMinutes } from '../src/repositories/weekly-minutes.repository.js';
import {
  adminOnlyMember,
  clinicianWithoutSecondFactor,
  colleagueIn,
  linkPatient,
  practiceWithClinician,
} from './support/care-team.js';
import { describeEachDatabase } from './support/each-database.js';
import { INTAKE, walk } from './support/fixtures.js';
import type { TestClient, TestServer } from './support/test-server.js';

const PARTS = ['intake', 'plan', 'walks', 'progress'] as const;
const PATIENT_NAME = 'Wilhelmina Zonneveld-Kwak';

async function patientWithRecord(server: TestServer) {
  const client = server.client();
  await client.signUp();
  await client.put('/me/intake', INTAKE);
  const walked = walk({ painNextMorning: 2, newSymptoms: ['leg-giving-way'] });
  expect((await client.post('/me/walks', walked)).status).toBe(201);
  return {
    client,
    id: client.account?.id ?? '',
    email: client.account?.email ?? '',
    walkId: String(walked.id),
  };
}

/** What the clinician reached in the access log (their sign-ins are the second-factor suite's). */
async function accessRows(server: TestServer, actorId: string, patientId?: string) {
  let query = server.db.kysely
    .selectFrom('access_log')
    .select(['practice_id', 'patient_id', 'resource', 'action'])
    .where('actor_id', '=', actorId)
    .where('resource', '!=', 'session');
  if (patientId !== undefined) query = query.where('patient_id', '=', patientId);
  const rows = await query.orderBy('at').execute();
  return rows.map((row) => [row.practice_id, row.patient_id, row.resource, row.action]);
}

/** A walk written straight into the database, as stored (the list reads rows, not the API). */
async function storeWalk(server: TestServer, accountId: string, date: string) {
  const log: WalkLog = {
    date,
    kind: 'forward',
    minutes: 12,
    painDuring: 4,
    painNextMorning: null,
    dizziness: false,
    fall: false,
    newSymptoms: [],
  };
  const row = walkRow(accountId, randomUUID(), log, 'stored', '2026-11-21T09:00:00.000Z');
  await insertWalkIfNew(server.db.kysely, row, server.dialect === 'postgres');
}

describeEachDatabase('a clinician’s patients', (server) => {
  it('lists the practice’s linked patients by the name the clinician gave, without their email', async () => {
    const { clinician, clinicianId, practiceId } = await practiceWithClinician(server());
    const patient = await patientWithRecord(server());
    const { linkId, invite } = await linkPatient(clinician, patient.client, PATIENT_NAME);
    const listed = await clinician.get('/clinician/patients');
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual({
      patients: [
        {
          linkId,
          patientId: patient.id,
          patientName: PATIENT_NAME,
          since: '2026-11-21T10:00:00.000Z',
          // The code the patient linked with, so the clinician can find them by it.
          code: invite.code,
          // Nothing raised or stored yet: flags are kept when walks are written after the link.
          openFlags: [],
          lastWeek: null,
          // The walk was logged before the link: its date is read from the walks themselves.
          lastWalk: '2026-11-20',
          weeklyPain: [],
        },
      ],
    });
    expect(listed.text).not.toContain(patient.email);
    expect(await accessRows(server(), clinicianId)).toEqual([[practiceId, null, 'patients', 'read']]);
  });

  it('shows each patient’s last walk, and the average pain of the plan weeks begun in the past 4 weeks, oldest first', async () => {
    const { clinician, clinicianId, practiceId } = await practiceWithClinician(server());
    const steady = await patientWithRecord(server());
    const away = await patientWithRecord(server());
    const fresh = server().client();
    await fresh.signUp();
    await linkPatient(clinician, steady.client, 'Anna Steady');
    await linkPatient(clinician, away.client, 'Bram Away');
    await linkPatient(clinician, fresh, 'Cor Fresh');
    // Today is 2026-11-21: the past 4 weeks start on 2026-10-25.
    const week = (weekStart: string, averagePain: number | null) => ({
      weekStart,
      plannedMinutes: 60,
      walkedMinutes: averagePain === null ? 0 : 40,
      averagePain,
    });
    await saveWeeklyMinutes(
      server().db.kysely,
      steady.id,
      [
        week('2026-10-18', 9),
        week('2026-10-25', 6.5),
        week('2026-11-01', null),
        week('2026-11-08', 4),
        week('2026-11-15', 2.3),
      ],
      '2026-11-21T09:00:00.000Z',
    );
    await server().db.kysely.deleteFrom('walks').where('account_id', '=', away.id).execute();
    await storeWalk(server(), away.id, '2026-10-02');
    const listed = (await clinician.get('/clinician/patients')).body.patients;
    expect(
      listed.map((patient: { lastWalk: unknown; weeklyPain: unknown }) => [
        patient.lastWalk,
        patient.weeklyPain,
      ]),
    ).toEqual([
      [
        '2026-11-20',
        [
          { weekStart: '2026-10-25', averagePain: 6.5 },
          { weekStart: '2026-11-08', averagePain: 4 },
          { weekStart: '2026-11-15', averagePain: 2.3 },
        ],
      ],
      ['2026-10-02', []],
      [null, []],
    ]);
    // One look at the list is one entry in the access log, whatever it shows of each patient.
    expect(await accessRows(server(), clinicianId)).toEqual([[practiceId, null, 'patients', 'read']]);
  });

  it('reads the list in as many statements for four patients as for one', async () => {
    const { clinician, clinicianId, practiceId } = await practiceWithClinician(server());
    const statementsOfList = async () => {
      let statements = 0;
      const counting: KyselyPlugin = {
        transformQuery: (args) => args.node,
        // Every statement's result passes here, compiled ahead (`compiledQuery`) or not.
        transformResult: (args) => {
          statements++;
          return Promise.resolve(args.result);
        },
      };
      const context = {
        ...server().context,
        db: { ...server().db, kysely: server().db.kysely.withPlugin(counting) },
      };
      const listed = await listPatients(context, { accountId: clinicianId, practiceId });
      return { statements, patients: listed.length };
    };
    await linkPatient(clinician, (await patientWithRecord(server())).client, 'Een');
    const one = await statementsOfList();
    for (const name of ['Twee', 'Drie', 'Vier']) {
      const patient = await patientWithRecord(server());
      await linkPatient(clinician, patient.client, name);
      await patient.client.post('/me/walks', walk({ date: '2026-11-19', fall: true }));
    }
    await keepFlags(server().context);
    const four = await statementsOfList();
    expect(one.patients).toBe(1);
    expect(four.patients).toBe(4);
    // The plugin saw the list's reads (a count of nothing could never differ).
    expect(one.statements).toBeGreaterThan(1);
    expect(four.statements).toBe(one.statements);
  });

  it('reads a linked patient’s intake, plan (with triage and decisions), walks and progress, as the patient sees them', async () => {
    const { clinician, clinicianId, practiceId } = await practiceWithClinician(server());
    const patient = await patientWithRecord(server());
    await linkPatient(clinician, patient.client, PATIENT_NAME);
    for (const part of PARTS) {
      // A second apart, so the access log's order is the order of the reads.
      server().clock.advanceSeconds(1);
      const theirs = await clinician.get(`/clinician/patients/${patient.id}/${part}`);
      expect(theirs.status, `${part}: ${theirs.text}`).toBe(200);
      expect(theirs.body, part).toEqual((await patient.client.get(`/me/${part}`)).body);
      expect(theirs.text).not.toContain(patient.email);
    }
    server().clock.advanceSeconds(1);
    const plan = (await clinician.get(`/clinician/patients/${patient.id}/plan`)).body;
    expect(plan.triage).toBeDefined();
    expect(plan.decisions).toBeDefined();
    expect(await accessRows(server(), clinicianId)).toEqual([
      [practiceId, patient.id, 'intake', 'read'],
      [practiceId, patient.id, 'plan', 'read'],
      [practiceId, patient.id, 'walks', 'read'],
      [practiceId, patient.id, 'progress', 'read'],
      [practiceId, patient.id, 'plan', 'read'],
    ]);
    // A colleague in the same practice reads the same, under their own name in the log.
    const colleague = await colleagueIn(server(), { practiceId, practiceName: '' });
    expect((await colleague.clinician.get(`/clinician/patients/${patient.id}/walks`)).status).toBe(200);
    expect(await accessRows(server(), colleague.clinicianId)).toEqual([
      [practiceId, patient.id, 'walks', 'read'],
    ]);
  });

  it('answers a linked patient without an intake with no-intake, and their walks as none', async () => {
    const { clinician } = await practiceWithClinician(server());
    const fresh = server().client();
    await fresh.signUp();
    await linkPatient(clinician, fresh);
    const id = fresh.account?.id ?? '';
    expect((await clinician.get(`/clinician/patients/${id}/intake`)).body.type).toBe(
      'urn:wandelcoach:problem:no-intake',
    );
    expect((await clinician.get(`/clinician/patients/${id}/walks`)).body).toEqual({ walks: [] });
  });

  it('lets nobody out of reach see anything of the patient: 404 for clinicians, the gate for the rest', async () => {
    const home = await practiceWithClinician(server());
    const patient = await patientWithRecord(server());
    await linkPatient(home.clinician, patient.client, PATIENT_NAME);
    const unlinked = await patientWithRecord(server());

    const otherPractice = await practiceWithClinician(server());
    const admin = await adminOnlyMember(server(), home);
    const noSecondFactor = await clinicianWithoutSecondFactor(server(), home);
    const anotherPatient = server().client();
    await anotherPatient.signUp();
    const nobody = server().client();
    const callers: [string, TestClient, number, string][] = [
      ['a clinician of another practice', otherPractice.clinician, 404, 'not-found'],
      ['a patient', anotherPatient, 403, 'not-a-clinician'],
      ['the linked patient themselves', patient.client, 403, 'not-a-clinician'],
      ['an admin who is no clinician', admin.clinician, 403, 'not-a-clinician'],
      ['a clinician without the second factor', noSecondFactor.clinician, 403, 'second-factor-required'],
      ['nobody', nobody, 401, 'not-signed-in'],
    ];
    const secrets = [patient.email, PATIENT_NAME, patient.walkId, 'leg-giving-way'];
    for (const [who, caller, status, type] of callers) {
      for (const part of PARTS) {
        const answer = await caller.get(`/clinician/patients/${patient.id}/${part}`);
        expect(answer.status, `${who}: ${part}`).toBe(status);
        expect(answer.body.type, `${who}: ${part}`).toBe(`urn:wandelcoach:problem:${type}`);
        for (const secret of secrets) expect(answer.text, `${who}: ${part}`).not.toContain(secret);
      }
      const list = await caller.get('/clinician/patients');
      for (const secret of [...secrets, patient.id]) expect(list.text, `${who}: list`).not.toContain(secret);
      const invites = await caller.get('/clinician/patient-invites');
      expect(invites.text, `${who}: invites`).not.toContain(PATIENT_NAME);
      const end = await caller.delete(`/clinician/patients/${patient.id}`);
      expect(end.status, `${who}: end`).toBe(status);
    }
    // A clinician of the practice, about a person who is not linked with it: not found.
    for (const part of PARTS) {
      const answer = await home.clinician.get(`/clinician/patients/${unlinked.id}/${part}`);
      expect(answer.status).toBe(404);
      expect(answer.text).not.toContain(unlinked.email);
    }
    expect((await home.clinician.get(`/clinician/patients/${crypto.randomUUID()}/plan`)).status).toBe(404);
    expect((await home.clinician.get('/clinician/patients/not-a-uuid/plan')).status).toBe(422);
    // Still linked, and the link is still there for the practice.
    expect((await home.clinician.get(`/clinician/patients/${patient.id}/walks`)).status).toBe(200);
    expect((await patient.client.get('/me/care-team')).body.links).toHaveLength(1);
    // Nothing of a refused request reached the access log; the other practice's own list did.
    for (const caller of [otherPractice, admin, noSecondFactor]) {
      expect(await accessRows(server(), caller.clinicianId, patient.id)).toEqual([]);
    }
    expect(await accessRows(server(), admin.clinicianId)).toEqual([]);
    expect(await accessRows(server(), otherPractice.clinicianId)).toEqual([
      [otherPractice.practiceId, null, 'patients', 'read'],
    ]);
  });

  it('ends the link on a clinician’s word: every clinician of the practice loses access at once', async () => {
    const home = await practiceWithClinician(server());
    const colleague = await colleagueIn(server(), home);
    const patient = await patientWithRecord(server());
    const { linkId } = await linkPatient(home.clinician, patient.client, PATIENT_NAME);
    expect((await colleague.clinician.delete(`/clinician/patients/${patient.id}`)).status).toBe(204);
    for (const clinician of [home.clinician, colleague.clinician]) {
      for (const part of PARTS) {
        expect((await clinician.get(`/clinician/patients/${patient.id}/${part}`)).status).toBe(404);
      }
      expect((await clinician.get('/clinician/patients')).body.patients).toEqual([]);
    }
    expect((await home.clinician.delete(`/clinician/patients/${patient.id}`)).status).toBe(404);
    expect((await patient.client.get('/me/care-team')).body.links).toEqual([]);
    const ended = await server()
      .db.kysely.selectFrom('care_links')
      .select('ended_by')
      .where('id', '=', linkId)
      .executeTakeFirstOrThrow();
    expect(ended.ended_by).toBe('clinician');
    expect(await accessRows(server(), colleague.clinicianId, patient.id)).toEqual([
      [home.practiceId, patient.id, 'care-link', 'end'],
    ]);
  });

  it('stops a clinician removed from the practice, from the next request on', async () => {
    const home = await practiceWithClinician(server());
    const patient = await patientWithRecord(server());
    await linkPatient(home.clinician, patient.client);
    expect((await home.clinician.get(`/clinician/patients/${patient.id}/plan`)).status).toBe(200);
    await server()
      .db.kysely.deleteFrom('practice_members')
      .where('account_id', '=', home.clinicianId)
      .execute();
    const refused = await home.clinician.get(`/clinician/patients/${patient.id}/plan`);
    expect(refused.status).toBe(403);
    expect(refused.text).not.toContain(patient.email);
  });
});
