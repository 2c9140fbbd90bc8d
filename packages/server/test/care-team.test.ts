/**
 * The patient's side of the care team (docs/care-team.md): invites, what linking would allow, consent,
 * the running links and ending one. Wrong codes never say which part was wrong and are rate-limited.
 */
import { expect, it } from 'vitest';
import { CONSENT_VERSION } from '../src/services/consent.js';
import {
  clinicianWithoutSecondFactor,
  invitePatient,
  linkPatient,
  practiceWithClinician,
} from './support/care-team.js';
import { describeEachDatabase } from './support/each-database.js';
import { PASSWORD, TEST_LIMITS, type TestResponse, type TestServer } from './support/test-server.js';

/** A problem without its request id: two refusals that should be alike must be equal. */
function refusal(response: TestResponse) {
  const { requestId: _id, ...rest } = response.body as Record<string, unknown>;
  return { status: response.status, body: rest };
}

async function patient(server: TestServer, locale: 'nl' | 'en' = 'en') {
  const client = server.client();
  await client.signUp(undefined, { locale });
  return client;
}

async function accessRows(server: TestServer, patientId: string) {
  const rows = await server.db.kysely
    .selectFrom('access_log')
    .select(['actor_id', 'practice_id', 'patient_id', 'resource', 'action'])
    .where('patient_id', '=', patientId)
    .orderBy('at')
    .execute();
  return rows.map((row) => [row.actor_id, row.practice_id, row.resource, row.action]);
}

