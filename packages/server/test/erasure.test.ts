/**
 * Deleting an account leaves nothing readable in the database's files once it has answered: not the
 * email address, not a walk's id or its symptoms, not the hash the rate limits were keyed by.
 * The files are read on SQLite only: they are the product's to erase. PostgreSQL's dead rows are
 * VACUUM's, and its backups the clinic's (docs/security.md). On both, no row about the person is left
 * but the one that says an account was deleted.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from './support/each-database.js';
import { INTAKE, walk } from './support/fixtures.js';
import { createTestServer, PASSWORD, type TestServer } from './support/test-server.js';

const EMAIL = 'erase.me.ku4q@example.nl';

describe('erasure [sqlite]', () => {
  let running: TestServer | undefined;
  const server = () => {
    if (running === undefined) throw new Error('the test server did not start');
    return running;
  };
  beforeAll(async () => {
    running = await createTestServer('sqlite');
  });
  afterAll(async () => {
    await running?.close();
  });

  it('leaves nothing of a deleted account readable in the SQLite files', async () => {
    const settings = server().context.config.database;
    if (settings.dialect !== 'sqlite') throw new Error('expected SQLite');
    const client = server().client();
    await client.signUp(EMAIL);
    await client.put('/me/intake', { ...INTAKE, conditions: ['plantar-fasciitis'] });
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      const one = walk({ date: '2026-11-20', newSymptoms: i === 0 ? ['weight-loss'] : [] });
      ids.push(String(one.id));
      expect((await client.post('/me/walks', one)).status).toBe(201);
    }
    // A deleted walk leaves a tombstone with its id.
    expect((await client.delete(`/me/walks/${ids[0] ?? ''}`)).status).toBe(204);
    // A failed sign-in, and a wrong current password, leave counters keyed by the email's hash.
    await server().client().signIn(EMAIL, 'not-the-password');
    await client.put('/me/password', {
      currentPassword: 'ook-niet-goed',
      newPassword: 'een-heel-nieuw-wachtwoord',
    });
    const files = [settings.file, `${settings.file}-wal`, `${settings.file}-shm`];
    const readable = () =>
      files
        .filter((file) => existsSync(file))
        .map((file) => readFileSync(file).toString('latin1'))
        .join('');
    const hash = createHash('sha256').update(EMAIL).digest('hex');
    expect(readable()).toContain(EMAIL);
    expect(readable()).toContain(hash);

    expect((await client.delete('/me', { password: PASSWORD })).status).toBe(204);
    const after = readable();
    for (const secret of [EMAIL, ...ids, 'plantar-fasciitis', 'weight-loss', hash]) {
      expect(after.includes(secret), secret).toBe(false);
    }
  });
});

describeEachDatabase('erasure', (server) => {
  it('leaves no row about the person but the one saying an account was deleted', async () => {
    const { kysely } = server().db;
    const email = `erase-${crypto.randomUUID()}@example.nl`;
    const client = server().client('198.51.100.200');
    await client.signUp(email);
    await client.put('/me/intake', INTAKE);
    const walks = [walk(), walk()];
    for (const one of walks) await client.post('/me/walks', one);
    await client.delete(`/me/walks/${String(walks[0]?.id)}`);
    // Today's answer is kept in the server's memory; it goes with the account too.
    expect((await client.get('/me/today')).status).toBe(200);
    const keptBefore = server().context.todayCache?.count ?? 0;
    await server().client('198.51.100.201').signIn(email, 'not-the-password');
    // A reset link asked for and not used: its token must go with the account.
    expect((await server().client('198.51.100.202').post('/password-resets', { email })).status).toBe(202);
    const id = client.account?.id ?? '';
    const tokens = () =>
      kysely.selectFrom('email_tokens').select('account_id').where('account_id', '=', id).execute();
    expect((await tokens()).length).toBe(1);
    const hash = createHash('sha256').update(email).digest('hex');
    const counters = () =>
      kysely.selectFrom('rate_limits').select('key').where('key', 'like', `%${hash}%`).execute();
    expect((await counters()).length).toBeGreaterThan(0);

    expect((await client.delete('/me', { password: PASSWORD })).status).toBe(204);
    expect(server().context.todayCache?.count).toBe(keptBefore - 1);
    expect(await counters()).toEqual([]);
    for (const table of ['walks', 'intakes', 'sessions', 'walk_tombstones', 'email_tokens'] as const) {
      const rows = await kysely.selectFrom(table).select('account_id').where('account_id', '=', id).execute();
      expect(rows, table).toEqual([]);
    }
    expect(await kysely.selectFrom('accounts').select('id').where('id', '=', id).execute()).toEqual([]);
    const audit = await kysely.selectFrom('audit_log').selectAll().where('account_id', '=', id).execute();
    expect(audit.map((row) => row.action)).toEqual(['account-deleted']);
    expect(JSON.stringify(audit)).not.toContain(email);
    expect(audit[0]?.ip ?? null).toBeNull();
  });
});
