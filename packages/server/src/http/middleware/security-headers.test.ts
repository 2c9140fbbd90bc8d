import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { InlineHashes } from '../web-app.js';
import { securityHeaders } from './security-headers.js';

/** The set every response carries (the one Hono's `secureHeaders` gave with the options used before). */
const EXPECTED = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'DENY',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};

const POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; manifest-src 'self'; worker-src 'self'; media-src 'self'; object-src 'none'; " +
  "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

function appWith(secure: boolean, inline?: () => InlineHashes) {
  const app = new Hono();
  app.use(securityHeaders(secure, inline));
  app.get('/json', (c) => c.json({ ok: true }));
  app.get('/text', (c) => c.body('kept', 200, { 'Content-Type': 'application/json' }));
  app.get('/own', () => new Response('made by hand'));
  app.get('/fails', () => {
    throw new Error('boom');
  });
  app.onError((_error, c) => c.json({ error: true }, 500));
  return app;
}

const securityOf = (response: Response) =>
  Object.fromEntries(
    [...response.headers.entries()].filter(
      ([name]) => name in EXPECTED || name === 'strict-transport-security',
    ),
  );

describe('security headers', () => {
  it('puts the whole set and the policy on every kind of answer: JSON, text, a handmade response, an error, not found', async () => {
    const app = appWith(false);
    for (const path of ['/json', '/text', '/own', '/fails', '/nowhere']) {
      const response = await app.request(path);
      expect(securityOf(response), path).toEqual(EXPECTED);
      expect(response.headers.get('content-security-policy'), path).toBe(POLICY);
    }
  });

  it('sends HSTS only over HTTPS', async () => {
    const response = await appWith(true).request('/json');
    expect(response.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
    expect((await appWith(false).request('/json')).headers.get('strict-transport-security')).toBeNull();
  });

  it('allows the drawn pages’ inline style and script by their hashes, and follows a change of them', async () => {
    let hashes: InlineHashes = { styleSrc: ["'sha256-style='"], scriptSrc: ["'sha256-script='"] };
    const app = appWith(false, () => hashes);
    const policy = async () => (await app.request('/json')).headers.get('content-security-policy') ?? '';
    expect(await policy()).toBe(
      POLICY.replace("script-src 'self'", "script-src 'self' 'sha256-script='").replace(
        "style-src 'self'",
        "style-src 'self' 'sha256-style='",
      ),
    );
    hashes = { styleSrc: [], scriptSrc: [] };
    expect(await policy()).toBe(POLICY);
  });
});
