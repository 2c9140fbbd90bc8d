/**
 * Mail: "forgot your password?" and the private sign-up, through a real SMTP server on loopback. Each
 * test reads the mail the server sent, takes the link from it and follows it as the app would (the
 * token from the link's `#token=`). And without SMTP: sign-up signs in at once, and mails go to the log.
 */
import { createServer, type Socket } from 'node:net';
import { afterAll, expect, it, vi } from 'vitest';
import * as passwords from '../src/auth/passwords.js';
import { linkIn, startLoopbackMailbox, type ReceivedMail } from '../../../scripts/loopback-mailbox.js';
import { describeEachDatabase } from './support/each-database.js';
import { signUpAndConfirm, tokenFrom as mailTokenFrom } from './support/mail.js';
import { PASSWORD, uniqueEmail, type TestClient, type TestServer } from './support/test-server.js';

// The real hash, counted: both kinds of sign-up must pay it (see the first test).
vi.mock('../src/auth/passwords.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../src/auth/passwords.js')>();
  return { ...actual, hashPassword: vi.fn(actual.hashPassword) };
});
const hashing = vi.mocked(passwords.hashPassword);

const mailbox = await startLoopbackMailbox();
afterAll(() => mailbox.close());

const APP_URL = 'https://wandelcoach.example.nl';
const NEW_PASSWORD = 'een nieuwe zin om te lopen';
const MAIL_CONFIG = {
  config: {
    mail: { smtpUrl: mailbox.url, from: 'Wandelcoach <noreply@example.nl>' },
    publicUrl: APP_URL,
  },
};

const tokenFrom = (mail: ReceivedMail, path: string) => mailTokenFrom(mail, path, APP_URL);

