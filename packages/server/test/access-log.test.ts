/**
 * The access log (NEN 7513, docs/care-team.md): append-only on both databases, kept when the accounts
 * it names are deleted, and read by the patient with names joined at read time.
 */
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { linkPatient, practiceWithClinician } from './support/care-team.js';
import { describeEachDatabase } from './support/each-database.js';
import { INTAKE } from './support/fixtures.js';
import { PASSWORD, type TestServer } from './support/test-server.js';
import { CONSENT_VERSION } from '../src/services/consent.js';

async function linkedPatient(server: TestServer, displayName = 'Sanne Jansen') {
  const practice = await practiceWithClinician(server, { displayName, name: 'Fysio De Brug' });
  const patient = server.client();
  await patient.signUp();
  await patient.put('/me/intake', INTAKE);
  const { linkId } = await linkPatient(practice.clinician, patient);
  return { ...practice, patient, patientId: patient.account?.id ?? '', linkId };
}

describeEachDatabase('the access log', (server) => {
  it('is part of the patient’s data export, with every link they had and the name they were given', async () => {
    const { clinician, patient, patientId, linkId } = await linkedPatient(server());
    // A second between each, so the order is the order they happened in (the test clock stands still).
    server().clock.advanceSeconds(1);
    await clinician.get(`/clinician/patients/${patientId}/plan`);
    server().clock.advanceSeconds(1);
    expect((await patient.delete(`/me/care-team/${linkId}`)).status).toBe(204);
    const exported = (await patient.get('/me/export')).body;
    expect(exported.careLinks).toEqual([
      expect.objectContaining({
        id: linkId,
        practiceName: 'Fysio De Brug',
        patientName: 'Anna de Vries',
        consentVersion: CONSENT_VERSION,
        endedBy: 'patient',
      }),
    ]);
    expect(
      exported.accessLog.map((entry: { who: { kind: string }; resource: string; action: string }) => [
        entry.who.kind,
        entry.resource,
        entry.action,
      ]),
    ).toEqual([
      ['you', 'care-link', 'consent'],
      ['clinician', 'plan', 'read'],
      ['you', 'care-link', 'revoke'],
    ]);
    server().clock.set('2026-11-21T10:00:00Z');
  });

  it('refuses to be changed or emptied, by the database itself', async () => {
    const { patientId } = await linkedPatient(server());
    const { kysely } = server().db;
    const rows = () =>
      kysely.selectFrom('access_log').selectAll().where('patient_id', '=', patientId).execute();
    const before = await rows();
    expect(before).toHaveLength(1);
    await expect(
      kysely.updateTable('access_log').set({ action: 'read' }).where('patient_id', '=', patientId).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(
      kysely.deleteFrom('access_log').where('patient_id', '=', patientId).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(kysely.deleteFrom('access_log').execute()).rejects.toThrow(/append-only/);
    if (server().dialect === 'postgres') {
      await expect(sql`truncate access_log`.execute(kysely)).rejects.toThrow(/append-only/);
    }
    expect(await rows()).toEqual(before);
  });

  it('tells the patient who reached their record, newest first, in stable codes and today’s names', async () => {
    const { clinician, patient, patientId, linkId } = await linkedPatient(server());
    server().clock.advanceSeconds(60);
    await clinician.get(`/clinician/patients/${patientId}/plan`);
    server().clock.advanceSeconds(60);
    await clinician.get(`/clinician/patients/${patientId}/walks`);
    server().clock.advanceSeconds(60);
    // The list of patients names no patient: it is not in anyone's log.
    await clinician.get('/clinician/patients');
    await patient.delete(`/me/care-team/${linkId}`);
    // The patient's own reads are not in it.
    await patient.get('/me/plan');
    const read = await patient.get('/me/access-log');
    expect(read.status).toBe(200);
    const practice = { name: 'Fysio De Brug' };
    expect(read.body).toEqual({
      entries: [
        {
          at: '2026-11-21T10:03:00.000Z',
          who: { kind: 'you' },
          practice,
          resource: 'care-link',
          action: 'revoke',
        },
        {
          at: '2026-11-21T10:02:00.000Z',
          who: { kind: 'clinician', name: 'Sanne Jansen' },
          practice,
          resource: 'walks',
          action: 'read',
        },
        {
          at: '2026-11-21T10:01:00.000Z',
          who: { kind: 'clinician', name: 'Sanne Jansen' },
          practice,
          resource: 'plan',
          action: 'read',
        },
        {
          at: '2026-11-21T10:00:00.000Z',
          who: { kind: 'you' },
          practice,
          resource: 'care-link',
          action: 'consent',
        },
      ],
      next: null,
    });
    // Another person sees none of it.
    const other = server().client();
    await other.signUp();
    expect((await other.get('/me/access-log')).body).toEqual({ entries: [], next: null });
  });

  it('pages through the log with limit and before, losing no entry that shares a moment', async () => {
    const { clinician, patient, patientId } = await linkedPatient(server());
    // Nine reads in the same millisecond as the consent: the cursor must still separate them.
    for (let i = 0; i < 9; i++) await clinician.get(`/clinician/patients/${patientId}/intake`);
    const seen: unknown[] = [];
    let before: string | null = null;
    let pages = 0;
    do {
      const query: string = before === null ? '?limit=3' : `?limit=3&before=${encodeURIComponent(before)}`;
      const page = await patient.get(`/me/access-log${query}`);
      expect(page.status, page.text).toBe(200);
      expect(page.body.entries.length).toBeLessThanOrEqual(3);
      seen.push(...page.body.entries);
      before = page.body.next;
      pages++;
    } while (before !== null && pages < 10);
    expect(pages).toBe(4);
    expect(seen).toHaveLength(10);
    expect(seen.filter((entry) => (entry as { action: string }).action === 'consent')).toHaveLength(1);
    for (const query of [
      '?limit=0',
      '?limit=201',
      '?limit=two',
      '?limit=0x10',
      '?limit=%205',
      '?limit=1e1',
      '?limit=3.0',
      '?before=yesterday',
      `?before=${'x'.repeat(5000)}`,
      '?before=2026-11-21T10:00:00.000Z~x',
    ]) {
      const refused = await patient.get(`/me/access-log${query}`);
      expect(refused.status, query).toBe(422);
      expect(refused.body.errors[0].path, query).toBe(query.includes('limit') ? 'limit' : 'before');
      expect(refused.body.errors[0].message, query).toMatch(/whole number|earlier page/);
    }
  });

  it('reads a deleted clinician as a former member, and a deleted practice as none', async () => {
    const { clinician, clinicianId, practiceId, patient, patientId } = await linkedPatient(server());
    await clinician.get(`/clinician/patients/${patientId}/plan`);
    expect((await clinician.delete('/me', { password: PASSWORD })).status).toBe(204);
    const afterClinician = (await patient.get('/me/access-log')).body.entries;
    expect(afterClinician.map((entry: { who: unknown }) => entry.who)).toEqual(
      expect.arrayContaining([{ kind: 'former-member' }, { kind: 'you' }]),
    );
    expect(JSON.stringify(afterClinician)).toContain('Fysio De Brug');
    // The rows themselves are kept, with ids only.
    const kept = await server()
      .db.kysely.selectFrom('access_log')
      .selectAll()
      .where('actor_id', '=', clinicianId)
      .where('resource', '=', 'plan')
      .execute();
    expect(kept).toHaveLength(1);

    await server().db.kysely.deleteFrom('practices').where('id', '=', practiceId).execute();
    const afterPractice = (await patient.get('/me/access-log')).body.entries;
    expect(afterPractice).toHaveLength(2);
    for (const entry of afterPractice) expect(entry.practice).toBeNull();
    expect(afterPractice.map((entry: { who: unknown }) => entry.who)).toEqual(
      expect.arrayContaining([{ kind: 'former-member' }, { kind: 'you' }]),
    );
  });

  it('outlives the patient’s erasure: the rows stay, holding only ids', async () => {
    const { clinician, patient, patientId } = await linkedPatient(server());
    await clinician.get(`/clinician/patients/${patientId}/walks`);
    const email = patient.account?.email ?? '';
    const { kysely } = server().db;
    const rows = () =>
      kysely.selectFrom('access_log').selectAll().where('patient_id', '=', patientId).execute();
    const before = await rows();
    expect(before).toHaveLength(2);
    expect((await patient.delete('/me', { password: PASSWORD })).status).toBe(204);
    const after = await rows();
    expect(after).toEqual(before);
    expect(JSON.stringify(after)).not.toContain(email);
    expect(JSON.stringify(after)).not.toContain('Anna');
    // The link went with the account; the clinician finds no one.
    expect((await clinician.get('/clinician/patients')).body.patients).toEqual([]);
    expect((await clinician.get(`/clinician/patients/${patientId}/walks`)).status).toBe(404);
  });
});
