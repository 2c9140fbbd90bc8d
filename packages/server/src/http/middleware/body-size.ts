/**
 * Caps request bodies. A declared Content-Length is checked at once, without touching the body (the
 * common case stays cheap: wrapping the body stream costs more than the rest of a small request).
 * Only a body of unknown length (chunked) is counted as it streams in, by Hono's bodyLimit.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../env.js';
import { problem } from '../problem.js';

export function bodySizeLimit(maxBytes: number): MiddlewareHandler<AppEnv> {
  const tooLarge = (c: Context<AppEnv>) =>
    problem(c, 'body-too-large', `The request body may be at most ${maxBytes} bytes.`);
  const streamed = bodyLimit({ maxSize: maxBytes, onError: tooLarge });
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const length = c.req.header('content-length');
    if (length === undefined) return streamed(c, next);
    // Node's HTTP parser holds the body to exactly this length, so the header can be trusted.
    if (Number(length) > maxBytes) return tooLarge(c);
    return next();
  };
}
