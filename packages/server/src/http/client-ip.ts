import type { Context } from 'hono';
import type { AppEnv } from './env.js';

/**
 * The client's address: the socket's peer, or behind a proxy you run (TRUST_PROXY) the first
 * address in X-Forwarded-For. Without TRUST_PROXY that header is ignored, since anyone can send it.
 */
export function clientIp(c: Context<AppEnv>): string | null {
  if (c.get('services').config.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return c.env.incoming?.socket.remoteAddress ?? null;
}