describeEachDatabase('the care team: invites, consent and links', (server) => {
  it('makes an invite: 8 characters without look-alikes, 14 days, a link for a QR code', async () => {
    const { clinician } = await practiceWithClinician(server());
    const made = await clinician.post('/clinician/patient-invites', {
      patientName: '  Anna de Vries ',
      birthYear: 1961,
    });
    expect(made.status, made.text).toBe(201);
    expect(made.body).toMatchObject({ patientName: 'Anna de Vries', birthYear: 1961 });
    expect(made.body.code).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{8}$/);
    expect(made.body.link).toBe(`http://localhost/link#code=${made.body.code}`);
    expect(made.body.createdAt).toBe('2026-11-21T10:00:00.000Z');
    expect(made.body.expiresAt).toBe('2026-12-05T10:00:00.000Z');
    const listed = await clinician.get('/clinician/patient-invites');
    expect(listed.status).toBe(200);
    expect(listed.body.invites).toEqual([made.body]);
  });

  it('refuses an invite without a name, with a long one, or with an implausible year, naming the field', async () => {
    const { clinician } = await practiceWithClinician(server());
    for (const [body, path] of [
      [{ patientName: '   ', birthYear: 1961 }, 'patientName'],
      [{ patientName: 'x'.repeat(81), birthYear: 1961 }, 'patientName'],
      [{ patientName: 'Anna', birthYear: 1899 }, 'birthYear'],
      [{ patientName: 'Anna', birthYear: 2027 }, 'birthYear'],
      [{ patientName: 'Anna', birthYear: 1961.5 }, 'birthYear'],
      [{ patientName: 'Anna' }, 'birthYear'],
    ] as const) {
      const refused = await clinician.post('/clinician/patient-invites', body);
      expect(refused.status, JSON.stringify(body)).toBe(422);
      expect(refused.body.errors.map((error: { path: string }) => error.path)).toEqual([path]);
    }
    expect(
      (await clinician.post('/clinician/patient-invites', { patientName: 'Anna', birthYear: 2026 })).status,
    ).toBe(201);
    expect((await clinician.get('/clinician/patient-invites')).body.invites).toHaveLength(1);
  });

  it('shows the patient what they would agree to, in their language, and changes nothing', async () => {
    const { clinician, practiceName } = await practiceWithClinician(server(), {
      displayName: 'Sanne Jansen',
    });
    const invite = await invitePatient(clinician, 'Anna de Vries', 1961);
    const anna = await patient(server(), 'nl');
    // As typed from paper: lower case, in two groups.
    const typed = `${invite.code.slice(0, 4).toLowerCase()} - ${invite.code.slice(4)}`;
    const preview = await anna.post('/me/care-team/preview', { code: typed, birthYear: 1961 });
    expect(preview.status, preview.text).toBe(200);
    expect(preview.body).toMatchObject({
      practice: { name: practiceName },
      clinician: { displayName: 'Sanne Jansen' },
      patientName: 'Anna de Vries',
      consent: {
        version: CONSENT_VERSION,
        locale: 'nl',
        seeAndChange: {
          read: ['intake', 'triage', 'plan', 'walks', 'progress', 'decisions'],
          change: ['plan', 'clearances', 'supervised-sessions'],
          later: [],
          never: ['email', 'password', 'other-data'],
        },
      },
    });
    expect(preview.body.consent.words.change).toMatch(/plan aanpassen/);
    expect((await anna.get('/me/care-team')).body.links).toEqual([]);
    // Still open: the preview used nothing up.
    expect((await clinician.get('/clinician/patient-invites')).body.invites).toHaveLength(1);
  });

  it('gives one and the same answer for a wrong code, a wrong year, an expired or a used invite', async () => {
    const { clinician } = await practiceWithClinician(server());
    const anna = await patient(server());
    const open = await invitePatient(clinician, 'Anna', 1961);
    const used = await invitePatient(clinician, 'Bert', 1950);
    const bert = await patient(server());
    const linked = await bert.post('/me/care-team', { ...used, consentVersion: CONSENT_VERSION });
    expect(linked.status).toBe(201);
    const wrongCode = open.code.startsWith('A') ? `C${open.code.slice(1)}` : `A${open.code.slice(1)}`;
    const answers: TestResponse[] = [];
    for (const path of ['/me/care-team/preview', '/me/care-team']) {
      for (const attempt of [
        { code: wrongCode, birthYear: 1961 },
        { code: open.code, birthYear: 1962 },
        { code: used.code, birthYear: 1950 },
        { code: 'nonsense!', birthYear: 1961 },
      ]) {
        answers.push(
          await anna.post(
            path,
            path === '/me/care-team' ? { ...attempt, consentVersion: CONSENT_VERSION } : attempt,
          ),
        );
      }
    }
    server().clock.advanceDays(15);
    answers.push(await anna.post('/me/care-team/preview', { code: open.code, birthYear: 1961 }));
    server().clock.advanceDays(-15);
    const first = refusal(answers[0] as TestResponse);
    expect(first.status).toBe(422);
    expect(first.body.errors).toEqual([
      expect.objectContaining({ path: 'code', code: 'invalid-link' }),
      expect.objectContaining({ path: 'birthYear', code: 'invalid-link' }),
    ]);
    for (const answer of answers) expect(refusal(answer)).toEqual(first);
    // Nothing of the practice, the clinician or the invite is told.
    expect(JSON.stringify(answers.map((answer) => answer.body))).not.toMatch(/Praktijk|Anna|Bert|Fysio/);
    // The open invite still works with the right year.
    expect((await anna.post('/me/care-team/preview', open)).status).toBe(200);
  });

  it('links with consent: the invite is used up, the consent version and time stored, the access log told', async () => {
    const { clinician, clinicianId, practiceId, practiceName } = await practiceWithClinician(server(), {
      displayName: 'Sanne Jansen',
    });
    const invite = await invitePatient(clinician, 'Anna de Vries', 1961);
    const anna = await patient(server());
    const annaId = anna.account?.id ?? '';
    const linked = await anna.post('/me/care-team', { ...invite, consentVersion: CONSENT_VERSION });
    expect(linked.status, linked.text).toBe(201);
    expect(linked.body).toEqual({
      id: expect.any(String),
      practice: { name: practiceName },
      clinician: { kind: 'clinician', displayName: 'Sanne Jansen' },
      since: '2026-11-21T10:00:00.000Z',
      consentVersion: CONSENT_VERSION,
      newerConsentVersion: null,
    });
    expect((await anna.get('/me/care-team')).body).toEqual({ links: [linked.body], ended: [] });
    const stored = await server()
      .db.kysely.selectFrom('care_links')
      .select(['account_id', 'practice_id', 'clinician_id', 'patient_name', 'consent_version', 'ended_at'])
      .where('id', '=', linked.body.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({
      account_id: annaId,
      practice_id: practiceId,
      clinician_id: clinicianId,
      patient_name: 'Anna de Vries',
      consent_version: CONSENT_VERSION,
      ended_at: null,
    });
    expect(await accessRows(server(), annaId)).toEqual([[annaId, practiceId, 'care-link', 'consent']]);
    // Single use: gone from the open invites, and nobody else can use it.
    expect((await clinician.get('/clinician/patient-invites')).body.invites).toEqual([]);
    const other = await patient(server());
    expect((await other.post('/me/care-team', { ...invite, consentVersion: CONSENT_VERSION })).status).toBe(
      422,
    );
  });

  it('refuses a consent version that is not the current one (409), and keeps the invite open', async () => {
    const { clinician } = await practiceWithClinician(server());
    const invite = await invitePatient(clinician);
    const anna = await patient(server());
    const stale = await anna.post('/me/care-team', { ...invite, consentVersion: 'care-team-0' });
    expect(stale.status).toBe(409);
    expect(stale.body.type).toBe('urn:wandelcoach:problem:conflict');
    expect((await anna.post('/me/care-team', { ...invite, consentVersion: CONSENT_VERSION })).status).toBe(
      201,
    );
  });

  it('refuses a second link with the same practice (409) and leaves that invite unused', async () => {
    const { clinician } = await practiceWithClinician(server());
    const anna = await patient(server());
    await linkPatient(clinician, anna);
    const again = await invitePatient(clinician, 'Anna again');
    const refused = await anna.post('/me/care-team', { ...again, consentVersion: CONSENT_VERSION });
    expect(refused.status).toBe(409);
    expect((await clinician.get('/clinician/patient-invites')).body.invites).toHaveLength(1);
    // With another practice the same patient links as well.
    const other = await practiceWithClinician(server());
    await linkPatient(other.clinician, anna);
    expect((await anna.get('/me/care-team')).body.links).toHaveLength(2);
  });

  it('answers a repeated link request as linked, also typed another way, only while that link runs', async () => {
    const { clinician } = await practiceWithClinician(server());
    const anna = await patient(server());
    const { linkId, invite } = await linkPatient(clinician, anna);
    // The same request again (a double tap, a retry after a lost answer): linked already, not a wrong code.
    const typed = `${invite.code.slice(0, 4)}-${invite.code.slice(4)}`.toLowerCase();
    const again = await anna.post('/me/care-team', {
      ...invite,
      code: typed,
      consentVersion: CONSENT_VERSION,
    });
    expect(again.status).toBe(409);
    expect(again.body.type).toBe('urn:wandelcoach:problem:conflict');
    // Someone else with that used code is told nothing about Anna's link.
    const bert = await patient(server());
    expect((await bert.post('/me/care-team', { ...invite, consentVersion: CONSENT_VERSION })).status).toBe(
      422,
    );
    // Once Anna ended the link, the used code is just used, and a new invite of that practice links her again.
    expect((await anna.delete(`/me/care-team/${linkId}`)).status).toBe(204);
    expect((await anna.post('/me/care-team', { ...invite, consentVersion: CONSENT_VERSION })).status).toBe(
      422,
    );
    const fresh = await invitePatient(clinician, 'Anna de Vries');
    expect((await anna.post('/me/care-team', { ...fresh, consentVersion: CONSENT_VERSION })).status).toBe(
      201,
    );
    expect((await anna.get('/me/care-team')).body.links).toHaveLength(1);
  });

  it('links once when the same invite is used twice at once, by two people or by one', async () => {
    const { clinician, practiceId } = await practiceWithClinician(server());
    const invite = await invitePatient(clinician);
    const [anna, bert] = [await patient(server()), await patient(server())];
    const body = { ...invite, consentVersion: CONSENT_VERSION };
    const answers = await Promise.all([anna.post('/me/care-team', body), bert.post('/me/care-team', body)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 422]);
    const links = () =>
      server()
        .db.kysely.selectFrom('care_links')
        .select('id')
        .where('practice_id', '=', practiceId)
        .execute();
    expect(await links()).toHaveLength(1);

    const second = await invitePatient(clinician, 'Carla', 1970);
    const carla = await patient(server());
    const twice = await Promise.all([
      carla.post('/me/care-team', { ...second, consentVersion: CONSENT_VERSION }),
      carla.post('/me/care-team', { ...second, consentVersion: CONSENT_VERSION }),
    ]);
    expect(twice.map((answer) => answer.status).sort()).toEqual([201, 409]);
    expect(await links()).toHaveLength(2);
    expect(server().errors).toEqual([]);
  });

  it('ends a link on the patient’s word: access ends at once, and the access log says so', async () => {
    const { clinician, practiceId } = await practiceWithClinician(server());
    const anna = await patient(server());
    const annaId = anna.account?.id ?? '';
    const { linkId } = await linkPatient(clinician, anna);
    expect((await clinician.get(`/clinician/patients/${annaId}/walks`)).status).toBe(200);
    const stranger = await patient(server());
    expect((await stranger.delete(`/me/care-team/${linkId}`)).status).toBe(404);
    expect((await anna.delete(`/me/care-team/${linkId}`)).status).toBe(204);
    expect((await anna.delete(`/me/care-team/${linkId}`)).status).toBe(404);
    expect((await anna.get('/me/care-team')).body.links).toEqual([]);
    expect((await clinician.get(`/clinician/patients/${annaId}/walks`)).status).toBe(404);
    expect((await clinician.get('/clinician/patients')).body.patients).toEqual([]);
    const ended = await server()
      .db.kysely.selectFrom('care_links')
      .select(['ended_at', 'ended_by'])
      .where('id', '=', linkId)
      .executeTakeFirstOrThrow();
    expect(ended.ended_by).toBe('patient');
    expect((await accessRows(server(), annaId)).map((row) => row.slice(1))).toEqual([
      [practiceId, 'care-link', 'consent'],
      [practiceId, 'walks', 'read'],
      [practiceId, 'care-link', 'revoke'],
    ]);
    // A new invite links anew, after the end.
    await linkPatient(clinician, anna);
    expect((await anna.get('/me/care-team')).body.links).toHaveLength(1);
  });

  it('names the inviting clinician as a former member once their account is gone', async () => {
    const { clinician } = await practiceWithClinician(server(), { displayName: 'Sanne Jansen' });
    const anna = await patient(server());
    await linkPatient(clinician, anna);
    expect((await clinician.delete('/me', { password: PASSWORD })).status).toBe(204);
    const links = (await anna.get('/me/care-team')).body.links;
    expect(links).toHaveLength(1);
    expect(links[0].clinician).toEqual({ kind: 'former-member' });
  });

  it('keeps invites of a clinician without the second factor from being made', async () => {
    const practice = await practiceWithClinician(server());
    const { clinician } = await clinicianWithoutSecondFactor(server(), practice);
    const refused = await clinician.post('/clinician/patient-invites', {
      patientName: 'Anna',
      birthYear: 1961,
    });
    expect(refused.status).toBe(403);
    expect(refused.body.type).toBe('urn:wandelcoach:problem:second-factor-required');
  });
});

