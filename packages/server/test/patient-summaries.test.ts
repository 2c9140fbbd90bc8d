/**
 * The practice's list reads one summary row a patient (`patient_summaries`, migration 0011), which the
 * database keeps beside the weekly minutes and the walks. After every kind of write the summary says
 * what those tables say, and the list's "last week" and pain trend follow the patient's own calendar
 * as days pass, with nothing written.
 */
import { afterEach, expect, it } from 'vitest';
import { fromJson } from '../src/db/values.js';
import { listPatients } from '../src/services/clinician-patients.service.js';
import { keepFlags } from '../src/services/housekeeping.js';
import { linkPatient, practiceWithClinician } from './support/care-team.js';
import { describeEachDatabase } from './support/each-database.js';
import { INTAKE, walk } from './support/fixtures.js';
import { PASSWORD, type TestServer } from './support/test-server.js';

const START = '2026-11-21T10:00:00Z';

async function linkedPatient(server: TestServer, timeZone = 'Europe/Amsterdam') {
  const care = await practiceWithClinician(server);
  const patient = server.client();
  await patient.signUp(undefined, { timeZone });
  expect((await patient.put('/me/intake', INTAKE)).status).toBe(200);
  await linkPatient(care.clinician, patient, 'Anna de Vries');
  const patientId = patient.account?.id ?? '';
  return { ...care, patient, patientId, base: `/clinician/patients/${patientId}` };
}

/** The patient's row of the list, read by the service (no session to expire as the clock moves on). */
async function listed(
  server: TestServer,
  care: { clinicianId: string; practiceId: string },
  patientId: string,
) {
  const patients = await listPatients(server.context, {
    accountId: care.clinicianId,
    practiceId: care.practiceId,
  });
  const row = patients.find((patient) => patient.patientId === patientId);
  if (row === undefined) throw new Error('the patient is not in the list');
  return row;
}

/** The summary as stored, and what the tables it is made from say it should be. */
async function summaryAndTruth(server: TestServer, patientId: string) {
  const k = server.db.kysely;
  const summary = await k
    .selectFrom('patient_summaries')
    .select(['recent_weeks', 'last_walk'])
    .where('account_id', '=', patientId)
    .executeTakeFirst();
  const weeks = await k
    .selectFrom('weekly_minutes')
    .select(['week_start', 'planned_minutes', 'walked_minutes', 'average_pain'])
    .where('account_id', '=', patientId)
    .orderBy('week_start', 'desc')
    .limit(6)
    .execute();
  const walks = await k.selectFrom('walks').select('date').where('account_id', '=', patientId).execute();
  return {
    stored:
      summary === undefined
        ? undefined
        : { weeks: fromJson(summary.recent_weeks), lastWalk: summary.last_walk },
    truth: {
      weeks: weeks
        .reverse()
        .map((week) => [week.week_start, week.planned_minutes, week.walked_minutes, week.average_pain]),
      lastWalk:
        walks
          .map((one) => one.date)
          .sort()
          .at(-1) ?? null,
    },
  };
}

async function expectSummaryTrue(server: TestServer, patientId: string) {
  const { stored, truth } = await summaryAndTruth(server, patientId);
  expect(stored).toEqual(truth);
  return truth;
}

