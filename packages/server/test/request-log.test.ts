/**
 * One JSON log line per request, with its id, status and duration; the id is in `X-Request-Id` and in
 * every problem answer. Nothing secret is ever logged: known sentinel values (a password, an email
 * address, health data, the session and CSRF tokens) are sent through every route and looked for.
 */
import { afterAll, expect, it } from 'vitest';
import { startLoopbackMailbox } from '../../../scripts/loopback-mailbox.js';
import { CONSENT_VERSION } from '../src/services/consent.js';
import { practiceWithClinician } from './support/care-team.js';
import { describeEachDatabase } from './support/each-database.js';
import { INTAKE, walk } from './support/fixtures.js';
import { signUpAndConfirm, tokenFrom } from './support/mail.js';
import { acceptInvite, codeNow, inviteToken } from './support/practices.js';
import { TestClient } from './support/test-server.js';
import { createPractice } from '../src/services/practices.service.js';

// Mail goes through SMTP here: a server without it writes its mails to the log by design (the one
// exception, docs/security.md, tested in email.test.ts), and every route must be called.
const mailbox = await startLoopbackMailbox();
afterAll(() => mailbox.close());

const SENTINEL_EMAIL = 'sentinel.zq7x@example.nl';
const SENTINEL_PASSWORD = 'Sentinel-Wachtwoord-Kq93vB';
const SENTINEL_NEW_PASSWORD = 'Another-Sentinel-Pw-58xZ';
const SENTINEL_RESET_PASSWORD = 'Reset-Sentinel-Wachtwoord-7pQ';
const SENTINEL_MINUTES = 17.375;
const WALK_ID = '7e1f0c52-9b3a-4c7d-8e21-5a0d6c3b9f14';
const SENTINEL_PATIENT_NAME = 'Sentinel Patiënt Qw8r';
const SENTINEL_COLLEAGUE = 'colleague.vw4k@example.nl';
const SENTINEL_COLLEAGUE_PASSWORD = 'Collega-Sentinel-Wachtwoord-3Jd';
const SENTINEL_DISPLAY_NAME = 'Dokter Sentinel Qx';

