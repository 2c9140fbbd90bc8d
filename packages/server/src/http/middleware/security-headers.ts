/**
 * Security headers on every response. The CSP allows only this origin's own scripts, styles and
 * connections, which is all the web app needs; nothing may frame the app. The exceptions are the
 * inline style and the small inline script that loads the app of the drawn pages (the welcome, today),
 * each allowed by its exact hash (see web-app.ts).
 *
 * The headers are worked out once and put on the context before the handler runs, so the answer is
 * made with them in one go. (Hono's `secureHeaders` sets them on the finished response instead, which
 * makes the Node adapter rebuild it: about a fifth of a kept `GET /me/today`'s CPU, docs/scaling.md.)
 * The set is the one that middleware gave with these options; `security-headers.test.ts` pins it.
 */
import type { MiddlewareHandler } from 'hono';
import type { InlineHashes } from '../web-app.js';

export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  manifestSrc: ["'self'"],
  workerSrc: ["'self'"],
  mediaSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
} as const;

/** `frameAncestors` → `frame-ancestors`. */
const directiveName = (key: string) => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

function policyText(inline: InlineHashes): string {
  const extra: Partial<Record<keyof typeof CONTENT_SECURITY_POLICY, readonly string[]>> = {
    scriptSrc: inline.scriptSrc,
    styleSrc: inline.styleSrc,
  };
  return Object.entries(CONTENT_SECURITY_POLICY)
    .map(([key, sources]) => {
      const all = [...sources, ...(extra[key as keyof typeof CONTENT_SECURITY_POLICY] ?? [])];
      return `${directiveName(key)} ${all.join(' ')}`;
    })
    .join('; ');
}

/** Every header but the CSP: the same for every response. */
function fixedHeaders(secure: boolean): [string, string][] {
  return [
    ['Cross-Origin-Resource-Policy', 'same-origin'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Origin-Agent-Cluster', '?1'],
    ['Referrer-Policy', 'no-referrer'],
    // HSTS only means something over HTTPS; on plain http://127.0.0.1 it would only confuse.
    ...(secure
      ? [['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'] as [string, string]]
      : []),
    ['X-Content-Type-Options', 'nosniff'],
    ['X-DNS-Prefetch-Control', 'off'],
    ['X-Download-Options', 'noopen'],
    ['X-Frame-Options', 'DENY'],
    ['X-Permitted-Cross-Domain-Policies', 'none'],
    // The old XSS filter did more harm than good; 0 turns it off where it still exists.
    ['X-XSS-Protection', '0'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()'],
  ];
}

const NO_HASHES: InlineHashes = { styleSrc: [], scriptSrc: [] };

/**
 * @param inline the hashes (`'sha256-…'`) of the inline style and script the built web app's drawn
 *   pages hold, asked on every request so a rebuild while the server runs is followed (the policy's
 *   text is made again only when they change). Without it (no web app), the policy is fixed.
 */
export function securityHeaders(secure: boolean, inline?: () => InlineHashes): MiddlewareHandler {
  const fixed = fixedHeaders(secure);
  let hashes = NO_HASHES;
  let policy = policyText(hashes);
  return async (c, next) => {
    if (inline !== undefined) {
      const now = inline();
      if (now !== hashes) {
        hashes = now;
        policy = policyText(now);
      }
    }
    for (const [name, value] of fixed) c.header(name, value);
    c.header('Content-Security-Policy', policy);
    await next();
    // A handler that made its own Response without the context's headers still gets them.
    if (!c.res.headers.has('Content-Security-Policy')) {
      for (const [name, value] of fixed) c.res.headers.set(name, value);
      c.res.headers.set('Content-Security-Policy', policy);
    }
  };
}
