/**
 * `wandelcoach practice create`, the server's side: on an empty database of either kind, set up as
 * the server would from its settings, it brings the schema up to date, makes the practice and leaves
 * one single-use admin invitation, stored as a hash, that the link carries. And
 * `practice reset-second-factor`: an account's authenticator app, recovery codes and sessions go.
 */
import { describe, expect, it } from 'vitest';
import { hashToken } from '../src/auth/tokens.js';
import { loadConfig } from '../src/config.js';
import { createConfiguredPractice, resetConfiguredSecondFactor } from '../src/practice-command.js';
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

    it('resets an account’s authenticator app by its address; an unknown address or none set up is named', async () => {
      const fresh = await freshDatabase(dialect);
      try {
        const config = { ...loadConfig({}), database: fresh.settings };
        // The command brings an empty database up to date before it looks for the address.
        await expect(resetConfiguredSecondFactor({ email: 'anna@example.nl' }, config)).rejects.toMatchObject(
          {
            name: 'PracticeCommandError',
            message: '--email: no account has the address "anna@example.nl"',
          },
        );
        const db = fresh.db.kysely;
        const at = new Date().toISOString();
        const later = new Date(Date.now() + 86_400_000).toISOString();
        const id = crypto.randomUUID();
        await db
          .insertInto('accounts')
          .values({
            id,
            email: 'anna@example.nl',
            password_hash: 'not used here',
            role: 'patient',
            locale: 'en',
            time_zone: 'Europe/Amsterdam',
            created_at: at,
            updated_at: at,
            email_confirmed_at: at,
            display_name: 'Anna de Vries',
          })
          .execute();
        await db
          .insertInto('second_factors')
          .values({
            account_id: id,
            secret: 'JBSWY3DPEHPK3PXP',
            confirmed_at: at,
            last_step: 1,
            created_at: at,
          })
          .execute();
        await db
          .insertInto('recovery_codes')
          .values({ account_id: id, code_hash: 'a', used_at: null })
          .execute();
        await db
          .insertInto('sessions')
          .values({
            token_hash: 'b',
            account_id: id,
            csrf_token: 'c',
            created_at: at,
            expires_at: later,
            second_factor_at: at,
          })
          .execute();

        const done = await resetConfiguredSecondFactor({ email: ' Anna@Example.nl ' }, config);
        expect(done.mailed).toBe(false);
        expect(done.database).toMatch(dialect === 'sqlite' ? /^SQLite at / : /^PostgreSQL \(/);
        for (const table of ['second_factors', 'recovery_codes', 'sessions'] as const) {
          expect(
            await db.selectFrom(table).selectAll().where('account_id', '=', id).execute(),
            table,
          ).toEqual([]);
        }
        const audit = await db
          .selectFrom('audit_log')
          .select(['actor_id', 'action'])
          .where('account_id', '=', id)
          .execute();
        expect(audit).toEqual([{ actor_id: null, action: 'second-factor-reset' }]);

        await expect(resetConfiguredSecondFactor({ email: 'anna@example.nl' }, config)).rejects.toMatchObject(
          {
            name: 'PracticeCommandError',
            message: expect.stringContaining('has not set up the authenticator app'),
          },
        );
      } finally {
        await fresh.remove();
      }
    });
  });
}
