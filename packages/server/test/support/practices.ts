/**
 * Practices and clinicians for the server's suites: a practice made as the command line makes it,
 * members who join with their invitation, and clinicians who set up and prove their second factor,
 * all through the API as the app would. Invitations are read from the log (no SMTP in these suites).
 */
import { expect } from 'vitest';
import { codeAt } from '../../src/auth/totp.js';
import { createPractice } from '../../src/services/practices.service.js';
import { PASSWORD, uniqueEmail, type TestClient, type TestResponse, type TestServer } from './test-server.js';

/** The token of a `/join-practice#token=…` link. */
export function inviteToken(link: string): string {
  const token = new URLSearchParams(new URL(link).hash.slice(1)).get('token');
  if (token === null) throw new Error(`no token in ${link}`);
  return token;
}

/** The mails the server wrote to its log for `email` (no SMTP configured), newest first. */
export function mailsInLog(server: TestServer, email: string): { subject: string; text: string }[] {
  return [...server.logLines].reverse().flatMap((line) => {
    const entry = JSON.parse(line) as { mail?: { to: string; subject: string; text: string } };
    return entry.mail?.to === email ? [entry.mail] : [];
  });
}

/** The token of the last invitation the server wrote to its log for `email` (no SMTP configured). */
export function inviteTokenFromLog(server: TestServer, email: string): string {
  for (const mail of mailsInLog(server, email)) {
    const link = /\S+\/join-practice#token=\S+/.exec(mail.text)?.[0];
    if (link !== undefined) return inviteToken(link);
  }
  throw new Error(`no invitation for ${email} in the log`);
}

/** Follows an invitation on `client` and keeps the session it gives, as a browser would. */
export async function acceptInvite(
  client: TestClient,
  body: { token: string; password?: string; displayName?: string; locale?: string },
): Promise<TestResponse> {
  const response = await client.post('/practice-invites/accept', { password: PASSWORD, ...body });
  if (response.status === 200) {
    client.csrfToken = response.body.csrfToken;
    client.account = response.body.account;
  }
  return response;
}

export interface PracticeWithAdmin {
  practiceId: string;
  admin: TestClient;
}

/**
 * A practice made as `wandelcoach practice create` makes it, and its first admin signed in. Given a
 * signed-in client, that account becomes the admin (with its own password).
 */
export async function practiceWithAdmin(
  server: TestServer,
  admin: TestClient = server.client(),
  name = 'Fysiotherapie De Brug',
): Promise<PracticeWithAdmin> {
  const email = admin.account?.email ?? uniqueEmail();
  const { practiceId, link } = await createPractice(server.context, { name, adminEmail: email });
  const joined = await acceptInvite(admin, { token: inviteToken(link) });
  expect(joined.status, joined.text).toBe(200);
  return { practiceId, admin };
}

/** An admin invites `email` and that person joins (a new account, unless `client` is signed in). */
export async function inviteAndJoin(
  server: TestServer,
  practice: PracticeWithAdmin,
  roles: { clinician: boolean; admin: boolean },
  client: TestClient = server.client(),
): Promise<TestClient> {
  const email = client.account?.email ?? uniqueEmail();
  const invited = await practice.admin.post(`/practices/${practice.practiceId}/invites`, { email, ...roles });
  expect(invited.status, invited.text).toBe(202);
  const joined = await acceptInvite(client, {
    token: inviteTokenFromLog(server, email),
    ...(roles.clinician && { displayName: `Dr. ${email.split('@')[0] ?? ''}` }),
  });
  expect(joined.status, joined.text).toBe(200);
  return client;
}

/** The authenticator app's code now, by the server's clock. */
export function codeNow(server: TestServer, secret: string): string {
  return codeAt(secret, server.clock.now().getTime());
}

/** Sets up and confirms the second factor on `client`: its session is proven. */
export async function setUpSecondFactor(
  server: TestServer,
  client: TestClient,
): Promise<{ secret: string; recoveryCodes: string[] }> {
  const setup = await client.post('/clinician/second-factor/setup');
  expect(setup.status, setup.text).toBe(200);
  const secret = String(setup.body.secret);
  const confirmed = await client.post('/clinician/second-factor/confirm', { code: codeNow(server, secret) });
  expect(confirmed.status, confirmed.text).toBe(200);
  return { secret, recoveryCodes: confirmed.body.recoveryCodes as string[] };
}
