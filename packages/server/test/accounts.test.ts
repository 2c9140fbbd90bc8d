import { expect, it } from 'vitest';
import { listAuditFor } from '../src/repositories/audit.repository.js';
import { describeEachDatabase } from './support/each-database.js';
import { PASSWORD, uniqueEmail } from './support/test-server.js';

describeEachDatabase('accounts and sessions', (server) => {
  it('signs up, signs in at once, and sets a safe session cookie', async () => {
    const client = server().client();
    const response = await client.signUp('  Anna.de.Vries@Example.NL ');
    expect(response.status).toBe(201);
    expect(response.body.account).toMatchObject({
      email: 'anna.de.vries@example.nl',
      role: 'patient',
      locale: 'nl',
      timeZone: 'Europe/Amsterdam',
    });
    expect(response.body.csrfToken).toMatch(/^[\w-]{43}$/);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^wandelcoach_session=[\w-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain('Secure');

    const session = await client.get('/session');
    expect(session.status).toBe(200);
    expect(session.body).toEqual({ account: response.body.account, csrfToken: response.body.csrfToken });
  });

  it('stores only a hash of the session token and an argon2id hash of the password', async () => {
    const client = server().client();
    await client.signUp();
    const token = client.cookie?.split('=')[1] ?? '';
    const sessions = await server().db.kysely.selectFrom('sessions').select('token_hash').execute();
    expect(sessions.some((row) => row.token_hash === token)).toBe(false);
    const account = await server()
      .db.kysely.selectFrom('accounts')
      .select('password_hash')
      .where('id', '=', client.account?.id ?? '')
      .executeTakeFirstOrThrow();
    expect(account.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    const email = uniqueEmail();
    expect((await server().client().signUp(email)).status).toBe(201);
    const again = await server().client().signUp(email.toUpperCase());
    expect(again.status).toBe(409);
    expect(again.body.type).toBe('urn:wandelcoach:problem:conflict');
  });

  it('names each field that is wrong at sign-up', async () => {
    const response = await server()
      .client()
      .post('/accounts', { email: 'not-an-email', password: 'short', locale: 'de', timeZone: 'Mars/Base' });
    expect(response.status).toBe(422);
    expect(response.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'email',
      'locale',
      'password',
      'timeZone',
    ]);
  });

  it('signs in with the right password only, with one message for a wrong password and an unknown email', async () => {
    const email = uniqueEmail();
    await server().client().signUp(email);
    const wrong = await server().client().signIn(email, 'not-the-password');
    const unknown = await server().client().signIn(uniqueEmail());
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.detail).toBe(unknown.body.detail);

    const client = server().client();
    const right = await client.signIn(email.toUpperCase());
    expect(right.status).toBe(200);
    expect(right.body.account.email).toBe(email);
    expect(await client.whoAmI()).toBe(email);
  });

  it('refuses a password that is easy to guess, saying why', async () => {
    const email = 'jan.jansen@example.nl';
    const cases = [
      ['1234567890', 'common'],
      ['aaaaaaaaaa', 'repeat'],
      [email, 'like-email'],
    ] as const;
    for (const [password, reason] of cases) {
      const response = await server().client().post('/accounts', { email, password });
      expect(response.status, password).toBe(422);
      expect(response.body.errors).toEqual([
        {
          path: 'password',
          code: 'weak-password',
          reason,
          message: expect.stringMatching(/^This password /),
        },
      ]);
    }
    // Nothing was stored: the address can still sign up, with a good password.
    expect(
      (await server().client().post('/accounts', { email, password: 'fietsen-in-de-regen' })).status,
    ).toBe(201);
  });

  it('refuses an easy new password too', async () => {
    const client = server().client();
    await client.signUp(uniqueEmail(), { locale: 'nl' });
    const response = await client.put('/me/password', {
      currentPassword: PASSWORD,
      newPassword: 'qwertyuiop',
    });
    expect(response.status).toBe(422);
    expect(response.body.errors[0]).toMatchObject({
      path: 'newPassword',
      code: 'weak-password',
      reason: 'common',
    });
  });

  it('ends the session a browser held before when it signs in again, as the same or another person', async () => {
    const first = uniqueEmail();
    const second = uniqueEmail();
    await server().client().signUp(second);
    const browser = server().client();
    await browser.signUp(first);
    const earlierCookie = browser.cookie;
    expect((await browser.signIn(second)).status).toBe(200);
    // The earlier session's cookie, sent again (by whoever kept it), is refused.
    const replay = server().client();
    replay.cookie = earlierCookie;
    expect(await replay.whoAmI()).toBeNull();
    expect((await browser.get('/session')).body.account.email).toBe(second);
  });

  it('writes every sign-up, sign-in and failed sign-in to the audit log, with the address', async () => {
    const email = uniqueEmail();
    const client = server().client('198.51.100.7');
    await client.signUp(email);
    await server().client('198.51.100.8').signIn(email, 'wrong-password');
    await server().client('198.51.100.9').signIn(email);
    const events = await listAuditFor(server().db.kysely, client.account?.id ?? '');
    expect(events.map((event) => [event.action, event.ip])).toEqual([
      ['sign-up', '198.51.100.7'],
      ['sign-in-failed', '198.51.100.8'],
      ['sign-in', '198.51.100.9'],
    ]);
  });

  it('signs out: the cookie is cleared and the old token no longer works', async () => {
    const client = server().client();
    await client.signUp();
    const oldCookie = client.cookie;
    const response = await client.delete('/session');
    expect(response.status).toBe(204);
    expect(response.headers.get('set-cookie')).toMatch(/wandelcoach_session=;.*Max-Age=0/);
    client.cookie = oldCookie;
    const after = await client.get('/session');
    expect(after.status).toBe(200);
    expect(after.body).toEqual({ account: null });
  });

  it('answers "who am I" for nobody with a normal answer: no account, no token, no cookie set', async () => {
    const nobody = await server().client().get('/session');
    expect(nobody.status).toBe(200);
    expect(nobody.body).toEqual({ account: null });
    expect(nobody.headers.get('set-cookie')).toBeNull();
    // A made-up token is nobody too, and gives nothing away; its cookie is left alone, since a
    // sign-in in another tab may be replacing it at that moment.
    const forger = server().client();
    forger.cookie = 'wandelcoach_session=made-up-token';
    const forged = await forger.get('/session');
    expect(forged.status).toBe(200);
    expect(forged.body).toEqual({ account: null });
    expect(forged.headers.get('set-cookie')).toBeNull();
  });

  it('keeps the language and time zone a person chooses with the account, for every device', async () => {
    const email = uniqueEmail();
    const here = server().client();
    await here.signUp(email);
    const changed = await here.patch('/me', { locale: 'en', timeZone: 'asia/calcutta' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ email, locale: 'en', timeZone: 'Asia/Calcutta' });
    const onlyLanguage = await here.patch('/me', { locale: 'nl' });
    expect(onlyLanguage.body).toMatchObject({ locale: 'nl', timeZone: 'Asia/Calcutta' });
    const elsewhere = server().client();
    expect((await elsewhere.signIn(email)).body.account).toMatchObject({
      locale: 'nl',
      timeZone: 'Asia/Calcutta',
    });

    const wrong = await here.patch('/me', { locale: 'de', timeZone: 'Mars/Base', colour: 'blue' });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'colour',
      'locale',
      'timeZone',
    ]);
    expect((await here.get('/session')).body.account).toMatchObject({ locale: 'nl' });
    expect((await server().client().patch('/me', { locale: 'en' })).status).toBe(401);
  });

  it('changes the password, keeps this session and signs out every other one', async () => {
    const email = uniqueEmail();
    const here = server().client();
    await here.signUp(email);
    const elsewhere = server().client();
    await elsewhere.signIn(email);

    const wrongCurrent = await here.put('/me/password', {
      currentPassword: 'nope',
      newPassword: 'een-nieuw-wachtwoord',
    });
    expect(wrongCurrent.status).toBe(422);
    expect(wrongCurrent.body.errors).toEqual([
      { path: 'currentPassword', message: 'is not your current password' },
    ]);
    const tooShort = await here.put('/me/password', { currentPassword: PASSWORD, newPassword: 'kort' });
    expect(tooShort.status).toBe(422);
    expect(tooShort.body.errors[0].path).toBe('newPassword');

    const changed = await here.put('/me/password', {
      currentPassword: PASSWORD,
      newPassword: 'een-nieuw-wachtwoord',
    });
    expect(changed.status).toBe(204);
    expect(await here.whoAmI()).toBe(email);
    expect(await elsewhere.whoAmI()).toBeNull();
    expect((await server().client().signIn(email)).status).toBe(401);
    expect((await server().client().signIn(email, 'een-nieuw-wachtwoord')).status).toBe(200);
    const events = await listAuditFor(server().db.kysely, here.account?.id ?? '');
    expect(events.map((event) => event.action)).toContain('password-changed');
  });

  it('signs a session out when it expires, and extends one in use', async () => {
    const client = server().client();
    const email = uniqueEmail();
    await client.signUp(email);
    const days = server().context.config.sessionDays;
    const start = server().clock.current;
    server().clock.advanceDays(days - 2);
    expect(await client.whoAmI()).toBe(email);
    server().clock.advanceDays(3);
    // Used near its end, the session was extended by a full period.
    expect(await client.whoAmI()).toBe(email);
    server().clock.advanceDays(days + 1);
    expect(await client.whoAmI()).toBeNull();
    expect((await client.get('/me/walks')).status).toBe(401);
    server().clock.current = start;
  });
});

