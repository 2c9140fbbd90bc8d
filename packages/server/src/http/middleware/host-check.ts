/**
 * Answers only to this server's own names (against DNS rebinding: a page on another site whose name
 * is made to point at this server's address). Allowed: the host name of `PUBLIC_URL`, the name the
 * server listens on, `localhost`, and plain IP addresses (a rebinding needs a name). Everything else
 * gets 421 Misdirected Request.
 */
import { isIP } from 'node:net';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.js';
import { problem } from '../problem.js';

/** The name in a Host header, without its port and IPv6 brackets, in lower case. */
export function hostName(header: string): string {
  const host = header.trim().toLowerCase();
  if (host.startsWith('[')) return host.slice(1, host.indexOf(']'));
  return host.replace(/:\d*$/, '');
}

export function allowedHostNames(publicUrl: string | undefined, listenHost: string): Set<string> {
  const names = new Set(['localhost']);
  if (publicUrl !== undefined) names.add(new URL(publicUrl).hostname.toLowerCase().replace(/^\[|\]$/g, ''));
  if (isIP(listenHost) === 0) names.add(listenHost.toLowerCase());
  return names;
}

export function hostCheck(allowed: ReadonlySet<string>, trustProxy: boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // Without a Host header (in-process requests), the request's own URL says where it was sent.
    const header =
      (trustProxy && c.req.header('x-forwarded-host')) || c.req.header('host') || new URL(c.req.url).host;
    const name = hostName(header.split(',')[0] ?? '');
    if (isIP(name) === 0 && !allowed.has(name)) {
      return problem(c, 'wrong-host', 'This server does not answer to that name.');
    }
    await next();
    return undefined;
  };
}