describeEachDatabase(
  'the request log',
  (server) => {
    it('writes one line per request with its id, route, status and duration, and the id comes back', async () => {
      const before = server().logLines.length;
      const response = await server().client().get('/session');
      expect(response.status).toBe(200);
      const refused = await server().client().delete('/session');
      expect(refused.status).toBe(401);
      const lines = server()
        .logLines.slice(before)
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatchObject({
        msg: 'request',
        method: 'GET',
        route: '/api/v1/session',
        status: 200,
        requestId: response.headers.get('x-request-id'),
      });
      expect(lines[1]).toMatchObject({
        msg: 'request',
        method: 'DELETE',
        route: '/api/v1/session',
        status: 401,
        requestId: refused.headers.get('x-request-id'),
      });
      expect(typeof lines[0]?.['durationMs']).toBe('number');
      expect(response.headers.get('x-request-id')).not.toBe(refused.headers.get('x-request-id'));
      // A problem carries the id in its body too, for whoever reports it.
      expect(refused.body.requestId).toBe(refused.headers.get('x-request-id'));
    });

    it('never logs a password, an email address, health data or a token, on any route', async () => {
      const before = server().logLines.length;
      const client: TestClient = server().client();
      const sentAt = Date.now();
      const signUp = await signUpAndConfirm(client, mailbox, SENTINEL_EMAIL, {
        password: SENTINEL_PASSWORD,
        locale: 'en',
      });
      expect(signUp.status).toBe(200);
      const confirmToken = tokenFrom(
        await mailbox.waitFor(SENTINEL_EMAIL, { since: sentAt }),
        '/confirm-email',
      );
      expect(client.csrfToken).toBeDefined();
      const token = client.csrfToken ?? '';
      const cookie = client.cookie ?? '';
      const intake = {
        ...INTAKE,
        comfortableWalkMinutes: SENTINEL_MINUTES,
        redFlags: [],
        conditions: ['knee-oa'],
      };
      const stored = await client.put('/me/intake', intake);
      expect(stored.status, stored.text).toBe(200);
      const logged = await client.post('/me/walks', {
        id: WALK_ID,
        date: '2026-11-20',
        kind: 'forward',
        minutes: SENTINEL_MINUTES,
        painDuring: 7,
        newSymptoms: ['leg-giving-way'],
      });
      expect(logged.status).toBe(201);
      await client.patch(`/me/walks/${WALK_ID}`, { painNextMorning: 6 });
      await client.patch('/me', { locale: 'nl', timeZone: 'Europe/Amsterdam' });
      for (const path of [
        '/me/intake',
        '/me/plan',
        '/me/today',
        '/me/walks',
        '/me/progress',
        '/me/export',
        '/me/export?format=csv',
        '/session',
      ]) {
        await client.get(path);
      }
      // The care team: a clinician invites, the patient links, the clinician reads, both end it.
      const { clinician } = await practiceWithClinician(server(), {
        signUp: async (made) => {
          await signUpAndConfirm(made, mailbox, `clinician-${crypto.randomUUID()}@example.nl`);
        },
      });
      const invite = await clinician.post('/clinician/patient-invites', {
        patientName: SENTINEL_PATIENT_NAME,
        birthYear: 1961,
      });
      expect(invite.status, invite.text).toBe(201);
      const inviteCode = String(invite.body.code);
      await clinician.get('/clinician/patient-invites');
      await client.post('/me/care-team/preview', { code: inviteCode, birthYear: 1961 });
      const linked = await client.post('/me/care-team', {
        code: inviteCode,
        birthYear: 1961,
        consentVersion: CONSENT_VERSION,
      });
      expect(linked.status, linked.text).toBe(201);
      await client.get('/me/care-team');
      await clinician.get('/clinician/patients');
      const patientId = client.account?.id ?? '';
      for (const part of ['intake', 'plan', 'walks', 'progress']) {
        expect((await clinician.get(`/clinician/patients/${patientId}/${part}`)).status).toBe(200);
      }
      // Flags: a fall logged raises one; the clinician lists, reads and handles it.
      const fall = await client.post('/me/walks', { ...walk(), fall: true });
      expect(fall.status, fall.text).toBe(201);
      await clinician.get('/clinician/flags');
      const flags = await clinician.get(`/clinician/patients/${patientId}/flags`);
      const fallFlag = (flags.body.flags as { id: string; kind: string }[]).find(
        (flag) => flag.kind === 'fall',
      );
      expect(fallFlag).toBeDefined();
      const handled = await clinician.patch(`/clinician/patients/${patientId}/flags/${fallFlag?.id ?? ''}`, {
        state: 'handled',
        note: 'Gebeld: niets gebroken.',
      });
      expect(handled.status, handled.text).toBe(200);
      // Care team part 2: the patient agrees again, the clinician changes the plan, clears, supervises.
      await client.post(`/me/care-team/${String(linked.body.id)}/consent`, {
        consentVersion: CONSENT_VERSION,
      });
      const changes = [
        ['prescription/changes', { date: '2026-11-20', reason: SENTINEL_PATIENT_NAME, weeklyStepMinutes: 1 }],
        ['prescription/clearances', { kind: 'gp', date: '2026-11-20', reason: SENTINEL_PATIENT_NAME }],
        [
          'supervised-sessions',
          {
            id: crypto.randomUUID(),
            date: '2026-11-20',
            kind: 'forward',
            minutes: 10,
            painDuring: 2,
            dizziness: false,
            fall: false,
            reason: SENTINEL_PATIENT_NAME,
          },
        ],
      ] as const;
      for (const [part, body] of changes) {
        const changed = await clinician.post(`/clinician/patients/${patientId}/${part}`, body);
        expect(changed.status, changed.text).toBe(201);
      }
      expect((await clinician.get(`/clinician/patients/${patientId}/prescription`)).status).toBe(200);
      const noted = await clinician.post(`/clinician/patients/${patientId}/notes`, {
        text: SENTINEL_PATIENT_NAME,
      });
      expect(noted.status, noted.text).toBe(201);
      expect((await clinician.get(`/clinician/patients/${patientId}/notes`)).status).toBe(200);
      // Outcome measures: the activities a person names are health data too.
      expect((await client.post('/me/outcome-measures/skip', { timepoint: 'start' })).status).toBe(200);
      const measured = await client.post('/me/outcome-measures', {
        timepoint: 'start',
        nprs: 6,
        psfs: [1, 2, 3].map((n) => ({ activity: `${SENTINEL_PATIENT_NAME} ${String(n)}`, score: n })),
      });
      expect(measured.status, measured.text).toBe(201);
      expect((await client.get('/me/outcome-measures')).status).toBe(200);
      expect((await clinician.get(`/clinician/patients/${patientId}/outcome-measures`)).status).toBe(200);
      expect((await clinician.get(`/clinician/patients/${patientId}/access-log?limit=5`)).status).toBe(200);
      await client.get('/me/access-log?limit=5');
      await clinician.delete(`/clinician/patients/${patientId}`);
      await client.delete(`/me/care-team/${String(linked.body.id)}`);
      await client.put('/me/password', {
        currentPassword: SENTINEL_PASSWORD,
        newPassword: SENTINEL_NEW_PASSWORD,
      });
      await server().client().post('/session', { email: SENTINEL_EMAIL, password: 'wrong-but-secret-Zz9' });
      await client.request('POST', '/me/walks', { rawBody: `{"minutes": ${String(SENTINEL_MINUTES)},` });
      await client.delete(`/me/walks/${WALK_ID}`);
      const elsewhere = server().client();
      await elsewhere.signIn(SENTINEL_EMAIL, SENTINEL_NEW_PASSWORD);
      await elsewhere.delete('/session');
      await client.get('/openapi.json');
      // The care team: a practice, an invitation by mail, a colleague's second factor and its reset, a removal.
      const practice = await createPractice(server().context, {
        name: 'Sentinel Praktijk',
        adminEmail: SENTINEL_EMAIL,
      });
      const adminToken = inviteToken(practice.link);
      expect(
        (await acceptInvite(client, { token: adminToken, password: SENTINEL_NEW_PASSWORD })).status,
      ).toBe(200);
      await client.get('/practices');
      const invitedAt = Date.now();
      await client.post(`/practices/${practice.practiceId}/invites`, {
        email: SENTINEL_COLLEAGUE,
        clinician: true,
        admin: false,
      });
      const colleagueToken = tokenFrom(
        await mailbox.waitFor(SENTINEL_COLLEAGUE, { since: invitedAt }),
        '/join-practice',
      );
      const colleague = server().client();
      const joined = await acceptInvite(colleague, {
        token: colleagueToken,
        password: SENTINEL_COLLEAGUE_PASSWORD,
        displayName: SENTINEL_DISPLAY_NAME,
      });
      expect(joined.status).toBe(200);
      await client.get(`/practices/${practice.practiceId}/members`);
      const setup = await colleague.post('/clinician/second-factor/setup');
      const totpSecret = String(setup.body.secret);
      const confirmed = await colleague.post('/clinician/second-factor/confirm', {
        code: codeNow(server(), totpSecret),
      });
      const recoveryCodes = confirmed.body.recoveryCodes as string[];
      await colleague.post('/clinician/second-factor/verify', { recoveryCode: recoveryCodes[0] });
      await colleague.put('/clinician/practice', { practiceId: practice.practiceId });
      // The colleague lost the phone: the admin resets the app (and the colleague is signed out).
      const resetFactor = await client.delete(
        `/practices/${practice.practiceId}/members/${colleague.account?.id ?? ''}/second-factor`,
      );
      expect(resetFactor.status).toBe(204);
      await client.patch(`/practices/${practice.practiceId}/members/${colleague.account?.id ?? ''}`, {
        admin: true,
      });
      const removed = await client.delete(
        `/practices/${practice.practiceId}/members/${colleague.account?.id ?? ''}`,
      );
      expect(removed.status).toBe(204);
      // Forgot the password: a reset link by mail, followed (every session ends), then signed in anew.
      const resetAt = Date.now();
      await server().client().post('/password-resets', { email: SENTINEL_EMAIL });
      const resetToken = tokenFrom(
        await mailbox.waitFor(SENTINEL_EMAIL, {
          since: resetAt,
          matching: (mail) => /wachtwoord/.test(mail.subject),
        }),
        '/reset-password',
      );
      const reset = await server()
        .client()
        .post('/password-resets/confirm', { token: resetToken, password: SENTINEL_RESET_PASSWORD });
      expect(reset.status).toBe(204);
      expect((await client.signIn(SENTINEL_EMAIL, SENTINEL_RESET_PASSWORD)).status).toBe(200);
      expect((await client.delete('/me', { password: SENTINEL_RESET_PASSWORD })).status).toBe(204);

      const lines = server().logLines.slice(before);
      // Every route the router knows was called, so a new route cannot escape this test.
      const called = new Set(
        lines
          .map((line) => JSON.parse(line) as { method?: string; route?: string })
          .map((entry) => `${entry.method ?? ''} ${entry.route ?? ''}`),
      );
      const routes = server()
        .app.routes.filter((route) => route.method !== 'ALL' && route.path.startsWith('/api/v1/'))
        .map((route) => `${route.method} ${route.path}`);
      expect(routes.filter((route) => !called.has(route))).toEqual([]);
      const log = lines.join('\n');
      expect(log.length).toBeGreaterThan(1000);
      for (const secret of [
        SENTINEL_EMAIL,
        'sentinel.zq7x',
        SENTINEL_PASSWORD,
        SENTINEL_NEW_PASSWORD,
        SENTINEL_RESET_PASSWORD,
        confirmToken,
        resetToken,
        'wrong-but-secret-Zz9',
        String(SENTINEL_MINUTES),
        'leg-giving-way',
        'knee-oa',
        WALK_ID,
        SENTINEL_PATIENT_NAME,
        inviteCode,
        token,
        cookie.split('=')[1] ?? 'no cookie',
        SENTINEL_COLLEAGUE,
        'colleague.vw4k',
        SENTINEL_COLLEAGUE_PASSWORD,
        SENTINEL_DISPLAY_NAME,
        adminToken,
        colleagueToken,
        totpSecret,
        ...recoveryCodes,
      ]) {
        expect(log, secret).not.toContain(secret);
      }
    });
  },
  { config: { mail: { smtpUrl: mailbox.url, from: 'noreply@example.nl' } } },
);