describeEachDatabase(
  'rate limits on sign-up and sign-in',
  (server) => {
    it('limits sign-ups per address, and says when to try again', async () => {
      const client = server().client('203.0.113.1');
      for (let i = 0; i < 3; i++)
        expect((await client.post('/accounts', { email: uniqueEmail(), password: PASSWORD })).status).toBe(
          201,
        );
      const blocked = await client.post('/accounts', { email: uniqueEmail(), password: PASSWORD });
      expect(blocked.status).toBe(429);
      expect(blocked.body.type).toBe('urn:wandelcoach:problem:rate-limited');
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(Number(blocked.headers.get('retry-after'))).toBeLessThanOrEqual(3600);
      // Another address is not held back.
      expect(
        (await server().client('203.0.113.2').post('/accounts', { email: uniqueEmail(), password: PASSWORD }))
          .status,
      ).toBe(201);
      // A new window, a new start.
      server().clock.advanceDays(1);
      expect((await client.post('/accounts', { email: uniqueEmail(), password: PASSWORD })).status).toBe(201);
    });

    it('limits sign-ups per email address, from any address', async () => {
      const email = uniqueEmail();
      expect((await server().client('203.0.113.60').signUp(email)).status).toBe(201);
      expect((await server().client('203.0.113.61').signUp(email)).status).toBe(409);
      expect((await server().client('203.0.113.62').signUp(email)).status).toBe(429);
    });

    it('never locks the owner out: after many guesses from anywhere, the right password gets in after a short wait', async () => {
      const email = uniqueEmail();
      const owner = server().client('203.0.113.10');
      await owner.signUp(email);
      // 4 guesses from each of 3 addresses: 12 failures for this account, past its limit of 4.
      for (let i = 0; i < 12; i++) {
        const guess = await server()
          .client(`203.0.113.${20 + (i % 3)}`)
          .signIn(email, `guess-number-${String(i)}`);
        expect([401, 429]).toContain(guess.status);
      }
      // The guessers' addresses wait out their window, whatever they send.
      const guesser = await server().client('203.0.113.20').signIn(email);
      expect(guesser.status).toBe(429);
      // The owner, from a new address, with the right password: at most one slowed-down wait.
      const first = await server().client('203.0.113.99').signIn(email);
      if (first.status === 429) {
        const wait = Number(first.headers.get('retry-after'));
        expect(wait).toBeGreaterThan(0);
        expect(wait).toBeLessThanOrEqual(300);
        server().clock.advanceSeconds(wait);
        expect((await server().client('203.0.113.99').signIn(email)).status).toBe(200);
      } else {
        expect(first.status).toBe(200);
      }
      // Other accounts are not affected.
      const other = uniqueEmail();
      await server().client('203.0.113.40').signUp(other);
      expect((await server().client('203.0.113.41').signIn(other)).status).toBe(200);
      server().clock.set('2026-11-21T10:00:00Z');
    });

    it('slows an account’s sign-ins down with a wait that grows as the guessing goes on', async () => {
      const email = uniqueEmail();
      await server().client('203.0.113.70').signUp(email);
      const waits: number[] = [];
      for (let i = 0; i < 30; i++) {
        const response = await server()
          .client(`198.51.100.${String(i)}`)
          .signIn(email, `guess-${String(i)}`);
        if (response.status === 429) {
          const wait = Number(response.headers.get('retry-after'));
          waits.push(wait);
          server().clock.advanceSeconds(wait);
        }
      }
      // First 30 s (the test's first wait), doubling every 10 failures more.
      expect(waits[0]).toBe(30);
      expect(Math.max(...waits)).toBeGreaterThan(30);
      expect(Math.max(...waits)).toBeLessThanOrEqual(300);
      server().clock.set('2026-11-21T10:00:00Z');
    });

    it('lets one address guess one account only a few times, then makes it wait out the window', async () => {
      const email = uniqueEmail();
      await server().client('203.0.113.80').signUp(email);
      const guesser = server().client('203.0.113.81');
      for (let i = 0; i < 2; i++)
        expect((await guesser.signIn(email, `guess-${String(i)}`)).status).toBe(401);
      const blocked = await guesser.signIn(email);
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBe(900);
      // The owner's own address is not held back by it.
      expect((await server().client('203.0.113.80').signIn(email)).status).toBe(200);
    });

    it('counts wrong current passwords on a signed-in session like failed sign-ins, so a stolen session cannot guess', async () => {
      const email = uniqueEmail();
      const thief = server().client('203.0.113.90');
      await thief.signUp(email);
      const asDeletion = await thief.request('DELETE', '/me', { body: { password: 'niet-het-wachtwoord' } });
      expect(asDeletion.status).toBe(422);
      expect(asDeletion.body.errors).toEqual([{ path: 'password', message: 'is not your current password' }]);
      const asChange = await thief.put('/me/password', {
        currentPassword: 'ook-niet-het-wachtwoord',
        newPassword: 'een-heel-nieuw-wachtwoord',
      });
      expect(asChange.status).toBe(422);
      expect(asChange.body.errors).toEqual([
        { path: 'currentPassword', message: 'is not your current password' },
      ]);
      // Two failures from this address (its limit here): even the right password now waits.
      const blocked = await thief.request('DELETE', '/me', { body: { password: PASSWORD } });
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBe(900);
      expect((await server().client('203.0.113.90').signIn(email)).status).toBe(429);
      expect(await thief.whoAmI()).toBe(email);
      // The owner elsewhere is not held back, and once the window has passed this address may try again.
      expect((await server().client('203.0.113.91').signIn(email)).status).toBe(200);
      server().clock.advanceSeconds(901);
      expect((await thief.request('DELETE', '/me', { body: { password: PASSWORD } })).status).toBe(204);
      server().clock.set('2026-11-21T10:00:00Z');
    });

    it('limits sign-in attempts per address, across accounts', async () => {
      const client = server().client('203.0.113.50');
      for (let i = 0; i < 6; i++) expect((await client.signIn(uniqueEmail())).status).toBe(401);
      expect((await client.signIn(uniqueEmail())).status).toBe(429);
    });
  },
  {
    config: {
      rateLimits: {
        signUpPerIp: { limit: 3, windowSeconds: 3600 },
        signUpPerAccount: { limit: 2, windowSeconds: 3600 },
        signInPerIp: { limit: 6, windowSeconds: 900 },
        signInPerAccount: { limit: 4, windowSeconds: 900 },
        signInPerAccountAndIp: { limit: 2, windowSeconds: 900 },
        signInSlowSeconds: 30,
        mailsPerAddress: { limit: 5, windowSeconds: 3600 },
        linkAttemptsPerAccount: { limit: 10_000, windowSeconds: 3600 },
        linkAttemptsPerIp: { limit: 10_000, windowSeconds: 3600 },
        secondFactorPerAccount: { limit: 100, windowSeconds: 900 },
      },
    },
  },
);
