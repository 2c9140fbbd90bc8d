import { buildPlan } from '@wandelcoach/engine';
import { expect, it } from 'vitest';
import { describeEachDatabase } from './support/each-database.js';
import { COMBINED_INTAKE, INTAKE, walk } from './support/fixtures.js';
import type { TestClient } from './support/test-server.js';

describeEachDatabase('intake, plan and today', (server) => {
  async function walker(): Promise<TestClient> {
    const client = server().client();
    await client.signUp();
    return client;
  }

  it('says there is no plan before the intake', async () => {
    const client = await walker();
    for (const path of ['/me/intake', '/me/plan', '/me/progress']) {
      const response = await client.get(path);
      expect(response.status).toBe(404);
      expect(response.body.type).toBe('urn:wandelcoach:problem:no-intake');
    }
  });

  it('answers a new account’s today normally: no intake yet, so no safety check and no walks', async () => {
    const client = await walker();
    const response = await client.get('/me/today');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      hasIntake: false,
      date: '2026-11-21',
      locale: 'nl',
      triage: null,
      week: null,
      sessions: [],
      walked: [],
      ended: null,
    });
  });

  it('gives today before the intake in the account’s language, with what was walked, until the intake comes', async () => {
    const client = server().client();
    await client.signUp(undefined, { locale: 'en' });
    const done = walk({ date: '2026-11-21', minutes: 8 });
    expect((await client.post('/me/walks', done)).status).toBe(201);
    const before = await client.get('/me/today');
    expect(before.body).toMatchObject({ hasIntake: false, locale: 'en', triage: null, sessions: [] });
    expect(before.body.walked.map((w: { id: string }) => w.id)).toEqual([done.id]);

    await client.put('/me/intake', INTAKE);
    const after = await client.get('/me/today');
    expect(after.body).toMatchObject({ hasIntake: true, triage: { level: 'self-manage' } });
    expect(after.body.walked.map((w: { id: string }) => w.id)).toEqual([done.id]);
  });

  it('stores the intake and answers with the engine’s plan for today', async () => {
    const client = await walker();
    const response = await client.put('/me/intake', INTAKE);
    expect(response.status).toBe(200);
    const expected = buildPlan({ intake: INTAKE, logs: [], today: '2026-11-21' });
    expect(response.body).toEqual(expected);
    expect((await client.get('/me/plan')).body).toEqual(expected);
    expect((await client.get('/me/intake')).body).toEqual(INTAKE);
  });

  it('builds the plan from the stored walks, as the engine would from the same log', async () => {
    const client = await walker();
    await client.put('/me/intake', INTAKE);
    const walks = [
      walk({ date: '2026-11-10', minutes: 10, painDuring: 3, painNextMorning: 3 }),
      walk({ date: '2026-11-12', minutes: 12, painDuring: 4, painNextMorning: 4 }),
      walk({ date: '2026-11-16', minutes: 8, painDuring: 7, painNextMorning: 7, dizziness: true }),
    ];
    for (const sent of walks) await client.post('/me/walks', sent);
    const logs = walks.map(({ id: _id, ...log }) => log);
    const plan = await client.get('/me/plan');
    expect(plan.body).toEqual(buildPlan({ intake: INTAKE, logs, today: '2026-11-21' }));
    expect(plan.body.decisions.length).toBeGreaterThan(1);
  });

  it('names each wrong intake field from the body, and keeps the intake already stored', async () => {
    const client = await walker();
    await client.put('/me/intake', INTAKE);
    const response = await client.put('/me/intake', {
      ...INTAKE,
      age: 12,
      goals: ['running'],
      favouriteColour: 'blue',
    });
    expect(response.status).toBe(422);
    expect(response.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'age',
      'favouriteColour',
      'goals[0]',
    ]);
    expect((await client.get('/me/plan')).body.locale).toBe('en');
  });

  it('refuses an intake that is not a JSON object', async () => {
    const client = await walker();
    const response = await client.put('/me/intake', [1, 2]);
    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([{ path: '(body)', message: 'must be a JSON object' }]);
  });

  it('gives today’s walks with the words of their cues, and what was walked today', async () => {
    const client = await walker();
    await client.put('/me/intake', COMBINED_INTAKE);
    const done = walk({ date: '2026-11-21', minutes: 5 });
    await client.post('/me/walks', done);
    const response = await client.get('/me/today');
    expect(response.status).toBe(200);
    const plan = buildPlan({ intake: COMBINED_INTAKE, logs: [], today: '2026-11-21' });
    const day = plan.plan?.weeks[1]?.days.find((d) => d.date === '2026-11-21');
    expect(response.body).toMatchObject({
      hasIntake: true,
      date: '2026-11-21',
      locale: 'nl',
      week: 2,
      triage: plan.triage,
    });
    expect(response.body.sessions).toHaveLength(day?.sessions.length ?? -1);
    const first = response.body.sessions[0];
    expect(first.kind).toBe(day?.sessions[0]?.kind);
    expect(first.cues.length).toBeGreaterThan(0);
    for (const cue of first.cues) {
      expect(cue).toEqual({
        code: expect.any(String),
        label: expect.any(String),
        spoken: expect.any(String),
      });
      expect(cue.spoken.length).toBeGreaterThan(10);
    }
    expect(response.body.walked.map((w: { id: string }) => w.id)).toEqual([done.id]);
  });

  it('follows the person’s time zone for what “today” is', async () => {
    const client = server().client();
    await client.signUp(undefined, { timeZone: 'America/New_York' });
    await client.put('/me/intake', INTAKE);
    server().clock.set('2026-11-22T02:00:00Z');
    expect((await client.get('/me/today')).body.date).toBe('2026-11-21');
    server().clock.set('2026-11-21T10:00:00Z');
  });

  it('gives no walks today when triage says see a doctor first', async () => {
    const client = await walker();
    await client.put('/me/intake', { ...INTAKE, redFlags: ['saddle-numbness'] });
    const today = await client.get('/me/today');
    expect(today.body.triage.level).toBe('emergency');
    expect(today.body.sessions).toEqual([]);
    expect(today.body.week).toBeNull();
  });
});

