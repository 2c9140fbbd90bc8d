/**
 * Protection against cross-site request forgery on every request that changes something:
 * 1. a request another site's page sent (Origin or Sec-Fetch-Site says so, a sibling subdomain
 *    included) is refused;
 * 2. a body must be JSON, which a plain HTML form on another site cannot send;
 * 3. with a session, the X-CSRF-Token header must carry the session's token, which only pages of
 *    this origin can read (it comes in the JSON of POST/GET /session).
 */
import type { Context, MiddlewareHandler } from 'hono';
import { sameSecret } from '../../auth/tokens.js';
import type { AppEnv } from '../env.js';
import { problem } from '../problem.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

function isCrossSite(c: Context<AppEnv>): boolean {
  // Only this origin's own pages (or no browser at all) may change things: a sibling subdomain
  // ('same-site') is another site too.
  const fetchSite = c.req.header('sec-fetch-site');
  if (fetchSite === 'cross-site' || fetchSite === 'same-site') return true;
  const origin = c.req.header('origin');
  if (origin === undefined || origin === 'null') return origin === 'null';
  const host =
    (c.get('services').config.trustProxy && c.req.header('x-forwarded-host')) || c.req.header('host');
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

function hasBody(c: Context<AppEnv>): boolean {
  const length = c.req.header('content-length');
  return (length !== undefined && length !== '0') || c.req.header('transfer-encoding') !== undefined;
}

/** Checks 1 and 2, for every state-changing request. */
export const sameOriginJson: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!SAFE_METHODS.has(c.req.method)) {
    if (isCrossSite(c)) return problem(c, 'csrf', 'Requests from other sites are refused.');
    const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
    if ((type !== undefined || hasBody(c)) && type !== 'application/json') {
      return problem(c, 'unsupported-media-type', 'Send the body as JSON (Content-Type: application/json).');
    }
  }
  await next();
  return undefined;
};

/** Check 3, after `requireSession`. */
export const requireCsrfToken: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!SAFE_METHODS.has(c.req.method)) {
    const sent = c.req.header(CSRF_HEADER);
    if (sent === undefined || !sameSecret(sent, c.get('csrfToken'))) {
      return problem(c, 'csrf', 'Send the X-CSRF-Token header with the token from GET /api/v1/session.');
    }
  }
  await next();
  return undefined;
};
