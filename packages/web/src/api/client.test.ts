import { describe, expect, it } from 'vitest';
import { ApiClient, ApiError, OfflineError } from './client.js';

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

const account = {
  id: 'a',
  email: 'anna@example.nl',
  role: 'patient',
  locale: 'nl',
  timeZone: 'Europe/Amsterdam',
};
const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('ApiClient', () => {
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

  it('says nobody is signed in on 401, and offline when the server cannot be reached', async () => {
    const problem = { type: 'urn:wandelcoach:problem:not-signed-in', title: 'x', status: 401, detail: 'x' };
    const { client } = fakeServer([json(problem, 401)]);
    expect(await client.session()).toBeUndefined();
    await expect(client.session()).rejects.toBeInstanceOf(OfflineError);
  });
});
