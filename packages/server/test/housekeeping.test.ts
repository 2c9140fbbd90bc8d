import { createHash } from 'node:crypto';
import { afterAll, expect, it } from 'vitest';
import { startLoopbackMailbox } from '../../../scripts/loopback-mailbox.js';
import { respell } from '../../engine/src/test-support/spellings.js';
import { INTAKE, walk } from './support/fixtures.js';
import { canonicalTimeZone, keptZoneCount, MAX_KEPT_ZONES } from '@wandelcoach/engine';
import { canonicaliseTimeZones, removeExpired } from '../src/services/housekeeping.js';
import { invitePatient, linkPatient, practiceWithClinician } from './support/care-team.js';
import { describeEachDatabase } from './support/each-database.js';
import { signUpAndConfirm } from './support/mail.js';
import { PASSWORD, uniqueEmail } from './support/test-server.js';

const mailbox = await startLoopbackMailbox();
afterAll(() => mailbox.close());

describeEachDatabase('housekeeping', (server) => {
  it('removes expired sessions and counters of past windows, and nothing else', async () => {
    const { db, context, clock } = server();
    const old = server().client();
    await old.signUp();
    clock.advanceDays(context.config.sessionDays + 1);
    const recent = server().client();
    await recent.signUp();

    await removeExpired(context);

    const sessions = await db.kysely.selectFrom('sessions').select('account_id').execute();
    expect(sessions.map((row) => row.account_id)).toEqual([recent.account?.id]);
    // The recent sign-up's counters are still in their window; the old ones are gone.
    const counters = await db.kysely.selectFrom('rate_limits').select('key').execute();
    expect(counters.length).toBe(2);
    expect(await recent.whoAmI()).toBe(recent.account?.email);
  });
});

describeEachDatabase('tombstones of deleted walks', (server) => {
  it('are kept a year, then removed', async () => {
    const { db, context, clock } = server();
    const client = server().client();
    await client.signUp();
    await client.put('/me/intake', INTAKE);
    const gone = walk();
    await client.post('/me/walks', gone);
    await client.delete(`/me/walks/${String(gone.id)}`);
    const count = async () => (await db.kysely.selectFrom('walk_tombstones').select('id').execute()).length;
    await removeExpired(context);
    expect(await count()).toBe(1);
    clock.advanceDays(366);
    await removeExpired(context);
    expect(await count()).toBe(0);
    clock.set('2026-11-21T10:00:00Z');
  });
});

describeEachDatabase('mailed links', (server) => {
  it('are removed once expired, and not before', async () => {
    const { db, context, clock } = server();
    const client = server().client();
    await client.signUp();
    // Without mail configured the link goes to the log; its token is stored all the same.
    await server().client().post('/password-resets', { email: client.account?.email });
    const count = async () =>
      (await db.kysely.selectFrom('email_tokens').select('account_id').execute()).length;
    await removeExpired(context);
    expect(await count()).toBe(1);
    clock.advanceSeconds(3601);
    await removeExpired(context);
    expect(await count()).toBe(0);
    clock.set('2026-11-21T10:00:00Z');
  });
});

describeEachDatabase('patients’ invitations', (server) => {
  it('are removed once used or expired, and not before: they hold a name and a year of birth', async () => {
    const { db, context, clock } = server();
    const { clinician } = await practiceWithClinician(server());
    const patient = server().client();
    await patient.signUp();
    await linkPatient(clinician, patient, 'Gebruikt Uitnodiging');
    await invitePatient(clinician, 'Nog Open', 1950);
    const names = async () =>
      (await db.kysely.selectFrom('patient_invites').select('patient_name').execute()).map(
        (row) => row.patient_name,
      );
    expect((await names()).sort()).toEqual(['Gebruikt Uitnodiging', 'Nog Open']);
    await removeExpired(context);
    expect(await names()).toEqual(['Nog Open']);
    clock.advanceSeconds(13 * 86_400);
    await removeExpired(context);
    expect(await names()).toEqual(['Nog Open']);
    clock.advanceSeconds(86_400 + 1);
    await removeExpired(context);
    expect(await names()).toEqual([]);
    // The link made with the used one stays, with the name the clinician gave.
    expect((await clinician.get('/clinician/patients')).text).toContain('Gebruikt Uitnodiging');
    clock.set('2026-11-21T10:00:00Z');
  });
});

