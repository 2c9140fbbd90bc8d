/**
 * Outcome measures (docs/clinical-rules.md §7, docs/care-team.md "Outcome measures"): the patient is asked
 * the NPRS, the PSFS and a global rating of change at the start, in week 6 and in week 12 of the plan, may
 * put a questionnaire off, and a linked clinician reads the answers over time, each read in the access log.
 * The test clock starts on 2026-11-21, day 12 of a plan that starts on 2026-11-09.
 */
import { expect, it } from 'vitest';
import { linkPatient, practiceWithClinician } from './support/care-team.js';
import { describeEachDatabase } from './support/each-database.js';
import { INTAKE } from './support/fixtures.js';
import { PASSWORD, type TestClient, type TestServer } from './support/test-server.js';

const ACTIVITIES = ['Boodschappen doen', 'Tuinieren', 'Met de kleinkinderen spelen'];
const psfs = (...scores: number[]) => ACTIVITIES.map((activity, i) => ({ activity, score: scores[i] ?? 0 }));
const START_OF_TEST = '2026-11-21T10:00:00Z';
/** Week 6 of the plan begins on day 35, week 12 on day 77. */
const WEEK_6 = '2026-12-14T10:00:00Z';
const WEEK_12 = '2027-01-25T10:00:00Z';

/** Moves the clock on; sessions do not last for weeks, so each client signs in again. */
async function travel(server: TestServer, iso: string, ...clients: TestClient[]): Promise<void> {
  server.clock.set(iso);
  for (const client of clients) await client.signIn(client.account?.email ?? '');
}

async function patientWithIntake(server: TestServer): Promise<TestClient> {
  const patient = server.client();
  await patient.signUp();
  const intake = await patient.put('/me/intake', INTAKE);
  if (intake.status !== 200) throw new Error(`intake: ${intake.status} ${intake.text}`);
  return patient;
}

