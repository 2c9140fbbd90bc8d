/** Bad input gets a clear 4xx naming the field, never a stack trace or SQL, and nothing is stored. */
import { expect, it } from 'vitest';
import { describeEachDatabase } from './support/each-database.js';
import { INTAKE, walk } from './support/fixtures.js';
import { PASSWORD, TestClient } from './support/test-server.js';

const BODY_ROUTES = [
  ['POST', '/accounts'],
  ['POST', '/session'],
  ['PUT', '/me/password'],
  ['PUT', '/me/intake'],
  ['POST', '/me/walks'],
  ['PATCH', '/me/walks/0b0c4b7e-6b8a-4f62-9a51-3c1f3f1f2a10'],
  ['DELETE', '/me'],
] as const;

function expectNoInternals(text: string): void {
  for (const leak of [
    '    at ',
    'node_modules',
    'SELECT',
    'select ',
    'insert into',
    'SQLITE',
    'syntax error',
  ]) {
    expect(text).not.toContain(leak);
  }
}

describeEachDatabase('bad input', (server) => {
  async function signedIn(): Promise<TestClient> {
    const client = server().client();
    await client.signUp();
    await client.put('/me/intake', INTAKE);
    await client.post('/me/walks', walk({ id: '0b0c4b7e-6b8a-4f62-9a51-3c1f3f1f2a10' }));
    return client;
  }

  async function stored(client: TestClient) {
    return { walks: (await client.get('/me/walks')).body, plan: (await client.get('/me/plan')).body };
  }

  it('answers malformed JSON with 400 on every route that takes a body', async () => {
    const client = await signedIn();
    const before = await stored(client);
    for (const [method, path] of BODY_ROUTES) {
      for (const rawBody of ['{"age": 52,', 'not json at all', '']) {
        const response = await client.request(method, path, {
          rawBody,
          headers: { 'content-type': 'application/json' },
        });
        expect(response.status, `${method} ${path} ${JSON.stringify(rawBody)}`).toBe(400);
        expect(response.headers.get('content-type')).toBe('application/problem+json');
        expect(response.body.type).toBe('urn:wandelcoach:problem:malformed-json');
        expectNoInternals(response.text);
      }
    }
    expect(await stored(client)).toEqual(before);
  });

  it('answers a body over the limit with 413, before reading it all', async () => {
    const client = await signedIn();
    const before = await stored(client);
    const huge = 'x'.repeat(server().context.config.maxBodyBytes + 1);
    for (const [method, path] of BODY_ROUTES) {
      const response = await client.request(method, path, { body: { note: huge } });
      expect(response.status, `${method} ${path}`).toBe(413);
      expect(response.body.type).toBe('urn:wandelcoach:problem:body-too-large');
    }
    expect(await stored(client)).toEqual(before);
  });

  it('answers wrong types and unknown fields with 422 and the path of each', async () => {
    const client = await signedIn();
    const before = await stored(client);
    const cases: [string, string, unknown, string[]][] = [
      ['POST', '/accounts', { email: 42, password: ['x'], extra: true }, ['email', 'extra', 'password']],
      ['POST', '/session', { email: 'a@b.nl' }, ['password']],
      ['PUT', '/me/password', { currentPassword: PASSWORD, newPassword: 12345678901 }, ['newPassword']],
      [
        'PUT',
        '/me/intake',
        { ...INTAKE, backPain: { type: 'sharp', legPain: 'yes' } },
        ['backPain.legPain', 'backPain.type'],
      ],
      ['POST', '/me/walks', { ...walk(), minutes: '10', painDuring: null }, ['minutes', 'painDuring']],
      [
        'PATCH',
        '/me/walks/0b0c4b7e-6b8a-4f62-9a51-3c1f3f1f2a10',
        { painNextMorning: '2', colour: 1 },
        ['colour', 'painNextMorning'],
      ],
      ['DELETE', '/me', { password: 1234 }, ['password']],
    ];
    for (const [method, path, body, paths] of cases) {
      const response = await client.request(method, path, { body });
      expect(response.status, `${method} ${path}`).toBe(422);
      expect(response.body.type).toBe('urn:wandelcoach:problem:invalid-input');
      expect(response.body.errors.map((e: { path: string }) => e.path).sort(), `${method} ${path}`).toEqual(
        paths,
      );
      for (const error of response.body.errors) expect(error.message.length).toBeGreaterThan(3);
      expectNoInternals(response.text);
    }
    expect(await stored(client)).toEqual(before);
    expect(await client.whoAmI()).toBe(client.account?.email);
  });

  it('refuses text no database can hold (a NUL character) with 422, not a database error', async () => {
    // PostgreSQL refuses U+0000 in text with an error; found by the fuzz suite on sign-in.
    const response = await server().client().post('/session', { email: '\u0000', password: 'x' });
    expect(response.status).toBe(422);
    expect(response.body.errors[0].path).toBe('email');
    expect(server().errors).toEqual([]);
  });

  it('reports an unexpected failure as a plain 500 problem, without details', async () => {
    const client = await signedIn();
    const { db } = server();
    const original = db.kysely.selectFrom.bind(db.kysely);
    // Make the database fail once the session is checked, as a lost connection would.
    const spy = (table: string) => {
      if (table === 'walks') throw new Error('connection lost: SELECT * FROM walks');
      return original(table as never);
    };
    (db.kysely as { selectFrom: unknown }).selectFrom = spy;
    try {
      const response = await client.get('/me/walks');
      expect(response.status).toBe(500);
      expect(response.body).toEqual({
        type: 'urn:wandelcoach:problem:server-error',
        title: 'Something went wrong on our side',
        status: 500,
        detail: 'Please try again. If it keeps happening, tell us.',
        requestId: response.headers.get('x-request-id'),
      });
      expect(server().errors.at(-1)).toBeInstanceOf(Error);
      // The log says what failed and where, never the message (it quoted SQL here).
      const logged = server().logLines.map((line) => JSON.parse(line) as Record<string, unknown>);
      const failure = logged.find(
        (line) => line['msg'] === 'unexpected error' && line['requestId'] === response.body.requestId,
      );
      expect(failure).toMatchObject({ level: 50, error: { name: 'Error' } });
      expect(server().logLines.join('\n')).not.toContain('SELECT * FROM walks');
    } finally {
      (db.kysely as { selectFrom: unknown }).selectFrom = original;
    }
  });
});