describeEachDatabase('the list’s summary of each patient', (server) => {
  afterEach(() => {
    server().clock.set(START);
  });

  it('follows every walk written, changed or deleted, by the patient or a supervising clinician', async () => {
    const care = await linkedPatient(server());
    const first = walk({ date: '2026-11-10', minutes: 20, painDuring: 3 });
    expect((await care.patient.post('/me/walks', first)).status).toBe(201);
    const truth = await expectSummaryTrue(server(), care.patientId);
    let row = await listed(server(), care, care.patientId);
    expect(row.lastWalk).toBe('2026-11-10');
    // Today is Saturday 21 November: the plan's first week (from Monday 9 November) has ended.
    expect(row.lastWeek).toMatchObject({ weekStart: '2026-11-09', walkedMinutes: 20 });
    expect(row.weeklyPain).toEqual([{ weekStart: '2026-11-09', averagePain: 3 }]);
    expect(truth.weeks.map((week) => week[0])).toEqual(['2026-11-09', '2026-11-16']);

    const second = walk({ date: '2026-11-17', minutes: 15, painDuring: 5 });
    await care.patient.post('/me/walks', second);
    const session = {
      id: crypto.randomUUID(),
      date: '2026-11-19',
      kind: 'forward',
      minutes: 10,
      painDuring: 1,
      dizziness: false,
      fall: false,
      reason: 'Eerste keer achteruit op de loopband, onder toezicht.',
    };
    expect((await care.clinician.post(`${care.base}/supervised-sessions`, session)).status).toBe(201);
    await expectSummaryTrue(server(), care.patientId);
    row = await listed(server(), care, care.patientId);
    expect(row.lastWalk).toBe('2026-11-19');
    expect(row.weeklyPain).toEqual([
      { weekStart: '2026-11-09', averagePain: 3 },
      { weekStart: '2026-11-16', averagePain: 3 },
    ]);

    expect((await care.patient.patch(`/me/walks/${String(first.id)}`, { minutes: 30 })).status).toBe(200);
    await expectSummaryTrue(server(), care.patientId);
    expect((await listed(server(), care, care.patientId)).lastWeek).toMatchObject({ walkedMinutes: 30 });

    expect((await care.patient.delete(`/me/walks/${session.id}`)).status).toBe(204);
    await expectSummaryTrue(server(), care.patientId);
    row = await listed(server(), care, care.patientId);
    expect(row.lastWalk).toBe('2026-11-17');
    expect(row.weeklyPain.at(-1)).toEqual({ weekStart: '2026-11-16', averagePain: 5 });
    expect((await care.patient.delete(`/me/walks/${String(second.id)}`)).status).toBe(204);
    await expectSummaryTrue(server(), care.patientId);
    expect((await listed(server(), care, care.patientId)).lastWalk).toBe('2026-11-10');
  });

  it('is written again by housekeeping, from the weekly minutes it keeps', async () => {
    const care = await linkedPatient(server());
    await care.patient.post('/me/walks', walk({ date: '2026-11-10', minutes: 20 }));
    await server().db.kysely.deleteFrom('weekly_minutes').where('account_id', '=', care.patientId).execute();
    // The deletion reached the summary in its own statement.
    expect((await summaryAndTruth(server(), care.patientId)).stored?.weeks).toEqual([]);
    expect((await listed(server(), care, care.patientId)).lastWeek).toBeNull();
    await keepFlags(server().context);
    const truth = await expectSummaryTrue(server(), care.patientId);
    expect(truth.weeks).toHaveLength(2);
    expect((await listed(server(), care, care.patientId)).lastWeek).toMatchObject({
      weekStart: '2026-11-09',
    });
  });

  it('shows a new intake’s weeks at once, and no week of the old plan that overlaps them', async () => {
    const care = await linkedPatient(server());
    await care.patient.post('/me/walks', walk({ date: '2026-11-17', minutes: 20 }));
    expect((await listed(server(), care, care.patientId)).lastWeek?.weekStart).toBe('2026-11-09');
    // A new plan from Thursday 12 November: its first week ended on Wednesday 18 November.
    expect((await care.patient.put('/me/intake', { ...INTAKE, startDate: '2026-11-12' })).status).toBe(200);
    const truth = await expectSummaryTrue(server(), care.patientId);
    expect(truth.weeks.map((week) => week[0])).toEqual(['2026-11-09', '2026-11-12', '2026-11-19']);
    const row = await listed(server(), care, care.patientId);
    expect(row.lastWeek).toMatchObject({ weekStart: '2026-11-12', walkedMinutes: 20 });
  });

  it('shows a clinician’s plan change in the weeks’ planned minutes at once', async () => {
    const care = await linkedPatient(server());
    await care.patient.post('/me/walks', walk({ date: '2026-11-17', minutes: 20 }));
    const before = await expectSummaryTrue(server(), care.patientId);
    const change = {
      date: '2026-11-16',
      reason: 'Rust na een val',
      pause: { from: '2026-11-16' },
    };
    const changed = await care.clinician.post(`${care.base}/prescription/changes`, change);
    expect(changed.status, changed.text).toBe(201);
    const after = await expectSummaryTrue(server(), care.patientId);
    expect(after.weeks).not.toEqual(before.weeks);
  });

  it('goes with the account', async () => {
    const care = await linkedPatient(server());
    await care.patient.post('/me/walks', walk({ date: '2026-11-10' }));
    expect((await summaryAndTruth(server(), care.patientId)).stored).toBeDefined();
    expect((await care.patient.delete('/me', { password: PASSWORD })).status).toBe(204);
    expect((await summaryAndTruth(server(), care.patientId)).stored).toBeUndefined();
  });

  it('turns the week over at midnight in the patient’s own time zone, with nothing written', async () => {
    const care = await linkedPatient(server(), 'Pacific/Auckland');
    const home = server().client();
    await home.signUp(undefined, { timeZone: 'Europe/Amsterdam' });
    await home.put('/me/intake', INTAKE);
    await linkPatient(care.clinician, home, 'Bram Thuis');
    const homeId = home.account?.id ?? '';
    for (const client of [care.patient, home]) {
      await client.post('/me/walks', walk({ date: '2026-11-10', minutes: 20, painDuring: 4 }));
      await client.post('/me/walks', walk({ date: '2026-11-17', minutes: 25, painDuring: 2 }));
    }
    const lastWeeks = async () => [
      (await listed(server(), care, care.patientId)).lastWeek?.weekStart,
      (await listed(server(), care, homeId)).lastWeek?.weekStart,
    ];
    // Sunday 22 November, 23:30 in Auckland and 11:30 in Amsterdam.
    server().clock.set('2026-11-22T10:30:00Z');
    expect(await lastWeeks()).toEqual(['2026-11-09', '2026-11-09']);
    // An hour later it is Monday in Auckland: the week of 16 November has ended there only.
    server().clock.set('2026-11-22T11:30:00Z');
    expect(await lastWeeks()).toEqual(['2026-11-16', '2026-11-09']);
    // Monday 7 December in Auckland, still Sunday in Amsterdam: the week of 9 November began more
    // than 4 weeks ago in Auckland, so it leaves that patient's pain trend only.
    server().clock.set('2026-12-06T11:30:00Z');
    expect((await listed(server(), care, care.patientId)).weeklyPain).toEqual([
      { weekStart: '2026-11-16', averagePain: 2 },
    ]);
    expect((await listed(server(), care, homeId)).weeklyPain).toEqual([
      { weekStart: '2026-11-09', averagePain: 4 },
      { weekStart: '2026-11-16', averagePain: 2 },
    ]);
  });
});
