/**
 * Practices and their members: the first admin's link from the command line, invitations that work
 * once and for 7 days, admins who manage only their own practice, and nothing of patients for them.
 */
import { expect, it } from 'vitest';
import { createPractice } from '../src/services/practices.service.js';
import { adminOnlyMember, colleagueIn, insertPractice, linkPatient } from './support/care-team.js';
import { describeEachDatabase } from './support/each-database.js';
import { INTAKE } from './support/fixtures.js';
import {
  acceptInvite,
  inviteAndJoin,
  inviteToken,
  inviteTokenFromLog,
  practiceWithAdmin,
} from './support/practices.js';
import { PASSWORD, uniqueEmail } from './support/test-server.js';

const NEW_PASSWORD = 'een wandeling door het park';

describeEachDatabase('practices and members', (server) => {
  it('makes a practice whose single-use link makes a new account its admin, signed in', async () => {
    const email = uniqueEmail();
    const { practiceId, link, mailed } = await createPractice(server().context, {
      name: '  Rugkliniek Oost ',
      adminEmail: email.toUpperCase(),
    });
    expect(mailed).toBe(false);
    expect(link).toMatch(/^http:\/\/localhost\/join-practice#token=[\w-]{43}$/);
    // Without SMTP the mail goes to the log, as every mail does.
    expect(inviteTokenFromLog(server(), email)).toBe(inviteToken(link));

    const admin = server().client();
    const joined = await acceptInvite(admin, { token: inviteToken(link), password: NEW_PASSWORD });
    expect(joined.status, joined.text).toBe(200);
    expect(joined.body.account.email).toBe(email);
    expect(joined.body.secondFactor).toBeUndefined();
    expect(joined.headers.get('set-cookie')).toMatch(/wandelcoach_session=/);
    expect(await admin.whoAmI()).toBe(email);
    expect((await admin.get('/practices')).body).toEqual({
      practices: [{ practiceId, name: 'Rugkliniek Oost', admin: true, clinician: false }],
    });
    // The address counts as confirmed: the link came by mail. And the password is the one chosen.
    expect((await server().client().signIn(email, NEW_PASSWORD)).status).toBe(200);

    const again = await acceptInvite(server().client(), { token: inviteToken(link), password: NEW_PASSWORD });
    expect(again.status).toBe(422);
    expect(again.body.errors).toEqual([expect.objectContaining({ path: 'token', code: 'invalid-link' })]);
  });

  it('refuses a weak password for a new account without using the link up', async () => {
    const email = uniqueEmail();
    const { link } = await createPractice(server().context, { name: 'Praktijk Noord', adminEmail: email });
    const weak = await acceptInvite(server().client(), { token: inviteToken(link), password: 'wachtwoord' });
    expect(weak.status).toBe(422);
    expect(weak.body.errors[0]).toMatchObject({ path: 'password', code: 'weak-password' });
    expect(
      (await acceptInvite(server().client(), { token: inviteToken(link), password: NEW_PASSWORD })).status,
    ).toBe(200);
  });

  it('lets an existing account join with its own password only; a wrong one counts as a failed sign-in', async () => {
    const person = server().client();
    await person.signUp();
    const email = person.account?.email ?? '';
    const { practiceId, link } = await createPractice(server().context, {
      name: 'Praktijk Zuid',
      adminEmail: email,
    });
    const stranger = server().client();
    const wrong = await acceptInvite(stranger, {
      token: inviteToken(link),
      password: 'iemand anders probeert het',
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors).toEqual([expect.objectContaining({ path: 'password' })]);
    expect(await stranger.whoAmI()).toBeNull();
    const audit = await server()
      .db.kysely.selectFrom('audit_log')
      .select('action')
      .where('account_id', '=', person.account?.id ?? '')
      .execute();
    expect(audit.map((row) => row.action)).toContain('sign-in-failed');

    const joined = await acceptInvite(server().client(), { token: inviteToken(link), password: PASSWORD });
    expect(joined.status).toBe(200);
    expect(joined.body.account.id).toBe(person.account?.id);
    expect((await person.get('/practices')).body.practices).toEqual([
      { practiceId, name: 'Praktijk Zuid', admin: true, clinician: false },
    ]);
  });

  it('starts an account made by joining in the language of the join screen; an existing one keeps its own', async () => {
    const english = uniqueEmail();
    const { link } = await createPractice(server().context, { name: 'Praktijk West', adminEmail: english });
    const joined = await acceptInvite(server().client(), {
      token: inviteToken(link),
      password: NEW_PASSWORD,
      locale: 'en',
    });
    expect(joined.status, joined.text).toBe(200);
    expect(joined.body.account.locale).toBe('en');
    // Without a language: Dutch, as before.
    const dutch = uniqueEmail();
    const second = await createPractice(server().context, { name: 'Praktijk Oost', adminEmail: dutch });
    const plain = await acceptInvite(server().client(), {
      token: inviteToken(second.link),
      password: NEW_PASSWORD,
    });
    expect(plain.body.account.locale).toBe('nl');
    // Someone who has an account keeps the language they chose there.
    const person = server().client();
    await person.signUp();
    const third = await createPractice(server().context, {
      name: 'Praktijk Zuidwest',
      adminEmail: person.account?.email ?? '',
    });
    const existing = await acceptInvite(server().client(), {
      token: inviteToken(third.link),
      password: PASSWORD,
      locale: 'en',
    });
    expect(existing.status, existing.text).toBe(200);
    // Signed up in Dutch (the default); joining from an English screen leaves that as it was.
    expect(existing.body.account.locale).toBe('nl');
    // Another language is refused, naming the field.
    const fourth = await createPractice(server().context, {
      name: 'Praktijk Noordoost',
      adminEmail: uniqueEmail(),
    });
    const wrong = await acceptInvite(server().client(), {
      token: inviteToken(fourth.link),
      password: NEW_PASSWORD,
      locale: 'de',
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors).toEqual([expect.objectContaining({ path: 'locale' })]);
  });

  it('refuses an expired invitation, naming the token', async () => {
    const { link } = await createPractice(server().context, {
      name: 'Praktijk West',
      adminEmail: uniqueEmail(),
    });
    server().clock.advanceDays(7);
    server().clock.advanceSeconds(1);
    const late = await acceptInvite(server().client(), { token: inviteToken(link), password: NEW_PASSWORD });
    expect(late.status).toBe(422);
    expect(late.body.errors).toEqual([expect.objectContaining({ path: 'token', code: 'invalid-link' })]);
  });

  it('refuses a made-up token like a used one', async () => {
    const made = await acceptInvite(server().client(), { token: 'x'.repeat(43), password: NEW_PASSWORD });
    expect(made.status).toBe(422);
    expect(made.body.errors[0]).toMatchObject({ path: 'token', code: 'invalid-link' });
  });

  it('needs a display name for a clinician invitation, unless the account has one', async () => {
    const practice = await practiceWithAdmin(server());
    const email = uniqueEmail();
    const invited = await practice.admin.post(`/practices/${practice.practiceId}/invites`, {
      email,
      clinician: true,
      admin: false,
      locale: 'en',
    });
    expect(invited.status).toBe(202);
    const token = inviteTokenFromLog(server(), email);
    const nameless = await acceptInvite(server().client(), { token, password: NEW_PASSWORD });
    expect(nameless.status).toBe(422);
    expect(nameless.body.errors).toEqual([expect.objectContaining({ path: 'displayName' })]);
    const clinician = server().client();
    const joined = await acceptInvite(clinician, {
      token,
      password: NEW_PASSWORD,
      displayName: 'Anna de Vries',
    });
    expect(joined.status, joined.text).toBe(200);
    // A clinician is told to set up the second factor first.
    expect(joined.body.secondFactor).toBe('setup-needed');
    const members = (await practice.admin.get(`/practices/${practice.practiceId}/members`)).body.members;
    expect(members).toEqual(
      expect.arrayContaining([
        {
          accountId: clinician.account?.id,
          displayName: 'Anna de Vries',
          email,
          admin: false,
          clinician: true,
          since: server().clock.now().toISOString(),
          secondFactor: false,
        },
      ]),
    );
    expect(members).toHaveLength(2);
  });

  it('lets only its own admins list, invite and remove: another practice’s admin and a member get 404', async () => {
    const x = await practiceWithAdmin(server(), undefined, 'Praktijk X');
    const y = await practiceWithAdmin(server(), undefined, 'Praktijk Y');
    const clinicianOfY = await inviteAndJoin(server(), y, { clinician: true, admin: false });
    const yId = y.practiceId;
    const adminY = y.admin.account?.id ?? '';
    for (const caller of [x.admin, clinicianOfY]) {
      const list = await caller.get(`/practices/${yId}/members`);
      expect(list.status).toBe(404);
      expect(list.text).not.toContain(y.admin.account?.email);
      const invite = await caller.post(`/practices/${yId}/invites`, {
        email: uniqueEmail(),
        clinician: true,
        admin: true,
      });
      expect(invite.status).toBe(404);
      expect((await caller.delete(`/practices/${yId}/members/${adminY}`)).status).toBe(404);
    }
    // A practice that does not exist answers the same.
    expect((await x.admin.get(`/practices/${crypto.randomUUID()}/members`)).status).toBe(404);
    expect((await y.admin.get(`/practices/${yId}/members`)).body.members).toHaveLength(2);
    expect((await x.admin.get(`/practices/not-a-uuid/members`)).status).toBe(422);
  });

  it('refuses to delete the only admin’s account while the practice has other members, saying what to do', async () => {
    const practice = await practiceWithAdmin(server(), server().client(), 'Praktijk Centrum');
    const clinician = await inviteAndJoin(server(), practice, { clinician: true, admin: false });
    const refused = await practice.admin.delete('/me', { password: PASSWORD });
    expect(refused.status).toBe(409);
    expect(refused.body.type).toBe('urn:wandelcoach:problem:last-admin');
    expect(refused.body.detail).toContain('Praktijk Centrum');
    expect(refused.body.detail).toContain('admin first');
    // Named in a field of its own too, so the app can say it in the person's language.
    expect(refused.body.practices).toEqual([{ practiceId: practice.practiceId, name: 'Praktijk Centrum' }]);
    expect(await practice.admin.whoAmI()).not.toBeNull();
    // Once another member is admin, the first may go.
    const path = `/practices/${practice.practiceId}/members/${clinician.account?.id ?? ''}`;
    expect((await practice.admin.patch(path, { admin: true })).status).toBe(200);
    expect((await practice.admin.delete('/me', { password: PASSWORD })).status).toBe(204);
    // Alone in a practice with nobody linked, the only admin may go too.
    expect((await clinician.delete('/me', { password: PASSWORD })).status).toBe(204);
  });

  it('refuses to delete the only admin’s account while patients are linked with the practice', async () => {
    const practice = await insertPractice(server(), 'Praktijk Oostpoort');
    const { clinician: admin } = await adminOnlyMember(server(), practice);
    const { clinician } = await colleagueIn(server(), practice, { displayName: 'Sanne Jansen' });
    const patient = server().client();
    await patient.signUp();
    await linkPatient(clinician, patient);
    expect((await clinician.delete('/me', { password: PASSWORD })).status).toBe(204);
    const refused = await admin.delete('/me', { password: PASSWORD });
    expect(refused.status).toBe(409);
    expect(refused.body.type).toBe('urn:wandelcoach:problem:last-admin');
    expect(refused.body.practices).toEqual([{ practiceId: practice.practiceId, name: 'Praktijk Oostpoort' }]);
  });

  it('names every practice the only admin would leave behind at once, and none they may leave', async () => {
    const admin = server().client();
    await admin.signUp();
    const west = await practiceWithAdmin(server(), admin, 'Praktijk West');
    const oost = await practiceWithAdmin(server(), admin, 'Praktijk Oost');
    // Alone in this one, with nobody linked: leaving it harms nobody, so it is not named.
    await practiceWithAdmin(server(), admin, 'Praktijk Noord');
    await inviteAndJoin(server(), west, { clinician: true, admin: false });
    await inviteAndJoin(server(), oost, { clinician: true, admin: false });
    const refused = await admin.delete('/me', { password: PASSWORD });
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toContain('Praktijk Oost, Praktijk West');
    expect(refused.body.practices).toEqual([
      { practiceId: oost.practiceId, name: 'Praktijk Oost' },
      { practiceId: west.practiceId, name: 'Praktijk West' },
    ]);
  });

  it('removes a clinician, whose access ends at once; never the last admin', async () => {
    const practice = await practiceWithAdmin(server());
    const clinician = await inviteAndJoin(server(), practice, { clinician: true, admin: false });
    const path = `/practices/${practice.practiceId}`;
    expect((await practice.admin.delete(`${path}/members/${clinician.account?.id ?? ''}`)).status).toBe(204);
    expect((await clinician.get('/practices')).body.practices).toEqual([]);
    expect((await clinician.put('/clinician/practice', { practiceId: practice.practiceId })).status).toBe(
      404,
    );
    expect((await practice.admin.delete(`${path}/members/${clinician.account?.id ?? ''}`)).status).toBe(404);

    const lastAdmin = await practice.admin.delete(`${path}/members/${practice.admin.account?.id ?? ''}`);
    expect(lastAdmin.status).toBe(409);
    const second = await inviteAndJoin(server(), practice, { clinician: false, admin: true });
    expect((await second.delete(`${path}/members/${practice.admin.account?.id ?? ''}`)).status).toBe(204);
    expect((await second.delete(`${path}/members/${second.account?.id ?? ''}`)).status).toBe(409);
  });

  it('lets an admin change roles, their own too: a name for a new clinician, never without an admin', async () => {
    const practice = await practiceWithAdmin(server());
    const adminId = practice.admin.account?.id ?? '';
    const path = `/practices/${practice.practiceId}/members`;
    // The admin of a small practice is its physiotherapist too: a clinician needs a name patients see.
    const nameless = await practice.admin.patch(`${path}/${adminId}`, { clinician: true });
    expect(nameless.status).toBe(422);
    expect(nameless.body.errors).toEqual([expect.objectContaining({ path: 'displayName' })]);
    const named = await practice.admin.patch(`${path}/${adminId}`, {
      clinician: true,
      displayName: ' Sanne Jansen ',
    });
    expect(named.status, named.text).toBe(200);
    expect(named.body).toMatchObject({
      accountId: adminId,
      displayName: 'Sanne Jansen',
      admin: true,
      clinician: true,
    });
    expect((await practice.admin.post('/clinician/second-factor/setup')).status).toBe(200);

    // Never without an admin; another admin first, then the first may step down.
    expect((await practice.admin.patch(`${path}/${adminId}`, { admin: false })).status).toBe(409);
    const colleague = await inviteAndJoin(server(), practice, { clinician: true, admin: false });
    const colleagueId = colleague.account?.id ?? '';
    expect((await practice.admin.patch(`${path}/${colleagueId}`, { admin: true })).body).toMatchObject({
      admin: true,
      clinician: true,
    });
    expect((await practice.admin.patch(`${path}/${adminId}`, { admin: false })).body).toMatchObject({
      admin: false,
      clinician: true,
    });
    // No longer admin: the practice answers as if there were none.
    expect((await practice.admin.patch(`${path}/${colleagueId}`, { clinician: false })).status).toBe(404);
    // No longer clinician: the practice can no longer be acted for.
    expect((await colleague.patch(`${path}/${adminId}`, { clinician: false })).body.clinician).toBe(false);
    expect(
      (await practice.admin.put('/clinician/practice', { practiceId: practice.practiceId })).status,
    ).toBe(404);
    // A colleague's name is theirs (their patients at every practice see it): never renamed by an
    // admin, while the admin's own name is theirs to change.
    const colleagueName = (await colleague.get('/session')).body.account.displayName as string;
    const renamed = await colleague.patch(`${path}/${adminId}`, { displayName: 'Bel 0900 voor uw uitslag' });
    expect(renamed.status).toBe(422);
    expect(renamed.body.errors).toEqual([expect.objectContaining({ path: 'displayName' })]);
    const own = await colleague.patch(`${path}/${colleagueId}`, { displayName: 'Sam de Groot' });
    expect(own.status, own.text).toBe(200);
    expect(own.body.displayName).toBe('Sam de Groot');
    expect(colleagueName).not.toBe('Sam de Groot');
    const members = await colleague.get(path);
    expect(members.body.members).toContainEqual(
      expect.objectContaining({ accountId: adminId, displayName: 'Sanne Jansen' }),
    );

    // Not a member, or a wrong field: said as for any other request.
    expect((await colleague.patch(`${path}/${crypto.randomUUID()}`, { admin: true })).status).toBe(404);
    const wrong = await colleague.patch(`${path}/${adminId}`, { admin: 'yes', boss: true });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors.map((error: { path: string }) => error.path).sort()).toEqual(['admin', 'boss']);
  });

  it('refuses to invite a member again, and an invitation that makes nobody anything', async () => {
    const practice = await practiceWithAdmin(server());
    const path = `/practices/${practice.practiceId}/invites`;
    const again = await practice.admin.post(path, {
      email: practice.admin.account?.email,
      clinician: true,
      admin: false,
    });
    expect(again.status).toBe(409);
    const nothing = await practice.admin.post(path, { email: uniqueEmail(), clinician: false, admin: false });
    expect(nothing.status).toBe(422);
    expect(nothing.body.errors[0]).toMatchObject({ path: 'clinician' });
  });

  it('gives an admin no patient data by being admin', async () => {
    const patient = server().client();
    await patient.signUp();
    await patient.put('/me/intake', INTAKE);
    const practice = await practiceWithAdmin(server());
    const members = await practice.admin.get(`/practices/${practice.practiceId}/members`);
    expect(members.text).not.toContain(patient.account?.email);
    expect(members.text).not.toContain(patient.account?.id);
    expect((await practice.admin.get('/me/intake')).status).toBe(404);
  });
});