describeEachDatabase(
  'private sign-up (mail configured)',
  (server) => {
    /** A confirmed account, signed in on `client`. */
    async function confirmedAccount(client: TestClient, email = uniqueEmail(), locale = 'nl') {
      await signUpAndConfirm(client, mailbox, email, { locale });
      return email;
    }

    it('answers a new and a taken address alike, after the same work: one password hash each', async () => {
      const owner = server().client();
      const taken = await confirmedAccount(owner);
      const bodies = new Set<string>();
      for (const kind of ['fresh', 'taken', 'fresh', 'taken'] as const) {
        hashing.mockClear();
        const response = await server()
          .client()
          .post('/accounts', { email: kind === 'taken' ? taken : uniqueEmail(), password: PASSWORD });
        expect(response.status).toBe(202);
        expect(response.headers.get('set-cookie')).toBeNull();
        bodies.add(response.text);
        // The hash is nearly all of a sign-up's time (before: 409 in 3 ms against 201 in 50 ms), so
        // both kinds pay it exactly once; `npm run bench:sign-up` prints the times themselves.
        expect(hashing, kind).toHaveBeenCalledTimes(1);
      }
      expect([...bodies]).toEqual([JSON.stringify({ checkEmail: true })]);
    });

    it('lets a new account in only through the mailed link, which confirms and signs in once', async () => {
      const email = uniqueEmail();
      const client = server().client();
      const since = Date.now();
      expect((await client.post('/accounts', { email, password: PASSWORD, locale: 'en' })).status).toBe(202);
      expect(await client.whoAmI()).toBeNull();
      const mail = await mailbox.waitFor(email, { since });
      expect(mail.subject).toBe('Confirm your email address for Wandelcoach');
      expect(mail.from).toBe('noreply@example.nl');

      // The right password before the link: refused, saying why, and the link is sent again.
      const early = server().client();
      const again = Date.now();
      const refused = await early.signIn(email);
      expect(refused.status).toBe(403);
      expect(refused.body.type).toBe('urn:wandelcoach:problem:email-not-confirmed');
      expect(refused.body.detail).toMatch(/confirm your email address/i);
      expect(await early.whoAmI()).toBeNull();
      const resent = await mailbox.waitFor(email, { since: again, matching: (m) => m !== mail });
      // A wrong password learns nothing of the account's state.
      expect((await early.signIn(email, 'niet het goede wachtwoord')).status).toBe(401);

      const confirmed = await client.post('/email-confirmations', {
        token: tokenFrom(resent, '/confirm-email'),
      });
      expect(confirmed.status, confirmed.text).toBe(200);
      expect(confirmed.body.account).toMatchObject({ email, locale: 'en' });
      expect(await client.whoAmI()).toBe(email);
      // Used: this link and the first one stop working.
      for (const used of [resent, mail]) {
        const twice = await server()
          .client()
          .post('/email-confirmations', { token: tokenFrom(used, '/confirm-email') });
        expect(twice.status).toBe(422);
        expect(twice.body.errors).toEqual([expect.objectContaining({ path: 'token', code: 'invalid-link' })]);
      }
      expect((await server().client().signIn(email)).status).toBe(200);
      const audit = (await client.get('/me/export')).body.auditLog.map(
        (row: { action: string }) => row.action,
      );
      expect(audit).toEqual(expect.arrayContaining(['sign-up', 'sign-in-unconfirmed', 'email-confirmed']));
    });

    it('mails the owner of a taken address, in their language, with a way to a new password', async () => {
      const owner = server().client();
      const email = await confirmedAccount(owner, uniqueEmail(), 'nl');
      const since = Date.now();
      const stranger = server().client();
      const attempt = await stranger.post('/accounts', {
        email: email.toUpperCase(),
        password: 'iemand anders zijn wachtwoord',
        locale: 'en',
      });
      expect(attempt.status).toBe(202);
      const mail = await mailbox.waitFor(email, { since });
      expect(mail.subject).toBe('Iemand wilde een account maken met je e-mailadres');
      expect(mail.text).toContain('er is geen nieuw gemaakt');
      // Nothing changed: the stranger's password does not work, the owner's still does.
      expect((await server().client().signIn(email, 'iemand anders zijn wachtwoord')).status).toBe(401);
      expect(await owner.whoAmI()).toBe(email);
      // The link in it sets a new password.
      const reset = await server()
        .client()
        .post('/password-resets/confirm', {
          token: tokenFrom(mail, '/reset-password'),
          password: NEW_PASSWORD,
        });
      expect(reset.status, reset.text).toBe(204);
      expect((await server().client().signIn(email, NEW_PASSWORD)).status).toBe(200);
    });

    it('refuses a made-up or broken confirmation token, naming the field', async () => {
      for (const token of ['made-up', 'x'.repeat(43)]) {
        const response = await server().client().post('/email-confirmations', { token });
        expect(response.status).toBe(422);
        expect(response.body.errors).toEqual([
          { path: 'token', code: 'invalid-link', message: expect.stringMatching(/used, has expired/) },
        ]);
      }
      const empty = await server().client().post('/email-confirmations', { token: '' });
      expect(empty.status).toBe(422);
      expect(empty.body.errors[0].path).toBe('token');
    });

    it('lets the link go after 24 hours', async () => {
      const email = uniqueEmail();
      const since = Date.now();
      await server().client().post('/accounts', { email, password: PASSWORD });
      const mail = await mailbox.waitFor(email, { since });
      server().clock.advanceSeconds(24 * 3600 + 1);
      try {
        const late = await server()
          .client()
          .post('/email-confirmations', { token: tokenFrom(mail, '/confirm-email') });
        expect(late.status).toBe(422);
        expect(late.body.errors[0]).toMatchObject({ path: 'token', code: 'invalid-link' });
      } finally {
        server().clock.set('2026-11-21T10:00:00Z');
      }
    });

    it('resets a password: the same answer for any address, a single-use link, every session ended', async () => {
      const email = uniqueEmail();
      const phone = server().client();
      await confirmedAccount(phone, email, 'en');
      const laptop = server().client();
      expect((await laptop.signIn(email)).status).toBe(200);

      const since = Date.now();
      const asked = await server().client().post('/password-resets', { email });
      const unknown = await server().client().post('/password-resets', { email: uniqueEmail() });
      expect(asked.status).toBe(202);
      expect(unknown.status).toBe(202);
      expect(unknown.text).toBe(asked.text);
      expect(asked.body).toEqual({ checkEmail: true });
      const mail = await mailbox.waitFor(email, { since });
      expect(mail.subject).toBe('A new password for Wandelcoach');
      expect(mail.text).toContain('60 minutes');
      const token = tokenFrom(mail, '/reset-password');

      // Too easy to guess: refused as everywhere, and the link still works afterwards.
      const weak = await server()
        .client()
        .post('/password-resets/confirm', { token, password: 'wachtwoord123' });
      expect(weak.status).toBe(422);
      expect(weak.body.errors[0]).toMatchObject({ path: 'password', code: 'weak-password' });
      const done = await server()
        .client()
        .post('/password-resets/confirm', { token, password: NEW_PASSWORD });
      expect(done.status, done.text).toBe(204);

      expect(await phone.whoAmI()).toBeNull();
      expect(await laptop.whoAmI()).toBeNull();
      expect((await server().client().signIn(email)).status).toBe(401);
      const back = server().client();
      expect((await back.signIn(email, NEW_PASSWORD)).status).toBe(200);
      const used = await server()
        .client()
        .post('/password-resets/confirm', { token, password: 'nog een andere zin' });
      expect(used.status).toBe(422);
      expect(used.body.errors).toEqual([expect.objectContaining({ path: 'token', code: 'invalid-link' })]);
      const audit = (await back.get('/me/export')).body.auditLog.map((row: { action: string }) => row.action);
      expect(audit).toEqual(expect.arrayContaining(['password-reset-requested', 'password-reset']));
    });

    it('lets a reset link go after an hour, and when the password is changed meanwhile', async () => {
      const email = uniqueEmail();
      const client = server().client();
      await confirmedAccount(client, email);
      let since = Date.now();
      await server().client().post('/password-resets', { email });
      const first = await mailbox.waitFor(email, { since });
      server().clock.advanceSeconds(3600 + 1);
      try {
        const late = await server()
          .client()
          .post('/password-resets/confirm', {
            token: tokenFrom(first, '/reset-password'),
            password: NEW_PASSWORD,
          });
        expect(late.status).toBe(422);
        expect(late.body.errors[0]).toMatchObject({ path: 'token', code: 'invalid-link' });
      } finally {
        server().clock.set('2026-11-21T10:00:00Z');
      }
      since = Date.now();
      await server().client().post('/password-resets', { email });
      const second = await mailbox.waitFor(email, { since });
      expect(
        (await client.put('/me/password', { currentPassword: PASSWORD, newPassword: NEW_PASSWORD })).status,
      ).toBe(204);
      const stale = await server()
        .client()
        .post('/password-resets/confirm', {
          token: tokenFrom(second, '/reset-password'),
          password: 'nog een andere zin',
        });
      expect(stale.status).toBe(422);
    });
  },
  MAIL_CONFIG,
);

