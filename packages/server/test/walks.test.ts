import { expect, it } from 'vitest';
import { describeEachDatabase } from './support/each-database.js';
import { INTAKE, walk } from './support/fixtures.js';
import type { TestClient } from './support/test-server.js';

describeEachDatabase('walks', (server) => {
  async function walker(): Promise<TestClient> {
    const client = server().client();
    await client.signUp();
    return client;
  }

  it('stores a walk with the contract’s defaults and answers 201', async () => {
    const client = await walker();
    const sent = walk();
    const response = await client.post('/me/walks', sent);
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      ...sent,
      painNextMorning: null,
      dizziness: false,
      fall: false,
      newSymptoms: [],
      createdAt: '2026-11-21T10:00:00.000Z',
      updatedAt: '2026-11-21T10:00:00.000Z',
    });
  });

  it('answers a retry of the same walk with 200 and the same body, and stores it once', async () => {
    const client = await walker();
    const sent = walk({ newSymptoms: ['fever-or-ill'], dizziness: true });
    const first = await client.post('/me/walks', sent);
    server().clock.advanceDays(0.01);
    // The same walk, fields in another order and the id in capitals, as another client might send it.
    const { id, ...rest } = sent;
    const retry = await client.post('/me/walks', {
      ...Object.fromEntries(Object.entries(rest).reverse()),
      id: String(id).toUpperCase(),
    });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    expect((await client.get('/me/walks')).body.walks).toHaveLength(1);
  });

  it('refuses a different walk under an id already used', async () => {
    const client = await walker();
    const sent = walk();
    await client.post('/me/walks', sent);
    const response = await client.post('/me/walks', { ...sent, minutes: 30 });
    expect(response.status).toBe(409);
    expect((await client.get('/me/walks')).body.walks[0].minutes).toBe(12);
  });

  it('keeps walks of different people apart even under the same id', async () => {
    const a = await walker();
    const b = await walker();
    const sent = walk();
    expect((await a.post('/me/walks', sent)).status).toBe(201);
    expect((await b.post('/me/walks', { ...sent, minutes: 5 })).status).toBe(201);
    expect((await a.get('/me/walks')).body.walks[0].minutes).toBe(12);
    expect((await b.get('/me/walks')).body.walks[0].minutes).toBe(5);
  });

  it('adds next-morning pain with PATCH, changing only what is sent', async () => {
    const client = await walker();
    const sent = walk({ dizziness: true });
    await client.post('/me/walks', sent);
    server().clock.advanceDays(0.5);
    const response = await client.patch(`/me/walks/${String(sent.id)}`, { painNextMorning: 2 });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ painNextMorning: 2, painDuring: 3, dizziness: true, minutes: 12 });
    expect(response.body.updatedAt).not.toBe(response.body.createdAt);
    // A retry of the original upload after the change is still the same walk.
    expect((await client.post('/me/walks', sent)).status).toBe(200);
  });

  it('refuses an empty change, an unknown field and a change of date', async () => {
    const client = await walker();
    const sent = walk();
    await client.post('/me/walks', sent);
    const path = `/me/walks/${String(sent.id)}`;
    expect((await client.patch(path, {})).body.errors).toEqual([
      { path: '(body)', message: 'must change at least one field' },
    ]);
    expect((await client.patch(path, { painNextMorning: 11 })).body.errors[0].path).toBe('painNextMorning');
    expect((await client.patch(path, { date: '2026-11-19' })).body.errors).toEqual([
      { path: 'date', message: 'is not a known field' },
    ]);
  });

  it('lists walks by date and deletes one', async () => {
    const client = await walker();
    const later = walk({ date: '2026-11-20' });
    const earlier = walk({ date: '2026-11-18', kind: 'retro', minutes: 4 });
    await client.post('/me/walks', later);
    await client.post('/me/walks', earlier);
    expect((await client.get('/me/walks')).body.walks.map((w: { id: string }) => w.id)).toEqual([
      earlier.id,
      later.id,
    ]);
    expect((await client.delete(`/me/walks/${String(earlier.id)}`)).status).toBe(204);
    // Deleting it again: it is gone (an outbox retrying its delete is done), not unknown.
    expect((await client.delete(`/me/walks/${String(earlier.id)}`)).status).toBe(410);
    expect((await client.delete(`/me/walks/${crypto.randomUUID()}`)).status).toBe(404);
    expect((await client.get('/me/walks')).body.walks.map((w: { id: string }) => w.id)).toEqual([later.id]);
  });

  it('never brings a deleted walk back: a late retry of its first upload is answered 410 Gone', async () => {
    const client = await walker();
    const first = walk({ date: '2026-11-19' });
    expect((await client.post('/me/walks', first)).status).toBe(201);
    expect((await client.delete(`/me/walks/${String(first.id)}`)).status).toBe(204);
    const retry = await client.post('/me/walks', first);
    expect(retry.status).toBe(410);
    expect(retry.body.type).toBe('urn:wandelcoach:problem:gone');
    expect((await client.get('/me/walks')).body.walks).toEqual([]);
    // The same id is someone else's to use: tombstones are per person.
    const other = server().client();
    await other.signUp();
    await other.put('/me/intake', INTAKE);
    expect((await other.post('/me/walks', first)).status).toBe(201);
  });

  it('answers a change to a walk deleted since with 410 Gone, so an outbox knows it is settled', async () => {
    const client = await walker();
    const first = walk({ date: '2026-11-19' });
    await client.post('/me/walks', first);
    expect((await client.delete(`/me/walks/${String(first.id)}`)).status).toBe(204);
    // The next morning's answer, queued on a phone before it heard of the deletion.
    const late = await client.patch(`/me/walks/${String(first.id)}`, { painNextMorning: 2 });
    expect(late.status).toBe(410);
    expect(late.body.type).toBe('urn:wandelcoach:problem:gone');
    expect((await client.get('/me/walks')).body.walks).toEqual([]);
    // An id never stored is still unknown, not gone.
    expect((await client.patch(`/me/walks/${crypto.randomUUID()}`, { painNextMorning: 2 })).status).toBe(404);
  });

  it('refuses a walk dated after today in the person’s own time zone', async () => {
    const client = await walker();
    // 23:30 UTC is already the 22nd in Amsterdam.
    server().clock.set('2026-11-21T23:30:00Z');
    expect((await client.post('/me/walks', walk({ date: '2026-11-22' }))).status).toBe(201);
    const response = await client.post('/me/walks', walk({ date: '2026-11-23' }));
    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([{ path: 'date', message: 'is after today (2026-11-22)' }]);
    server().clock.set('2026-11-21T10:00:00Z');
  });

  it('names every wrong field of a walk', async () => {
    const client = await walker();
    const response = await client.post('/me/walks', {
      id: 'walk-1',
      date: '2026-02-30',
      kind: 'sideways',
      minutes: -1,
      painDuring: 4.5,
      fall: 'no',
      newSymptoms: ['headache'],
      mood: 'good',
    });
    expect(response.status).toBe(422);
    expect(response.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'date',
      'fall',
      'id',
      'kind',
      'minutes',
      'mood',
      'newSymptoms[0]',
      'painDuring',
    ]);
    expect((await client.get('/me/walks')).body.walks).toEqual([]);
  });

  it('answers a walk id that is not a UUID in the path with a field error', async () => {
    const client = await walker();
    const response = await client.patch('/me/walks/not-a-uuid', { painNextMorning: 1 });
    expect(response.status).toBe(422);
    expect(response.body.errors[0].path).toBe('id');
  });
});