describeEachDatabase(
  'accounts never confirmed',
  (server) => {
    it('are erased a week on, once no link for them works; confirmed ones and fresh links stay', async () => {
      const { db, context, clock } = server();
      const { kysely } = db;
      const confirmed = server().client();
      await signUpAndConfirm(confirmed, mailbox, uniqueEmail());
      const abandoned = uniqueEmail();
      const late = uniqueEmail();
      for (const email of [abandoned, late]) {
        expect((await server().client().post('/accounts', { email, password: PASSWORD })).status).toBe(202);
      }
      const idOf = async (email: string) =>
        (await kysely.selectFrom('accounts').select('id').where('email', '=', email).executeTakeFirst())?.id;
      const abandonedId = await idOf(abandoned);
      try {
        clock.advanceDays(7.5);
        // Signing in with the right password sends a new link, which keeps that account a day more.
        expect((await server().client().signIn(late)).status).toBe(403);
        await removeExpired(context);

        expect(await idOf(abandoned)).toBeUndefined();
        expect(await idOf(late)).toBeDefined();
        expect(await idOf(confirmed.account?.email ?? '')).toBeDefined();
        const hash = createHash('sha256').update(abandoned).digest('hex');
        const counters = await kysely
          .selectFrom('rate_limits')
          .select('key')
          .where('key', 'like', `%${hash}%`)
          .execute();
        expect(counters).toEqual([]);
        const audit = await kysely
          .selectFrom('audit_log')
          .select('action')
          .where('account_id', '=', abandonedId ?? '')
          .execute();
        expect(audit.map((row) => row.action)).toEqual(['account-deleted']);

        clock.advanceDays(1.5);
        await removeExpired(context);
        expect(await idOf(late)).toBeUndefined();
        expect(await confirmed.whoAmI()).toBe(confirmed.account?.email);
      } finally {
        clock.set('2026-11-21T10:00:00Z');
      }
    });
  },
  { config: { mail: { smtpUrl: mailbox.url, from: 'noreply@example.nl' } } },
);

describeEachDatabase('time zones', (server) => {
  it('stores the canonical name of any spelling a browser sends, and rewrites older spellings', async () => {
    const { db, context } = server();
    const client = server().client();
    const canonical = canonicalTimeZone('Asia/Kolkata');
    const response = await client.signUp(undefined, { timeZone: 'asia/CALCUTTA' });
    expect(response.status).toBe(201);
    expect(response.body.account.timeZone).toBe(canonical);
    // An account from before, with the zone as the browser spelt it.
    const id = response.body.account.id as string;
    await db.kysely
      .updateTable('accounts')
      .set({ time_zone: 'asia/calcutta' })
      .where('id', '=', id)
      .execute();
    expect((await client.get('/me/walks')).status).toBe(200);
    await canonicaliseTimeZones(context);
    const row = await db.kysely
      .selectFrom('accounts')
      .select('time_zone')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.time_zone).toBe(canonical);
  });

  it('refuses what is no time zone, naming the field', async () => {
    const response = await server().client().signUp(undefined, { timeZone: 'Mars/Olympus' });
    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([
      { path: 'timeZone', message: 'must be a time zone such as "Europe/Amsterdam"' },
    ]);
  });

  it('keeps memory bounded whatever spellings sign-ups send, also when they then fail', async () => {
    const zones = Intl.supportedValuesOf('timeZone');
    for (let i = 0; i < 2_000; i++) {
      const zone = zones[i % zones.length] ?? 'UTC';
      const spelling = respell(zone, i, 12);
      // A short password fails after the zone has been read, before any rate limit.
      const response = await server()
        .client()
        .post('/accounts', { email: `zone-${String(i)}@example.nl`, password: 'short', timeZone: spelling });
      expect(response.status).toBe(422);
    }
    expect(keptZoneCount()).toBeLessThanOrEqual(Math.min(MAX_KEPT_ZONES, zones.length + 50));
  });
});
