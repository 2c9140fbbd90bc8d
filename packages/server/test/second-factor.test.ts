/**
 * Clinicians' two-factor sign-in: setting up the authenticator app, recovery codes shown once and used
 * once, each code accepted once, wrong codes limited per account, the practice chosen per session, and
 * clinicians' sign-ins and proofs in the access log.
 */
import { expect, it } from 'vitest';
import { codeAt } from '../src/auth/totp.js';
import { requireClinician } from '../src/http/middleware/clinician.js';
import { requireSession } from '../src/http/middleware/session.js';
import { describeEachDatabase } from './support/each-database.js';
import {
  codeNow,
  inviteAndJoin,
  practiceWithAdmin,
  setUpSecondFactor,
  type PracticeWithAdmin,
} from './support/practices.js';
import { PASSWORD, TEST_LIMITS, type TestClient, type TestServer } from './support/test-server.js';

const LIMIT = 5;

async function signInAgain(server: TestServer, clinician: TestClient): Promise<TestClient> {
  const fresh = server.client();
  const signedIn = await fresh.signIn(clinician.account?.email ?? '', PASSWORD);
  expect(signedIn.status, signedIn.text).toBe(200);
  return fresh;
}

async function signInsAndProofs(server: TestServer, accountId: string) {
  const rows = await server.db.kysely
    .selectFrom('access_log')
    .select(['practice_id', 'patient_id', 'resource', 'action'])
    .where('actor_id', '=', accountId)
    .orderBy('at')
    .execute();
  return rows.map((row) => [row.practice_id, row.patient_id, row.resource, row.action]);
}

async function standing(server: TestServer, accountId: string) {
  return server.db.kysely
    .selectFrom('sessions')
    .select(['second_factor_at', 'acting_practice_id'])
    .where('account_id', '=', accountId)
    .execute();
}

