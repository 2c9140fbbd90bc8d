import { todayBeforeIntake } from '../test-support/today.js';
import { describe, expect, it } from 'vitest';
import type { CurrentSessionAnswer } from '@wandelcoach/server/api-types';
import { ApiClient, ApiError, OfflineError, type Account, type Problem } from './client.js';

interface Call {
  url: string;
  init: RequestInit | undefined;
}

function fakeServer(answers: Response[]) {
  const calls: Call[] = [];
  const fetcher = (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    const next = answers.shift();
    return next === undefined ? Promise.reject(new TypeError('failed to fetch')) : Promise.resolve(next);
  };
  return { calls, client: new ApiClient(fetcher) };
}

const account: Account = {
  id: 'a',
  email: 'anna@example.nl',
  role: 'patient',
  locale: 'nl',
  timeZone: 'Europe/Amsterdam',
};
const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('ApiClient', () => {
  it('takes an answer without a body (202) as done, and sends a later part’s call with the token', async () => {
    const { calls, client } = fakeServer([
      json({ account, csrfToken: 'token-1' }),
      new Response(null, { status: 202 }),
    ]);
    await client.signIn({ email: 'anna@example.nl', password: 'secret-secret' });
    await expect(
      client.call('POST', '/practices/p/invites', { email: 'b@example.nl' }),
    ).resolves.toBeUndefined();
    expect(calls[1]?.url).toBe('/api/v1/practices/p/invites');
    expect(new Headers(calls[1]?.init?.headers).get('x-csrf-token')).toBe('token-1');
  });

  it('keeps the CSRF token from signing in and sends it when changing something', async () => {
    const { calls, client } = fakeServer([
      json({ account, csrfToken: 'token-1' }),
      new Response(null, { status: 204 }),
    ]);
    await client.signIn({ email: 'anna@example.nl', password: 'secret-secret' });
    await client.signOut();
    expect(calls[0]?.url).toBe('/api/v1/session');
    expect(new Headers(calls[0]?.init?.headers).get('x-csrf-token')).toBeNull();
    expect(calls[1]?.init?.method).toBe('DELETE');
    expect(new Headers(calls[1]?.init?.headers).get('x-csrf-token')).toBe('token-1');
  });

  it('turns a problem document into an ApiError with its kind, fields and wait', async () => {
    const problem = {
      type: 'urn:wandelcoach:problem:rate-limited',
      title: 'Too many',
      status: 429,
      detail: 'Wait',
    };
    const { client } = fakeServer([json(problem, 429, { 'retry-after': '120' })]);
    const error = await client.signIn({ email: 'a@b.nl', password: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).kind).toBe('rate-limited');
    expect((error as ApiError).retryAfterSeconds).toBe(120);
  });

  it('says nobody is signed in when the server says so, and forgets the token then', async () => {
    const { calls, client } = fakeServer([
      json({ account, csrfToken: 'token-1' }),
      json({ account: null } satisfies CurrentSessionAnswer),
      new Response(null, { status: 204 }),
    ]);
    expect(await client.session()).toEqual({ account, csrfToken: 'token-1' });
    // Signed out in another tab: the next answer says nobody, and no stale token is sent after it.
    expect(await client.session()).toBeUndefined();
    await client.signOut();
    expect(new Headers(calls[2]?.init?.headers).get('x-csrf-token')).toBeNull();
  });

  it('says offline when the server cannot be reached', async () => {
    const { client } = fakeServer([]);
    await expect(client.session()).rejects.toBeInstanceOf(OfflineError);
  });

  it('gives a new account’s today as an answer that says there is no intake yet', async () => {
    const fresh = todayBeforeIntake('2026-11-21');
    const { calls, client } = fakeServer([json(fresh)]);
    const today = await client.today();
    expect(today.hasIntake).toBe(false);
    expect(today.triage).toBeNull();
    expect(calls[0]?.url).toBe('/api/v1/me/today');
  });

  it('changes the account’s language and time zone with the CSRF token, and answers with the account', async () => {
    const changed = { ...account, locale: 'en', timeZone: 'Asia/Kolkata' } satisfies Account;
    const { calls, client } = fakeServer([json({ account, csrfToken: 'token-1' }), json(changed)]);
    await client.signIn({ email: 'anna@example.nl', password: 'secret-secret' });
    expect(await client.updateAccount({ locale: 'en', timeZone: 'Asia/Calcutta' })).toEqual(changed);
    expect(calls[1]?.url).toBe('/api/v1/me');
    expect(calls[1]?.init?.method).toBe('PATCH');
    expect(new Headers(calls[1]?.init?.headers).get('x-csrf-token')).toBe('token-1');
    expect(JSON.parse(calls[1]?.init?.body as string)).toEqual({ locale: 'en', timeZone: 'Asia/Calcutta' });
  });

  it('turns a refused change into an ApiError naming the field', async () => {
    const problem: Problem = {
      type: 'urn:wandelcoach:problem:invalid-input',
      title: 'Invalid input',
      status: 422,
      detail: 'x',
      errors: [{ path: 'timeZone', message: 'must be a time zone such as "Europe/Amsterdam"' }],
      requestId: 'request-1',
    };
    const { client } = fakeServer([json(problem, 422)]);
    const error = await client.updateAccount({ timeZone: 'Mars/Base' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem?.errors?.map((field) => field.path)).toEqual(['timeZone']);
  });
});
