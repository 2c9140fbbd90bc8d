/**
 * A clinician who lost the phone and the recovery codes: a practice admin resets the second factor
 * (`DELETE /practices/{practiceId}/members/{accountId}/second-factor`). The factor, its recovery codes
 * and every session go; the next sign-in asks to set the app up again; the reset is in the access log
 * and the member's audit trail, and the member is mailed who did it. Only another admin of that
 * practice may; never the admin's own; a stranger's id answers like no member.
 */
import { expect, it } from 'vitest';
import { listAuditFor } from '../src/repositories/audit.repository.js';
import { describeEachDatabase } from './support/each-database.js';
import {
  inviteAndJoin,
  mailsInLog,
  practiceWithAdmin,
  setUpSecondFactor,
  type PracticeWithAdmin,
} from './support/practices.js';
import { PASSWORD, type TestClient, type TestServer } from './support/test-server.js';

const PRACTICE = 'Fysiotherapie De Brug';

function resetPath(practiceId: string, accountId: string): string {
  return `/practices/${practiceId}/members/${accountId}/second-factor`;
}

async function hasSecondFactor(practice: PracticeWithAdmin, member: TestClient): Promise<boolean> {
  const { members } = (await practice.admin.get(`/practices/${practice.practiceId}/members`)).body as {
    members: { accountId: string; secondFactor: boolean }[];
  };
  const found = members.find((m) => m.accountId === member.account?.id);
  if (found === undefined) throw new Error('the member is not listed');
  return found.secondFactor;
}

async function factorRows(server: TestServer, accountId: string) {
  const db = server.db.kysely;
  const factors = await db
    .selectFrom('second_factors')
    .selectAll()
    .where('account_id', '=', accountId)
    .execute();
  const codes = await db
    .selectFrom('recovery_codes')
    .selectAll()
    .where('account_id', '=', accountId)
    .execute();
  const sessions = await db.selectFrom('sessions').selectAll().where('account_id', '=', accountId).execute();
  return { factors: factors.length, codes: codes.length, sessions: sessions.length };
}