describeEachDatabase('intake dates and plans that end (plan-contract.md)', (server) => {
  async function walker(): Promise<TestClient> {
    const client = server().client();
    await client.signUp();
    return client;
  }

  it('refuses a new intake that starts more than 28 days before today, naming startDate', async () => {
    server().clock.set('2026-11-21T10:00:00Z');
    const client = await walker();
    const response = await client.put('/me/intake', { ...INTAKE, startDate: '2026-10-23' });
    expect(response.status).toBe(422);
    // 28 days before 2026-11-21
    expect(response.body.errors).toEqual([
      { path: 'startDate', message: 'must be no more than 28 days before today: 2026-10-24 or later' },
    ]);
    expect((await client.put('/me/intake', { ...INTAKE, startDate: '2026-10-24' })).status).toBe(200);
  });

  it('refuses starts in 1990 and 9999 with the contract’s bounds, and keeps what was stored', async () => {
    server().clock.set('2026-11-21T10:00:00Z');
    const client = await walker();
    await client.put('/me/intake', INTAKE);
    for (const startDate of ['1990-01-01', '9999-12-31']) {
      const response = await client.put('/me/intake', { ...INTAKE, startDate });
      expect(response.status).toBe(422);
      expect(response.body.errors.map((e: { path: string }) => e.path)).toContain('startDate');
    }
    expect((await client.get('/me/intake')).body).toEqual(INTAKE);
  });

  it('stores an intake without a start date as starting today, so its weeks go on', async () => {
    server().clock.set('2026-11-21T10:00:00Z');
    const client = await walker();
    const { startDate: _start, ...withoutStart } = INTAKE;
    expect((await client.put('/me/intake', withoutStart)).status).toBe(200);
    expect((await client.get('/me/intake')).body).toEqual({ ...withoutStart, startDate: '2026-11-21' });
    server().clock.advanceDays(8);
    expect((await client.get('/me/plan')).body.plan.startDate).toBe('2026-11-21');
  });

  it('answers a plan that has ended with the request to renew the intake, never an error', async () => {
    server().clock.set('2026-11-21T10:00:00Z');
    const client = server().client();
    const email = `ended-${crypto.randomUUID()}@example.nl`;
    await client.signUp(email);
    await client.put('/me/intake', INTAKE);
    // 12 weeks from 2026-11-09 end on 2027-01-31; the session has long expired by then
    server().clock.set('2027-02-01T10:00:00Z');
    await client.signIn(email);
    const plan = await client.get('/me/plan');
    expect(plan.status).toBe(200);
    expect(plan.body.ended.code).toBe('plan-ended');
    expect(plan.body.ended.message).toContain('31 January');
    const today = await client.get('/me/today');
    expect(today.status).toBe(200);
    expect(today.body.sessions).toEqual([]);
    expect(today.body.ended.code).toBe('plan-ended');
    server().clock.set('2026-11-21T10:00:00Z');
  });

  it('answers an intake stored with a start from 1990 with the request to renew it, never an error', async () => {
    server().clock.set('2026-11-21T10:00:00Z');
    const client = server().client();
    const email = `legacy-${crypto.randomUUID()}@example.nl`;
    await client.signUp(email);
    await client.put('/me/intake', INTAKE);
    // An intake stored before the contract bounded the start date.
    const account = await server()
      .db.kysely.selectFrom('accounts')
      .select('id')
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    await server()
      .db.kysely.updateTable('intakes')
      .set({ intake: JSON.stringify({ ...INTAKE, startDate: '1990-01-01' }) })
      .where('account_id', '=', account.id)
      .execute();
    const plan = await client.get('/me/plan');
    expect(plan.status).toBe(200);
    expect(plan.body.plan).toBeNull();
    expect(plan.body.ended.code).toBe('plan-renew');
    expect(plan.body.triage.level).toBe('self-manage');
    expect((await client.get('/me/today')).status).toBe(200);
  });

  it('refuses walks dated before 2000, naming the date', async () => {
    const client = await walker();
    await client.put('/me/intake', INTAKE);
    for (const date of ['0000-01-01', '1999-12-31']) {
      const response = await client.post('/me/walks', walk({ date }));
      expect(response.status).toBe(422);
      expect(response.body.errors).toEqual([{ path: 'date', message: 'must be a date from 2000-01-01 on' }]);
    }
  });

  it('passes the engine only the walks from 30 days before the start, so an old walk never fails a plan', async () => {
    server().clock.set('2026-11-21T10:00:00Z');
    const client = await walker();
    await client.put('/me/intake', INTAKE);
    const old = walk({ date: '2026-10-09', minutes: 300, painDuring: 9, painNextMorning: 9 });
    expect((await client.post('/me/walks', old)).status).toBe(201);
    // 2026-10-09 is 31 days before the start on 2026-11-09: not part of this plan's history
    expect((await client.get('/me/plan')).body).toEqual(
      buildPlan({ intake: INTAKE, logs: [], today: '2026-11-21' }),
    );
  });
});