describeEachDatabase('outcome measures', (server) => {
  it('asks at the start, in week 6 and in week 12, rating the same activities, and keeps every answer', async () => {
    const clock = server().clock;
    try {
      const patient = await patientWithIntake(server());
      const first = await patient.get('/me/outcome-measures');
      expect(first.body).toEqual({
        due: { timepoint: 'start', activities: [], asksGlobalRating: false },
        answers: [],
      });
      const answered = await patient.post('/me/outcome-measures', {
        timepoint: 'start',
        nprs: 7,
        psfs: psfs(3, 2, 4),
      });
      expect(answered.status, answered.text).toBe(201);
      expect(answered.body).toMatchObject({
        planStart: '2026-11-09',
        answeredOn: '2026-11-21',
        globalRating: null,
      });
      expect((await patient.get('/me/outcome-measures')).body.due).toBeNull();
      const again = await patient.post('/me/outcome-measures', {
        timepoint: 'start',
        nprs: 5,
        psfs: psfs(3, 2, 4),
      });
      expect(again.status).toBe(409);

      await travel(server(), WEEK_6, patient);
      expect((await patient.get('/me/outcome-measures')).body.due).toEqual({
        timepoint: 'week-6',
        activities: ACTIVITIES,
        asksGlobalRating: true,
      });
      const renamed = await patient.post('/me/outcome-measures', {
        timepoint: 'week-6',
        nprs: 5,
        psfs: [{ activity: 'Fietsen', score: 5 }, ...psfs(0, 4, 5).slice(1)],
        globalRating: 1,
      });
      expect(renamed.status).toBe(422);
      expect(renamed.body.errors).toEqual([
        { path: 'psfs[0].activity', message: 'must be the activity named before: "Boodschappen doen"' },
      ]);
      const noRating = await patient.post('/me/outcome-measures', {
        timepoint: 'week-6',
        nprs: 5,
        psfs: psfs(4, 4, 5),
      });
      expect(noRating.body.errors).toEqual([
        { path: 'globalRating', message: 'is required after the start' },
      ]);
      expect(
        (
          await patient.post('/me/outcome-measures', {
            timepoint: 'week-6',
            nprs: 5,
            psfs: psfs(4, 4, 5),
            globalRating: 1,
          })
        ).status,
      ).toBe(201);

      await travel(server(), WEEK_12, patient);
      await patient.post('/me/outcome-measures', {
        timepoint: 'week-12',
        nprs: 3,
        psfs: psfs(6, 5, 7),
        globalRating: 3,
      });
      const all = await patient.get('/me/outcome-measures');
      expect(all.body.due).toBeNull();
      expect(
        all.body.answers.map((a: { timepoint: string; nprs: number }) => `${a.timepoint} ${a.nprs}`),
      ).toEqual(['start 7', 'week-6 5', 'week-12 3']);
      // The data export holds them; deleting the account takes them along.
      const exported = await patient.get('/me/export?format=json');
      expect(exported.body.outcomeMeasures).toHaveLength(3);
      expect((await patient.request('DELETE', '/me', { body: { password: PASSWORD } })).status).toBe(204);
      const left = await server().db.kysely.selectFrom('outcome_measures').select('id').execute();
      expect(left.filter((row) => all.body.answers.some((a: { id: string }) => a.id === row.id))).toEqual([]);
    } finally {
      clock.set(START_OF_TEST);
    }
  });

  it('puts a questionnaire off for three days, and lets it lapse when the next one opens', async () => {
    const clock = server().clock;
    try {
      const patient = await patientWithIntake(server());
      const skipped = await patient.post('/me/outcome-measures/skip', { timepoint: 'start' });
      expect(skipped.status, skipped.text).toBe(200);
      expect(skipped.body).toEqual({ askAgainOn: '2026-11-24' });
      clock.advanceDays(2);
      expect((await patient.get('/me/outcome-measures')).body.due).toBeNull();
      // Put off, but still open: it can be answered when the person wants to.
      clock.advanceDays(1);
      expect((await patient.get('/me/outcome-measures')).body.due?.timepoint).toBe('start');
      // Never answered: week 6 asks its own questions, with no activities named yet.
      await travel(server(), WEEK_6, patient);
      expect((await patient.get('/me/outcome-measures')).body.due).toEqual({
        timepoint: 'week-6',
        activities: [],
        asksGlobalRating: true,
      });
      const late = await patient.post('/me/outcome-measures', {
        timepoint: 'start',
        nprs: 5,
        psfs: psfs(1, 2, 3),
      });
      expect(late.status).toBe(422);
      expect(late.body.errors).toEqual([
        { path: 'timepoint', message: 'is not open: today the questionnaire of "week-6" is' },
      ]);
      await travel(server(), '2027-03-01T10:00:00Z', patient);
      expect((await patient.get('/me/outcome-measures')).body.due).toBeNull();
      const none = await patient.post('/me/outcome-measures/skip', { timepoint: 'week-12' });
      expect(none.body.errors).toEqual([
        { path: 'timepoint', message: 'is not open: no questionnaire is open on this day of the plan' },
      ]);
    } finally {
      clock.set(START_OF_TEST);
    }
  });

  it('names each field at fault, and answers 404 before an intake', async () => {
    const fresh = server().client();
    await fresh.signUp();
    expect((await fresh.get('/me/outcome-measures')).body).toEqual({ due: null, answers: [] });
    const early = await fresh.post('/me/outcome-measures', {
      timepoint: 'start',
      nprs: 5,
      psfs: psfs(1, 2, 3),
    });
    expect(early.status).toBe(404);
    const patient = await patientWithIntake(server());
    const wrong = await patient.post('/me/outcome-measures', {
      timepoint: 'start',
      nprs: 12,
      psfs: [{ activity: '', score: 3 }],
      globalRating: 2,
      mood: 'fine',
    });
    expect(wrong.status).toBe(422);
    const paths = wrong.body.errors.map((error: { path: string }) => error.path).sort();
    expect(paths).toEqual(
      expect.arrayContaining(['globalRating', 'mood', 'nprs', 'psfs', 'psfs[0].activity']),
    );
    expect(JSON.stringify(wrong.body)).not.toMatch(/at .*\.ts|stack/i);
    expect((await patient.get('/me/outcome-measures')).body.answers).toEqual([]);
  });

  it('stores one answer when two devices send the same questionnaire at once', async () => {
    const patient = await patientWithIntake(server());
    const body = { timepoint: 'start', nprs: 6, psfs: psfs(2, 3, 4) };
    const answers = await Promise.all([
      patient.post('/me/outcome-measures', body),
      patient.post('/me/outcome-measures', body),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    expect((await patient.get('/me/outcome-measures')).body.answers).toHaveLength(1);
  });

  it('shows a linked clinician the answers over time and the change over the plan, in the access log', async () => {
    const clock = server().clock;
    try {
      const care = await practiceWithClinician(server());
      const patient = await patientWithIntake(server());
      await linkPatient(care.clinician, patient, 'Anna de Vries');
      const trend = `/clinician/patients/${patient.account?.id ?? ''}/outcome-measures`;
      const empty = await care.clinician.get(trend);
      expect(empty.status, empty.text).toBe(200);
      expect(empty.body).toEqual({
        answers: [],
        change: { nprs: null, psfs: null, realChange: { nprs: false, psfs: false } },
      });
      await patient.post('/me/outcome-measures', { timepoint: 'start', nprs: 7, psfs: psfs(2, 3, 4) });
      clock.set(WEEK_6);
      await patient.post('/me/outcome-measures', {
        timepoint: 'week-6',
        nprs: 4,
        psfs: psfs(5, 5, 5),
        globalRating: 2,
      });
      const read = await care.clinician.get(trend);
      expect(read.body.answers).toHaveLength(2);
      expect(read.body.change).toEqual({ nprs: -3, psfs: 2, realChange: { nprs: true, psfs: true } });
      const rows = await server()
        .db.kysely.selectFrom('access_log')
        .select(['resource', 'action'])
        .where('patient_id', '=', patient.account?.id ?? '')
        .where('actor_id', '=', care.clinicianId)
        .where('resource', '=', 'outcome-measures')
        .execute();
      expect(rows.map((row) => row.action)).toEqual(['read', 'read']);
      // The patient's own reading and answering is not a clinician's access.
      const own = await server()
        .db.kysely.selectFrom('access_log')
        .select('id')
        .where('patient_id', '=', patient.account?.id ?? '')
        .where('actor_id', '=', patient.account?.id ?? '')
        .where('resource', '=', 'outcome-measures')
        .execute();
      expect(own).toEqual([]);
      // A new intake with a new start is a new plan: asked from the start again, the change is of the new plan.
      await patient.put('/me/intake', { ...INTAKE, startDate: '2026-12-14' });
      expect((await patient.get('/me/outcome-measures')).body.due).toEqual({
        timepoint: 'start',
        activities: [],
        asksGlobalRating: false,
      });
      const renewed = await care.clinician.get(trend);
      expect(renewed.body.answers).toHaveLength(2);
      expect(renewed.body.change.nprs).toBeNull();
    } finally {
      clock.set(START_OF_TEST);
    }
  });
});
