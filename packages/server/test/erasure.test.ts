/**
 * Deleting an account leaves nothing readable in the database's files once it has answered: not the
 * email address, not a walk's id or its symptoms, not the hash the rate limits were keyed by.
 * SQLite only: its files are the product's to erase. PostgreSQL's dead rows are VACUUM's, and its
 * backups the clinic's (docs/security.md).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