describeEachDatabase(
  'mail limits',
  (server) => {
    it('sends one address at most MAIL_LIMIT_PER_ADDRESS mails an hour, answering as ever', async () => {
      const email = uniqueEmail();
      const client = server().client();
      const since = Date.now();
      expect((await client.post('/accounts', { email, password: PASSWORD })).status).toBe(202);
      await mailbox.waitFor(email, { since });
      for (let i = 0; i < 3; i++) {
        expect((await server().client().post('/password-resets', { email })).status).toBe(202);
      }
      await server().context.mail.settled();
      expect(mailbox.received.filter((mail) => mail.to.includes(email))).toHaveLength(2);
    });

    it('limits reset requests from one address, as sign-in does', async () => {
      const client = server().client('203.0.113.90');
      for (let i = 0; i < 6; i++) {
        expect((await client.post('/password-resets', { email: uniqueEmail() })).status).toBe(202);
      }
      const refused = await client.post('/password-resets', { email: uniqueEmail() });
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).not.toBeNull();
    });
  },
  {
    config: {
      ...MAIL_CONFIG.config,
      rateLimits: {
        signUpPerIp: { limit: 100, windowSeconds: 3600 },
        signUpPerAccount: { limit: 100, windowSeconds: 3600 },
        signInPerIp: { limit: 6, windowSeconds: 900 },
        signInPerAccount: { limit: 100, windowSeconds: 900 },
        signInPerAccountAndIp: { limit: 100, windowSeconds: 900 },
        signInSlowSeconds: 30,
        mailsPerAddress: { limit: 2, windowSeconds: 3600 },
        linkAttemptsPerAccount: { limit: 10_000, windowSeconds: 3600 },
        linkAttemptsPerIp: { limit: 10_000, windowSeconds: 3600 },
        secondFactorPerAccount: { limit: 100, windowSeconds: 900 },
      },
    },
  },
);

