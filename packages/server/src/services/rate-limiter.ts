/** Fixed-window rate limits on sign-up and sign-in, counted in the database. */
import type { RateLimit } from '../config.js';
import { toIso } from '../db/values.js';
import { countAttempt } from '../repositories/rate-limits.repository.js';
import type { ServiceContext } from './context.js';
import { ServiceError } from './errors.js';

/**
 * Counts one attempt for `key`; throws a `rate-limited` error once the window's limit is passed,
 * saying how many seconds until the next window.
 */
export async function limitAttempts(context: ServiceContext, key: string, rule: RateLimit): Promise<void> {
  const now = context.now();
  const windowMs = rule.windowSeconds * 1000;
  const { count, windowStart } = await countAttempt(
    context.db.kysely,
    key,
    now.toISOString(),
    new Date(now.getTime() - windowMs).toISOString(),
  );
  if (count <= rule.limit) return;
  const endsAt = new Date(toIso(windowStart)).getTime() + windowMs;
  const retryAfterSeconds = Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000));
  throw new ServiceError('rate-limited', 'Too many attempts. Wait a while and try again.', {
    retryAfterSeconds,
  });
}
