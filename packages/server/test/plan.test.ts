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
    for (const path of ['/me/intake', '/me/plan', '/me/today', '/me/progress']) {
      const response = await client.get(path);
      expect(response.status).toBe(404);
      expect(response.body.type).toBe('urn:wandelcoach:problem:no-intake');
    }
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
    expect(response.body).toMatchObject({ date: '2026-11-21', locale: 'nl', week: 2, triage: plan.triage });
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