// A mail server that takes the connection and then says nothing: a mail to it never finishes.
const silentSockets = new Set<Socket>();
let silentHangsUp = false;
const silent = createServer((socket) => {
  if (silentHangsUp) return void socket.destroy();
  silentSockets.add(socket);
  socket.on('close', () => silentSockets.delete(socket));
});
await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
afterAll(
  () =>
    new Promise<void>((resolve) =>
      silent.close(() => {
        resolve();
      }),
    ),
);
const silentPort = (silent.address() as { port: number }).port;

describeEachDatabase(
  'a mail server that does not answer',
  (server) => {
    it('answers a sign-up and a reset at once while their mails are still under way', async () => {
      const email = uniqueEmail();
      silentHangsUp = false;
      // Each answer comes while its own mail is held by the silent server: had the request waited for
      // the mail, the answer would only come once the mailer gave up and hung up, leaving none open.
      // So a slow mail server can neither slow them nor time-stamp which addresses have accounts.
      const signUp = await server().client().post('/accounts', { email, password: PASSWORD });
      expect(signUp.status).toBe(202);
      await vi.waitFor(() => {
        expect(silentSockets.size).toBe(1);
      });
      const reset = await server().client().post('/password-resets', { email });
      expect(reset.status).toBe(202);
      await vi.waitFor(() => {
        expect(silentSockets.size).toBe(2);
      });
      // Then it hangs up, on these mails and on any still connecting, so they fail at once.
      silentHangsUp = true;
      for (const socket of silentSockets) socket.destroy();
      await server().context.mail.settled();
    });
  },
  {
    config: {
      ...MAIL_CONFIG.config,
      mail: { ...MAIL_CONFIG.config.mail, smtpUrl: `smtp://127.0.0.1:${silentPort}` },
    },
  },
);

describeEachDatabase('without mail configured', (server) => {
  async function mailInLog(test: TestServer, to: string, from: number) {
    await test.context.mail.settled();
    const mails = test.logLines
      .slice(from)
      .map((line) => JSON.parse(line) as { mail?: { to: string; subject: string; text: string } })
      .flatMap((line) => (line.mail?.to === to ? [line.mail] : []));
    expect(mails).toHaveLength(1);
    return { ...mails[0], to: [to], from: '', receivedAt: 0 } as ReceivedMail;
  }

  it('signs a new account in at once, and says a taken address is taken, as before', async () => {
    const client = server().client();
    const email = uniqueEmail();
    const response = await client.signUp(email);
    expect(response.status).toBe(201);
    expect(await client.whoAmI()).toBe(email);
    expect((await server().client().signUp(email)).status).toBe(409);
  });

  it('writes the reset mail to the log, whose link works', async () => {
    const client = server().client();
    const email = uniqueEmail();
    await client.signUp(email, { locale: 'nl' });
    const from = server().logLines.length;
    expect((await server().client().post('/password-resets', { email })).status).toBe(202);
    const mail = await mailInLog(server(), email, from);
    expect(mail.subject).toBe('Een nieuw wachtwoord voor Wandelcoach');
    // Without PUBLIC_URL the links point at the address the server listens on.
    const link = linkIn(mail, '/reset-password');
    const token = new URLSearchParams(link.hash.slice(1)).get('token');
    const done = await server().client().post('/password-resets/confirm', { token, password: NEW_PASSWORD });
    expect(done.status).toBe(204);
    expect(await client.whoAmI()).toBeNull();
  });
});
