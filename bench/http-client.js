// Small helpers the benchmarks share to talk to a running server as a patient would: a JSON call
// with the session cookie and CSRF token, a sign-up, and dates in the Netherlands' time zone (the
// example intakes' zone), so "today" is the server's today too.

import { localDate } from '@wandelcoach/engine';

/**
 * @typedef {{ cookie: string, csrfToken: string }} Session
 */

const TIME_ZONE = 'Europe/Amsterdam';

/**
 * Today in the example intakes' zone, by the engine's one function for it (as the server's today).
 * @param {Date} now
 */
export function todayIn(now) {
  return localDate(now, TIME_ZONE);
}

/**
 * @param {string} date YYYY-MM-DD
 * @param {number} days
 */
export function addDays(date, days) {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * One API call; anything but a 2xx throws with the status and the body.
 * @param {string} base
 * @param {string} method
 * @param {string} path
 * @param {{ body?: unknown, session?: Session }} [init]
 */
export async function call(base, method, path, init = {}) {
  /** @type {Record<string, string>} */
  const headers = {};
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.session) {
    headers['cookie'] = init.session.cookie;
    headers['x-csrf-token'] = init.session.csrfToken;
  }
  const response = await fetch(`${base}${path}`, {
    method,
    headers,
    ...(init.body !== undefined && { body: JSON.stringify(init.body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return { response, json: /** @type {unknown} */ (text === '' ? null : JSON.parse(text)) };
}

/**
 * Signs up a new account with a random address and returns its session.
 * @param {string} base
 * @returns {Promise<Session>}
 */
export async function signUp(base) {
  const answer = await call(base, 'POST', '/api/v1/accounts', {
    body: { email: `bench-${crypto.randomUUID()}@example.org`, password: 'a long enough benchmark password' },
  });
  const cookie = answer.response.headers.getSetCookie()[0]?.split(';')[0];
  const { csrfToken } = /** @type {{ csrfToken: string }} */ (answer.json);
  if (!cookie) throw new Error('sign-up set no session cookie');
  return { cookie, csrfToken };
}