describeEachDatabase('resetting a member’s second factor', (server) => {
  it('removes a clinician’s factor, codes and sessions; the next sign-in sets the app up again; logged and mailed', async () => {
    const practice = await practiceWithAdmin(server(), undefined, PRACTICE);
    const clinician = await inviteAndJoin(server(), practice, { clinician: true, admin: false });
    const id = clinician.account?.id ?? '';
    const email = clinician.account?.email ?? '';
    const path = resetPath(practice.practiceId, id);

    // Not set up yet: there is nothing to reset, and nothing happens.
    expect(await hasSecondFactor(practice, clinician)).toBe(false);
    const nothing = await practice.admin.delete(path);
    expect(nothing.status).toBe(409);
    expect(nothing.body.type).toBe('urn:wandelcoach:problem:conflict');
    expect(await clinician.whoAmI()).toBe(email);

    const { recoveryCodes } = await setUpSecondFactor(server(), clinician);
    const elsewhere = server().client();
    expect((await elsewhere.signIn(email)).body.secondFactor).toBe('required');
    expect(await hasSecondFactor(practice, clinician)).toBe(true);
    expect(await factorRows(server(), id)).toEqual({ factors: 1, codes: 10, sessions: 2 });

    const reset = await practice.admin.delete(path);
    expect(reset.status, reset.text).toBe(204);
    // Every session ends, the proven one too: a stolen session loses its proof.
    expect(await factorRows(server(), id)).toEqual({ factors: 0, codes: 0, sessions: 0 });
    expect((await clinician.get('/practices')).status).toBe(401);
    expect((await elsewhere.get('/practices')).status).toBe(401);
    expect(await hasSecondFactor(practice, clinician)).toBe(false);
    expect(await practice.admin.whoAmI()).toBe(practice.admin.account?.email);

    // Signed in again: asked to set the app up, as a new clinician is; the old recovery codes are gone.
    const again = server().client();
    const signIn = await again.signIn(email, PASSWORD);
    expect(signIn.body.secondFactor).toBe('setup-needed');
    const old = await again.post('/clinician/second-factor/verify', { recoveryCode: recoveryCodes[0] });
    expect(old.status).toBe(409);
    await setUpSecondFactor(server(), again);
    expect((await again.get('/clinician/patients')).status).toBe(200);
    expect(await hasSecondFactor(practice, clinician)).toBe(true);

    // In the access log as the admin's, acting for the practice, about no patient.
    const adminId = practice.admin.account?.id ?? '';
    const access = await server()
      .db.kysely.selectFrom('access_log')
      .select(['practice_id', 'patient_id', 'resource', 'action'])
      .where('actor_id', '=', adminId)
      .where('resource', '=', 'second-factor')
      .execute();
    expect(access).toEqual([
      { practice_id: practice.practiceId, patient_id: null, resource: 'second-factor', action: 'reset' },
    ]);
    // In the member's own trail, naming who and for which practice.
    const audit = (await listAuditFor(server().db.kysely, id)).filter(
      (event) => event.action === 'second-factor-reset',
    );
    expect(audit.map((event) => [event.actorId, event.detail])).toEqual([
      [adminId, { practiceId: practice.practiceId }],
    ]);

    // The member is told, in their language, who did it and whom to contact.
    const [mail] = mailsInLog(server(), email);
    expect(mail?.subject).toBe('Je inlogcode voor Wandelcoach is opnieuw ingesteld');
    expect(mail?.text).toContain(`door ${practice.admin.account?.email ?? ''} van ${PRACTICE}`);
    expect(mail?.text).toContain(`contact op met ${PRACTICE}`);
  });

  it('never resets an admin’s own factor; another admin of the practice may, nobody else', async () => {
    const practice = await practiceWithAdmin(server(), undefined, PRACTICE);
    const admin = practice.admin;
    const adminId = admin.account?.id ?? '';
    const made = await admin.patch(`/practices/${practice.practiceId}/members/${adminId}`, {
      clinician: true,
      displayName: 'Bram de Boer',
    });
    expect(made.status, made.text).toBe(200);
    await setUpSecondFactor(server(), admin);

    const own = await admin.delete(resetPath(practice.practiceId, adminId));
    expect(own.status).toBe(409);
    expect(own.body.type).toBe('urn:wandelcoach:problem:own-second-factor');
    expect(own.body.detail).toMatch(/another admin/);
    expect(await factorRows(server(), adminId)).toMatchObject({ factors: 1, codes: 10 });

    const clinician = await inviteAndJoin(server(), practice, { clinician: true, admin: false });
    const other = await practiceWithAdmin(server(), undefined, 'Praktijk Elders');
    const stranger = await inviteAndJoin(server(), other, { clinician: true, admin: false });
    await setUpSecondFactor(server(), stranger);
    // A clinician of the practice, another practice's admin, an admin for another practice: 404.
    for (const [caller, practiceId] of [
      [clinician, practice.practiceId],
      [other.admin, practice.practiceId],
      [admin, other.practiceId],
    ] as const) {
      expect((await caller.delete(resetPath(practiceId, adminId))).status).toBe(404);
    }
    // Someone of another practice answers exactly as an id nobody has.
    const unknown = await admin.delete(resetPath(practice.practiceId, crypto.randomUUID()));
    const outsider = await admin.delete(resetPath(practice.practiceId, stranger.account?.id ?? ''));
    expect(outsider.status).toBe(404);
    expect(outsider.body).toEqual({ ...unknown.body, requestId: outsider.body.requestId });
    expect(await factorRows(server(), adminId)).toMatchObject({ factors: 1, codes: 10 });
    expect(await factorRows(server(), stranger.account?.id ?? '')).toMatchObject({ factors: 1 });

    // A second admin resets the first one's: the way back for an admin who lost the phone.
    const second = await inviteAndJoin(server(), practice, { clinician: false, admin: true });
    expect((await second.delete(resetPath(practice.practiceId, adminId))).status).toBe(204);
    expect(await factorRows(server(), adminId)).toEqual({ factors: 0, codes: 0, sessions: 0 });
  });
});