describeEachDatabase(
  'two-factor sign-in for clinicians',
  (server) => {
    let shared: PracticeWithAdmin | undefined;

    /** One practice for the suite, made when first needed. */
    async function thePractice(): Promise<PracticeWithAdmin> {
      shared ??= await practiceWithAdmin(server());
      return shared;
    }

    async function clinician(): Promise<TestClient> {
      return inviteAndJoin(server(), await thePractice(), { clinician: true, admin: false });
    }

    it('sets up the app, answers recovery codes once, and proves the session, acting for the one practice', async () => {
      const client = await clinician();
      const id = client.account?.id ?? '';
      const first = await client.post('/clinician/second-factor/setup');
      expect(first.status).toBe(200);
      expect(first.body.secret).toMatch(/^[A-Z2-7]{32}$/);
      expect(first.body.otpauthUrl).toContain(`issuer=Wandelcoach`);
      expect(decodeURIComponent(first.body.otpauthUrl)).toContain(`Wandelcoach:${client.account?.email}`);
      // Asked again before it is confirmed: a new secret replaces the first.
      const second = await client.post('/clinician/second-factor/setup');
      expect(second.body.secret).not.toBe(first.body.secret);
      const stale = await client.post('/clinician/second-factor/confirm', {
        code: codeNow(server(), first.body.secret),
      });
      expect(stale.status).toBe(422);
      expect(stale.body.errors).toEqual([expect.objectContaining({ path: 'code' })]);

      const confirmed = await client.post('/clinician/second-factor/confirm', {
        code: codeNow(server(), second.body.secret),
      });
      expect(confirmed.status, confirmed.text).toBe(200);
      const codes = confirmed.body.recoveryCodes as string[];
      expect(codes).toHaveLength(10);
      expect(new Set(codes).size).toBe(10);
      const stored = await server()
        .db.kysely.selectFrom('recovery_codes')
        .select('code_hash')
        .where('account_id', '=', id)
        .execute();
      expect(stored).toHaveLength(10);
      for (const code of codes) expect(JSON.stringify(stored)).not.toContain(code);
      expect(await standing(server(), id)).toEqual([
        { second_factor_at: expect.anything(), acting_practice_id: (await thePractice()).practiceId },
      ]);
      // Once confirmed, the app is not replaced by another setup.
      expect((await client.post('/clinician/second-factor/setup')).status).toBe(409);
      expect((await client.post('/clinician/second-factor/confirm', { code: '123456' })).status).toBe(409);
      // Joining signed in (acting for no practice yet); confirming proved the session.
      expect(await signInsAndProofs(server(), id)).toEqual([
        [null, null, 'session', 'sign-in'],
        [(await thePractice()).practiceId, null, 'session', 'sign-in'],
      ]);
    });

    it('asks a clinician’s sign-in for the code, logs it, and accepts each code once', async () => {
      const client = await clinician();
      const id = client.account?.id ?? '';
      const { secret } = await setUpSecondFactor(server(), client);
      server().clock.advanceSeconds(30);
      const session = await signInAgain(server(), client);
      const signIn = await session.signIn(client.account?.email ?? '');
      expect(signIn.body.secondFactor).toBe('required');

      const code = codeNow(server(), secret);
      expect((await session.post('/clinician/second-factor/verify', { code })).status).toBe(204);
      // The same code again, on another session: refused (it was seen once; it may have been seen twice).
      const replay = await signInAgain(server(), client);
      const replayed = await replay.post('/clinician/second-factor/verify', { code });
      expect(replayed.status).toBe(422);
      expect(replayed.body.errors).toEqual([expect.objectContaining({ path: 'code' })]);
      // The code of the step before: older than the last accepted, refused too.
      const older = codeAt(secret, server().clock.now().getTime() - 30_000);
      expect((await replay.post('/clinician/second-factor/verify', { code: older })).status).toBe(422);
      // The next step's code is fine: clocks drift.
      const next = codeAt(secret, server().clock.now().getTime() + 30_000);
      expect((await replay.post('/clinician/second-factor/verify', { code: next })).status).toBe(204);

      const log = await signInsAndProofs(server(), id);
      // Joining, the setup's proof, three password sign-ins (acting for nobody yet), two proofs.
      expect(log).toEqual([
        [null, null, 'session', 'sign-in'],
        [(await thePractice()).practiceId, null, 'session', 'sign-in'],
        [null, null, 'session', 'sign-in'],
        [null, null, 'session', 'sign-in'],
        [(await thePractice()).practiceId, null, 'session', 'sign-in'],
        [null, null, 'session', 'sign-in'],
        [(await thePractice()).practiceId, null, 'session', 'sign-in'],
      ]);
    });

    it('says "setup-needed" to a clinician without the app, and nothing to a patient', async () => {
      const client = await clinician();
      const session = server().client();
      expect((await session.signIn(client.account?.email ?? '')).body.secondFactor).toBe('setup-needed');
      const patient = server().client();
      await patient.signUp();
      const again = server().client();
      const signIn = await again.signIn(patient.account?.email ?? '');
      expect(signIn.body).not.toHaveProperty('secondFactor');
      expect(await signInsAndProofs(server(), patient.account?.id ?? '')).toEqual([]);
    });

    it('tells a member’s sign-in and GET /session the roles, the acting practice and what the factor needs', async () => {
      const practice = await thePractice();
      const client = await clinician();
      const email = client.account?.email ?? '';
      // The name they gave when they joined, which the clinicians' header shows.
      const member = {
        clinician: true,
        admin: false,
        actingPracticeId: null,
        displayName: `Dr. ${email.split('@')[0] ?? ''}`,
      };
      const session = server().client();
      const signIn = await session.signIn(email);
      expect(signIn.body).toMatchObject({ secondFactor: 'setup-needed', membership: member });
      expect((await session.get('/session')).body).toMatchObject({
        secondFactor: 'setup-needed',
        membership: member,
      });
      await setUpSecondFactor(server(), session);
      const proven = await session.get('/session');
      expect(proven.body).not.toHaveProperty('secondFactor');
      expect(proven.body.membership).toEqual({ ...member, actingPracticeId: practice.practiceId });
      // A new session of the same clinician needs the code; an admin only needs none.
      expect((await server().client().signIn(email)).body.secondFactor).toBe('required');
      const adminAnswer = await practice.admin.get('/session');
      expect(adminAnswer.body.membership).toEqual({
        clinician: false,
        admin: true,
        actingPracticeId: null,
        displayName: null,
      });
      expect(adminAnswer.body).not.toHaveProperty('secondFactor');
      // A patient hears of neither.
      const patient = server().client();
      await patient.signUp();
      const patientAnswer = await patient.get('/session');
      expect(patientAnswer.body).not.toHaveProperty('membership');
      expect(patientAnswer.body).not.toHaveProperty('secondFactor');
    });

    it('refuses verify without a setup, and setup to someone who is no clinician', async () => {
      const client = await clinician();
      const verify = await client.post('/clinician/second-factor/verify', { code: '123456' });
      expect(verify.status).toBe(409);
      expect((await client.post('/clinician/second-factor/confirm', { code: '123456' })).status).toBe(409);
      const patient = server().client();
      await patient.signUp();
      const refused = await patient.post('/clinician/second-factor/setup');
      expect(refused.status).toBe(403);
      expect(refused.body.type).toBe('urn:wandelcoach:problem:not-a-clinician');
      const both = await client.post('/clinician/second-factor/verify', {
        code: '123456',
        recoveryCode: 'abcde-fghjk',
      });
      expect(both.status).toBe(422);
      expect((await client.post('/clinician/second-factor/verify', {})).status).toBe(422);
    });

    it('accepts each recovery code once, however it is typed', async () => {
      const client = await clinician();
      const { recoveryCodes } = await setUpSecondFactor(server(), client);
      const [code = ''] = recoveryCodes;
      const session = await signInAgain(server(), client);
      const typed = ` ${code.toUpperCase().replace('-', ' ')} `;
      expect((await session.post('/clinician/second-factor/verify', { recoveryCode: typed })).status).toBe(
        204,
      );
      const again = await signInAgain(server(), client);
      const reused = await again.post('/clinician/second-factor/verify', { recoveryCode: code });
      expect(reused.status).toBe(422);
      expect(reused.body.errors).toEqual([expect.objectContaining({ path: 'recoveryCode' })]);
      expect(
        (await again.post('/clinician/second-factor/verify', { recoveryCode: recoveryCodes[1] })).status,
      ).toBe(204);
    });

    it('limits wrong codes per account, from anywhere: 429 with Retry-After, even for the right code', async () => {
      const client = await clinician();
      const { secret } = await setUpSecondFactor(server(), client);
      server().clock.advanceSeconds(30);
      for (let i = 0; i < LIMIT; i++) {
        const guesser = await signInAgain(server(), client);
        const wrong = await guesser.post('/clinician/second-factor/verify', { code: '000000' });
        expect(wrong.status, `attempt ${i + 1}`).toBe(422);
      }
      const owner = await signInAgain(server(), client);
      const limited = await owner.post('/clinician/second-factor/verify', {
        code: codeNow(server(), secret),
      });
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(
        (await owner.post('/clinician/second-factor/verify', { recoveryCode: 'abcde-fghjk' })).status,
      ).toBe(429);
      server().clock.advanceSeconds(15 * 60);
      expect(
        (await owner.post('/clinician/second-factor/verify', { code: codeNow(server(), secret) })).status,
      ).toBe(204);
    });

    it('acts for the practice chosen, only one the account is a clinician of', async () => {
      const client = await clinician();
      const other = await practiceWithAdmin(server(), undefined, 'Tweede Praktijk');
      await inviteAndJoin(server(), other, { clinician: true, admin: false }, client);
      const adminOnly = await practiceWithAdmin(server(), undefined, 'Alleen Beheer');
      await inviteAndJoin(server(), adminOnly, { clinician: false, admin: true }, client);
      const id = client.account?.id ?? '';
      await setUpSecondFactor(server(), client);
      // Two practices as clinician: none chosen for the clinician.
      expect(await standing(server(), id)).toEqual([
        { second_factor_at: expect.anything(), acting_practice_id: null },
      ]);
      expect((await client.put('/clinician/practice', { practiceId: other.practiceId })).status).toBe(204);
      expect(await standing(server(), id)).toEqual([
        { second_factor_at: expect.anything(), acting_practice_id: other.practiceId },
      ]);
      for (const practiceId of [adminOnly.practiceId, crypto.randomUUID()]) {
        expect((await client.put('/clinician/practice', { practiceId })).status).toBe(404);
      }
    });

    it('lets a proven clinician through the clinicians’ gate, and nobody once removed from the practice', async () => {
      const client = await clinician();
      const before = await client.get('/clinician/planted');
      expect(before.status).toBe(403);
      expect(before.body.type).toBe('urn:wandelcoach:problem:second-factor-required');
      await setUpSecondFactor(server(), client);
      const through = await client.get('/clinician/planted');
      expect(through.status).toBe(200);
      expect(through.body).toEqual({
        accountId: client.account?.id,
        practiceId: (await thePractice()).practiceId,
      });
      const removed = await (
        await thePractice()
      ).admin.delete(`/practices/${(await thePractice()).practiceId}/members/${client.account?.id ?? ''}`);
      expect(removed.status).toBe(204);
      const after = await client.get('/clinician/planted');
      expect(after.status).toBe(403);
      expect(after.body.type).toBe('urn:wandelcoach:problem:not-a-clinician');
    });

    it('ends the proof with the password: a change ends the other sessions, proofs and all', async () => {
      const client = await clinician();
      await setUpSecondFactor(server(), client);
      const elsewhere = await signInAgain(server(), client);
      const changed = await client.put('/me/password', {
        currentPassword: PASSWORD,
        newPassword: 'een heel ander wachtwoord',
      });
      expect(changed.status).toBe(204);
      expect(await elsewhere.whoAmI()).toBeNull();
    });
  },
  {
    // A route behind the clinicians' gate, as the routes that reach patients will be.
    app: {
      testRoutes: (api) => {
        api.get('/clinician/planted', requireSession, requireClinician, (c) => c.json(c.var.clinician));
      },
    },
    config: {
      rateLimits: {
        ...TEST_LIMITS,
        secondFactorPerAccount: { limit: LIMIT, windowSeconds: 900 },
      },
    },
  },
);
