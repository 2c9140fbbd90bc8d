/**
 * `wandelcoach practice create`, the server's side: on an empty database of either kind, set up as
 * the server would from its settings, it brings the schema up to date, makes the practice and leaves
 * one single-use admin invitation, stored as a hash, that the link carries.
 */
import { describe, expect, it } from 'vitest';
import { hashToken } from '../src/auth/tokens.js';
import { loadConfig } from '../src/config.js';
import { createConfiguredPractice } from '../src/practice-command.js';
import { inviteToken } from './support/practices.js';
import { dialectAvailable, freshDatabase, testDialects } from './support/test-server.js';

for (const dialect of testDialects()) {
  describe.skipIf(!dialectAvailable(dialect))(`practice create [${dialect}]`, () => {
    it('migrates, makes the practice and its first admin’s link, and says it was not mailed without SMTP', async () => {
      const fresh = await freshDatabase(dialect);
      try {
        const config = {
          ...loadConfig({ PUBLIC_URL: 'https://wandelcoach.example.nl' }),
          database: fresh.settings,
        };
        const made = await createConfiguredPractice(
          { name: 'Rugkliniek Oost', adminEmail: 'Beheer@Example.nl' },
          config,
        );
        expect(made.mailed).toBe(false);
        expect(made.days).toBe(7);
        expect(made.database).toMatch(dialect === 'sqlite' ? /^SQLite at / : /^PostgreSQL \(/);
        expect(made.link).toMatch(/^https:\/\/wandelcoach\.example\.nl\/join-practice#token=[\w-]{43}$/);

        const practices = await fresh.db.kysely.selectFrom('practices').select(['id', 'name']).execute();
        expect(practices).toEqual([{ id: made.practiceId, name: 'Rugkliniek Oost' }]);
        const invites = await fresh.db.kysely
          .selectFrom('member_invites')
          .select(['token_hash', 'email', 'is_admin', 'is_clinician', 'invited_by'])
          .execute();
        expect(invites).toEqual([
          {
            token_hash: hashToken(inviteToken(made.link)),
            email: 'beheer@example.nl',
            is_admin: dialect === 'postgres' ? true : 1,
            is_clinician: dialect === 'postgres' ? false : 0,
            invited_by: null,
          },
        ]);
      } finally {
        await fresh.remove();
      }
    });
  });
}