describeEachDatabase(
  'the care team: wrong invites are limited',
  (server) => {
    it('refuses an account after 3 wrong invites, even with the right one then, with Retry-After', async () => {
      const { clinician } = await practiceWithClinician(server());
      const invite = await invitePatient(clinician, 'Anna', 1961);
      const anna = server().client('203.0.113.10');
      await anna.signUp();
      for (let i = 0; i < 3; i++) {
        expect((await anna.post('/me/care-team/preview', { ...invite, birthYear: 1900 + i })).status).toBe(
          422,
        );
      }
      const limited = await anna.post('/me/care-team/preview', invite);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await anna.post('/me/care-team', { ...invite, consentVersion: CONSENT_VERSION })).status).toBe(
        429,
      );
      // Right answers do not count: another account links with no trouble.
      const bert = server().client('203.0.113.11');
      await bert.signUp();
      expect((await bert.post('/me/care-team/preview', invite)).status).toBe(200);
      expect((await bert.post('/me/care-team/preview', invite)).status).toBe(200);
      // The window passes.
      server().clock.advanceSeconds(3601);
      expect((await anna.post('/me/care-team/preview', invite)).status).toBe(200);
    });

    it('refuses an address after 5 wrong invites from any accounts', async () => {
      const { clinician } = await practiceWithClinician(server());
      const invite = await invitePatient(clinician, 'Anna', 1961);
      const ip = '203.0.113.20';
      for (let i = 0; i < 5; i++) {
        const guesser = server().client(ip);
        await guesser.signUp();
        expect((await guesser.post('/me/care-team/preview', { ...invite, birthYear: 1900 + i })).status).toBe(
          422,
        );
      }
      const next = server().client(ip);
      await next.signUp();
      expect((await next.post('/me/care-team/preview', invite)).status).toBe(429);
      const elsewhere = server().client('203.0.113.21');
      await elsewhere.signUp();
      expect((await elsewhere.post('/me/care-team/preview', invite)).status).toBe(200);
    });
  },
  {
    config: {
      rateLimits: {
        ...TEST_LIMITS,
        linkAttemptsPerAccount: { limit: 3, windowSeconds: 3600 },
        linkAttemptsPerIp: { limit: 5, windowSeconds: 3600 },
      },
    },
  },
);
