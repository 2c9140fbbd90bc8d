/**
 * One JSON line per request (pino): a request id, the method, the route as declared (never the query,
 * a body, a cookie or a header), the status and how long it took. The id goes back in `X-Request-Id`
 * and in every problem answer, so a person's report and the log line meet. Nothing a person typed is
 * ever logged: no password, token, email address or health data.
 */
import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { Logger } from 'pino';
import type { AppEnv } from '../env.js';

export function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const requestId = randomUUID();
    c.set('requestId', requestId);
    // Set before the handler runs: a header added afterwards makes Hono copy the whole response.
    c.header('X-Request-Id', requestId);
    try {
      await next();
    } finally {
      logger.info(
        {
          requestId,
          method: c.req.method,
          // The route as declared (the last one matched: the handler), never the path with its ids.
          route: routePath(c, -1),
          status: c.res.status,
          durationMs: Math.round((performance.now() - started) * 10) / 10,
        },
        'request',
      );
    }
  };
}

/**
 * What may be logged of an unexpected error: its kind and where it happened. Not its message, which
 * can carry values (a database error quotes the row it refused).
 */
export function describeError(error: unknown): { name: string; stack: string[] } {
  if (!(error instanceof Error)) return { name: typeof error, stack: [] };
  const frames = (error.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at '));
  return { name: error.name, stack: frames.slice(0, 12).map((line) => line.trim()) };
}
