/** Following mailed links in the server's suites, as the app does: the token from the link's `#token=`. */
import { expect } from 'vitest';
import { linkIn, type LoopbackMailbox, type ReceivedMail } from '../../../../scripts/loopback-mailbox.js';
import { PASSWORD, type TestClient, type TestResponse } from './test-server.js';

/** The token of a mailed link to `path` (never in the path or query, which reach logs and Referers). */
export function tokenFrom(mail: ReceivedMail, path: string, origin?: string): string {
  const link = linkIn(mail, path);
  if (origin !== undefined) expect(link.origin).toBe(origin);
  expect(link.search).toBe('');
  const token = new URLSearchParams(link.hash.slice(1)).get('token');
  if (token === null) throw new Error(`no token in ${link.href}`);
  return token;
}

/**
 * Signs up on a server with mail configured, follows the confirmation link from the mail and keeps
 * the session it gives, as a browser would. Returns the confirmation's answer.
 */
export async function signUpAndConfirm(
  client: TestClient,
  mailbox: LoopbackMailbox,
  email: string,
  extra: Record<string, unknown> = {},
): Promise<TestResponse> {
  const since = Date.now();
  const asked = await client.post('/accounts', { email, password: PASSWORD, ...extra });
  expect(asked.status, asked.text).toBe(202);
  const mail = await mailbox.waitFor(email, { since });
  const confirmed = await client.post('/email-confirmations', { token: tokenFrom(mail, '/confirm-email') });
  expect(confirmed.status, confirmed.text).toBe(200);
  client.csrfToken = confirmed.body.csrfToken;
  client.account = confirmed.body.account;
  return confirmed;
}
