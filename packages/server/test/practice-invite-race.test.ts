/**
 * An invitation accepted for an address that gets an account at the same moment (a sign-up racing
 * the acceptance). The race is made certain here: the look-up for the address is made to miss once,
 * as it would if the other sign-up committed just after it, so the new account's insert meets the
 * unique key. The answer is a 409 saying what to do, nothing is stored, and the invitation still works.
 */
import { expect, it, vi } from 'vitest';
import * as accounts from '../src/repositories/accounts.repository.js';
import { createPractice } from '../src/services/practices.service.js';
import { describeEachDatabase } from './support/each-database.js';
import { acceptInvite, inviteToken } from './support/practices.js';
import { uniqueEmail } from './support/test-server.js';

vi.mock('../src/repositories/accounts.repository.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../src/repositories/accounts.repository.js')>();
  return { ...actual, findAccountByEmail: vi.fn(actual.findAccountByEmail) };
});
const lookUp = vi.mocked(accounts.findAccountByEmail);

describeEachDatabase('an invitation accepted while a sign-up makes the same account', (server) => {
  it('answers 409 with what to do, stores nothing, and lets the invitation be used with the account', async () => {
    const email = uniqueEmail();
    const { practiceId, link } = await createPractice(server().context, {
      name: 'De Brug',
      adminEmail: email,
    });
    const other = server().client();
    expect((await other.signUp(email)).status).toBe(201);

    lookUp.mockResolvedValueOnce(undefined);
    const raced = await acceptInvite(server().client(), {
      token: inviteToken(link),
      password: 'een heel ander wachtwoord hier',
    });
    expect(raced.status, raced.text).toBe(409);
    expect(raced.body.detail).toMatch(/password/i);
    expect((await other.get('/practices')).body).toEqual({ practices: [] });

    const joined = await acceptInvite(server().client(), { token: inviteToken(link) });
    expect(joined.status, joined.text).toBe(200);
    expect((await other.get('/practices')).body.practices).toEqual([
      expect.objectContaining({ practiceId, admin: true, clinician: false }),
    ]);
  });
});
